export * from './calendar-date';
export * from './actor';
export * from './commands';
export * from './decide';
export * from './events';
export * from './evolve';
export * from './refusal';
export * from './state';
