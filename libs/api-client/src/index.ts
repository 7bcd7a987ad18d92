import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './schema';

export type { components, operations, paths };
/** The document's named schemas: `Schemas['ItemView']`. */
export type Schemas = components['schemas'];

export type ApiClient = Client<paths>;

/** A client of Closeloop's REST API at `baseUrl` (e.g. `http://127.0.0.1:3000`), typed by the OpenAPI document. */
export function createApiClient(options: ClientOptions & { baseUrl: string }): ApiClient {
  return createClient<paths>(options);
}

/** The same client, authenticating every request with an API key. */
export function createKeyClient(baseUrl: string, apiKey: string, options: ClientOptions = {}): ApiClient {
  return createApiClient({ ...options, baseUrl, headers: { ...options.headers, authorization: `Bearer ${apiKey}` } });
}
