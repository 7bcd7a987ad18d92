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
 * A spreadsheet uploaded to a plan's import through the generated client, as the document's multipart form: its one
 * part `file` holds the bytes (`name`, `type`); `dryRun` checks every row and writes nothing.
 */
export function importFile(
  client: ApiClient,
  planId: string,
  file: string | Uint8Array,
  options: { dryRun: boolean; name: string; type: string },
) {
  const form = new FormData();
  form.append('file', new Blob([file], { type: options.type }), options.name);
  return client.POST('/v1/plans/{id}/items:import', {
    params: { path: { id: planId }, query: options.dryRun ? { dryRun: true } : {} },
    // The document types the part as a string (binary); the serializer sends the form with the bytes.
    body: { file: options.name },
    bodySerializer: () => form,
  });
}

/** A CSV text uploaded to a plan's import (importFile, as `plan.csv` unless named). */
export function importCsv(client: ApiClient, planId: string, csv: string, options: { dryRun: boolean; name?: string }) {
  return importFile(client, planId, csv, { dryRun: options.dryRun, name: options.name ?? 'plan.csv', type: 'text/csv' });
}

/** A dry run's check, of the import's two 200 bodies. */
export function importCheck(data: Schemas['ImportResult'] | Schemas['ImportCheck'] | undefined): Schemas['ImportCheck'] {
  if (data && 'valid' in data) return data;
  throw new Error(`expected a dry run's check, got ${JSON.stringify(data)}`);
}

/** The import's result (rows filed), of its two 200 bodies. */
export function importResult(data: Schemas['ImportResult'] | Schemas['ImportCheck'] | undefined): Schemas['ImportResult'] {
  if (data && 'imported' in data) return data;
  throw new Error(`expected an import's result, got ${JSON.stringify(data)}`);
}

/** Creates the units in order (parents first), as the admin `client`; fails the test on any answer but 201. */
export async function createUnits(client: ApiClient, units: readonly Schemas['CreateUnitDto'][]): Promise<void> {
  for (const unit of units) {
    const { response, error } = await client.POST('/v1/units', { body: unit });
    if (response.status !== 201) throw new Error(`POST /v1/units ${unit.id} → ${response.status} ${error?.detail ?? ''}`.trim());
  }
}
