import { type ApiClient, type Schemas, createKeyClient } from '@closeloop/api-client';

export type { ApiClient };

/**
 * The API as the holder of `apiKey`, through the generated client. Node's fetch keeps its sockets alive in one pool
 * per origin and drops an idle one before the server's `Keep-Alive: timeout=5` runs out.
 */
export function benchClient(baseUrl: string, apiKey: string): ApiClient {
  return createKeyClient(baseUrl, apiKey);
}

/** The body of a 2xx answer; throws with the status and problem detail otherwise (an error of the run). */
export function expect2xx<D>(answer: { data?: D; error?: Schemas['Problem'] | string; response: Response }, what: string): D {
  const { data, error, response } = answer;
  if (!response.ok || data === undefined) {
    const detail = typeof error === 'string' ? error : (error?.detail ?? error?.title ?? '');
    throw new Error(`${what} → ${response.status} ${detail}`.trim());
  }
  return data;
}
