export * from './create-db';
export * from './database';
export * from './migrate';
export * from './tables/events.table';
export * from './tables/idempotency-keys.table';
export * from './tables/items.table';
export * from './tables/principals.table';
export * from './tables/units.table';
