import { type ApiClient, createApiClient, createKeyClient } from '@closeloop/api-client';

export type { ApiClient };

/** The API under test through the generated client, as the holder of `key` (anonymous without one). */
export function clientFor(baseUrl: string, key?: string): ApiClient {
  return key === undefined ? createApiClient({ baseUrl }) : createKeyClient(baseUrl, key);
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  /** The JSON body, parsed; the text when it is not JSON; undefined when empty. */
  body: any;
}

/**
 * A request the typed client cannot express, sent with plain fetch: malformed JSON, a wrong content type, fields
 * the document does not have, an oversized body, metacharacters in the path. `body` goes out as it is (a string is
 * not encoded); its content type is application/json unless `contentType` says otherwise.
 */
export async function sendUntyped(
  baseUrl: string,
  method: string,
  path: string,
  options: { key?: string; body?: string | Uint8Array | FormData; contentType?: string; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.body !== undefined && !(options.body instanceof FormData))
    headers['content-type'] = options.contentType ?? 'application/json';
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: options.body });
  const text = await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, headers: response.headers, body };
}
