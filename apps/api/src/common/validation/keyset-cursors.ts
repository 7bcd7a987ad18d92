import { ProblemException } from '../problem/problem.exception';

/**
 * List cursors: a position in a list's order, base64url-encoded. Each kind has a fixed shape, so that every
 * string matching its pattern (the one the OpenAPI document states) names a position, and the page is the
 * rows after it: a cursor this API did not issue is not "unknown", it is just somewhere in the order.
 * Anything else (another length, another alphabet, an empty cursor) is a 400.
 */

/** `created_at|id` (or `filed_at|id`): 8 bytes of microseconds since the epoch (signed) and 16 of the UUID. */
export const TIME_ID_CURSOR = /^[A-Za-z0-9_-]{32}$/;
/** A UUID key (principals): its 16 bytes. */
export const UUID_CURSOR = /^[A-Za-z0-9_-]{22}$/;
/** A text key (unit ids): its UTF-8 bytes. */
export const TEXT_CURSOR = /^[A-Za-z0-9_-]{1,344}$/;

export const CURSOR_MESSAGE = 'cursor must be the nextCursor of a previous page';

export interface TimeIdPosition {
  /** RFC 3339 UTC with up to microseconds, e.g. `2026-11-23T08:00:00.123456Z`. */
  at: string;
  id: string;
}

// PostgreSQL's timestamptz reaches further both ways; outside these bounds a position is before or after every row.
const MIN_MICROS = BigInt(Date.parse('0001-01-01T00:00:00Z')) * 1000n;
const MAX_MICROS = BigInt(Date.parse('9999-12-31T23:59:59.999Z')) * 1000n + 999n;

export function encodeTimeIdCursor({ at, id }: TimeIdPosition): string {
  const bytes = Buffer.alloc(24);
  bytes.writeBigInt64BE(microsOf(at), 0);
  uuidBytes(id).copy(bytes, 8);
  return bytes.toString('base64url');
}

export function decodeTimeIdCursor(cursor: string | undefined): TimeIdPosition | undefined {
  if (cursor === undefined) return undefined;
  const bytes = Buffer.from(shaped(cursor, TIME_ID_CURSOR), 'base64url');
  const micros = bytes.readBigInt64BE(0);
  return {
    at: isoOfMicros(micros < MIN_MICROS ? MIN_MICROS : micros > MAX_MICROS ? MAX_MICROS : micros),
    id: uuidOf(bytes.subarray(8, 24)),
  };
}

/** The shape the inbox and webhook repositories page by. */
export const createdAtPosition = (position: TimeIdPosition | undefined): { createdAt: string; id: string } | undefined =>
  position && { createdAt: position.at, id: position.id };

export const encodeUuidCursor = (id: string): string => uuidBytes(id).toString('base64url');

export const decodeUuidCursor = (cursor: string | undefined): string | undefined =>
  cursor === undefined ? undefined : uuidOf(Buffer.from(shaped(cursor, UUID_CURSOR), 'base64url'));

export const encodeTextCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');

/**
 * Bytes that are not UTF-8 read as U+FFFD, and the key ends at a NUL (which no key can hold, so the same rows
 * come after it): still a position in the order.
 */
export function decodeTextCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const key = Buffer.from(shaped(cursor, TEXT_CURSOR), 'base64url').toString('utf8');
  const nul = key.indexOf('\u0000');
  return nul === -1 ? key : key.slice(0, nul);
}

/** The query DTOs check the same patterns; this keeps a decoder safe wherever it is called from. */
function shaped(cursor: string, pattern: RegExp): string {
  if (pattern.test(cursor)) return cursor;
  throw ProblemException.of('validation', 'cursor is not one this API issued', [{ field: 'cursor', message: CURSOR_MESSAGE }]);
}

function microsOf(iso: string): bigint {
  const match = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?Z$/.exec(iso);
  if (!match) throw new Error(`not a UTC timestamp: ${iso}`);
  return BigInt(Date.parse(`${match[1]}Z`)) * 1000n + BigInt((match[2] ?? '').padEnd(6, '0'));
}

function isoOfMicros(micros: bigint): string {
  let ms = micros / 1000n;
  let rest = micros % 1000n;
  if (rest < 0n) {
    ms -= 1n;
    rest += 1000n;
  }
  return new Date(Number(ms)).toISOString().replace('Z', `${rest.toString().padStart(3, '0')}Z`);
}

function uuidBytes(id: string): Buffer {
  const hex = id.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${id}`);
  return Buffer.from(hex, 'hex');
}

function uuidOf(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
