export * from './item-projection';
export * from './item-stream';
export * from './item-view';
