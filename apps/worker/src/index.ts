export * from './item-worker';
export * from './workflow-bundle';
