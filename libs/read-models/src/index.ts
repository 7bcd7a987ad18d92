export * from './item-list';
export * from './item-projection';
export * from './item-view';
export * from './plan-view';
export * from './projections';
export * from './rebuild';
export * from './streams';
