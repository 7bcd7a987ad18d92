export * from './errors';
export * from './event-store';
export * from './rows';
export * from './types';
export * from './handle-command';
