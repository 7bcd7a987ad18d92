export * from './activities';
export * from './event-to-append';
export * from './ids';
export * from './item-workflow';
export * from './reports';
export * from './calendar-replan';
