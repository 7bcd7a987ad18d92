/// <reference types="multer" />
import type { Request } from 'express';
import { ProblemException } from '../common/problem/problem.exception';

export const MAX_SHEET_BYTES = 10 * 1024 * 1024;
export const SHEET_FIELD = 'file';

const invalid = (field: string, message: string) => ProblemException.of('validation', `${field}: ${message}`, [{ field, message }]);

/**
 * The spreadsheet's bytes: the multipart form's one `file` part (as a file, or as a plain field holding CSV
 * text), or the whole body when it is sent as `text/csv` or XLSX. A form with any other part is a 400, as
 * the OpenAPI document states (`additionalProperties: false`).
 */
export async function sheetBytes(file: Express.Multer.File | undefined, request: Request): Promise<Buffer> {
  if (!request.is('multipart/form-data')) return rawBody(request);
  const fields: Record<string, unknown> = request.body ?? {};
  const others = Object.keys(fields).filter((name) => name !== SHEET_FIELD);
  if (others.length > 0) throw invalid(others[0], `is not a part of this form: send only ${SHEET_FIELD}`);
  if (file) return file.buffer;
  const text = fields[SHEET_FIELD];
  if (typeof text === 'string') return Buffer.from(text, 'utf8');
  throw invalid(SHEET_FIELD, text === undefined ? `${SHEET_FIELD} is required` : `send one ${SHEET_FIELD}`);
}

/** A raw `text/csv` or XLSX body (anything but multipart), up to the size limit. */
async function rawBody(request: Request): Promise<Buffer> {
  const type = request.headers['content-type'] ?? '';
  if (!/^(text\/csv|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet|application\/octet-stream)\b/i.test(type)) {
    const message = 'send the spreadsheet as a multipart file field, or as a text/csv or XLSX body';
    throw ProblemException.of('unsupported-media-type', message, [{ field: SHEET_FIELD, message }]);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_SHEET_BYTES) throw ProblemException.of('payload-too-large', `the spreadsheet is larger than ${MAX_SHEET_BYTES} bytes`);
    chunks.push(chunk);
  }
  if (size === 0) throw ProblemException.of('unreadable-sheet', 'the body is empty', [{ field: SHEET_FIELD, message: 'is empty' }]);
  return Buffer.concat(chunks);
}
