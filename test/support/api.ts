import { type ApiClient, type Schemas, createApiClient, createKeyClient } from '@closeloop/api-client';

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

/**
 * A CSV file uploaded to a plan's import through the generated client: the document's multipart body (`file`),
 * sent as the one file part (`name`, text/csv); `dryRun` checks every row and writes nothing.
 */
export function importCsv(client: ApiClient, planId: string, csv: string, options: { dryRun: boolean; name?: string }) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), options.name ?? 'plan.csv');
  return client.POST('/v1/plans/{id}/items:import', {
    params: { path: { id: planId }, query: options.dryRun ? { dryRun: true } : {} },
    body: { file: csv },
    bodySerializer: () => form,
  });
}

/** A dry run's check, of the import's two 200 bodies. */
export function importCheck(data: Schemas['ImportResult'] | Schemas['ImportCheck'] | undefined): Schemas['ImportCheck'] {
  if (data && 'valid' in data) return data;
  throw new Error(`expected a dry run's check, got ${JSON.stringify(data)}`);
}
