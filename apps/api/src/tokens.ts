/** Injection tokens for what the composition root hands the API. */
export const DB = Symbol('Kysely<Database>');
export const TEMPORAL_CLIENT = Symbol('Temporal Client');
export const API_CONFIG = Symbol('ApiConfig');
export const EVENT_STORE = Symbol('EventStore');

export interface ApiConfig {
  taskQueue: string;
}
