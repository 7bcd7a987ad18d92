import {
  TEXT_CURSOR,
  TIME_ID_CURSOR,
  UUID_CURSOR,
  decodeTextCursor,
  decodeTimeIdCursor,
  decodeUuidCursor,
  encodeTextCursor,
  encodeTimeIdCursor,
  encodeUuidCursor,
} from './keyset-cursors';

const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('list cursors', () => {
  it.each([
    ['microseconds', '2026-11-23T08:00:00.123456Z', '2026-11-23T08:00:00.123456Z'],
    ['milliseconds (items)', '2026-11-23T08:00:00.123Z', '2026-11-23T08:00:00.123000Z'],
    ['whole seconds', '2026-11-23T08:00:00Z', '2026-11-23T08:00:00.000000Z'],
    ['before 1970', '1969-12-31T23:59:59.999999Z', '1969-12-31T23:59:59.999999Z'],
  ])('give back the time-and-id position they were made from (%s)', (_what, at, decodedAt) => {
    const cursor = encodeTimeIdCursor({ at, id });
    expect(cursor).toMatch(TIME_ID_CURSOR);
    expect(decodeTimeIdCursor(cursor)).toEqual({ at: decodedAt, id });
  });

  it('read any string of the documented shape as a position PostgreSQL accepts', () => {
    for (const cursor of [
      'A'.repeat(32),
      '_'.repeat(32),
      '-'.repeat(32),
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
    ]) {
      const { at, id: uuid } = decodeTimeIdCursor(cursor)!;
      expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
      expect(Number(at.slice(0, 4))).toBeGreaterThanOrEqual(1);
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
    expect(decodeUuidCursor('_'.repeat(22))).toBe('ffffffff-ffff-ffff-ffff-ffffffffffff');
    expect(decodeTextCursor('A')).toBe('');
  });

  it('give back UUID and text keys', () => {
    expect(encodeUuidCursor(id)).toMatch(UUID_CURSOR);
    expect(decodeUuidCursor(encodeUuidCursor(id))).toBe(id);
    for (const key of ['hhht-eco', '呼和浩特', 'x'.repeat(64)]) {
      expect(encodeTextCursor(key)).toMatch(TEXT_CURSOR);
      expect(decodeTextCursor(encodeTextCursor(key))).toBe(key);
    }
  });

  it('end a text key at a NUL, which no key holds', () => {
    expect(decodeTextCursor(Buffer.from('abc\u0000def').toString('base64url'))).toBe('abc');
  });

  it.each([
    ['empty', ''],
    ['another length', 'A'.repeat(31)],
    ['not base64url', `${'A'.repeat(31)}!`],
    ['the old text form', Buffer.from('2026-11-23T08:00:00.000Z|x').toString('base64url')],
  ])('refuse a cursor of another shape with a 400 (%s)', (_what, cursor) => {
    expect(() => decodeTimeIdCursor(cursor)).toThrow(expect.objectContaining({ problem: expect.objectContaining({ status: 400 }) }));
  });
});
