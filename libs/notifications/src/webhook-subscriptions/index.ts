export * from './deliverer';
export * from './event-types';
export * from './projection';
export * from './repository';
