export * from './item-worker';
export * from './workflow-bundle';
export * from './notification-delivery';
export * from './report-schedules';
export * from './webhook-delivery';
