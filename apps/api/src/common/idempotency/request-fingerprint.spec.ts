import { requestFingerprint } from './request-fingerprint';

describe('request fingerprint for Idempotency-Key', () => {
  it('is the same for the same body with keys in another order', () => {
    expect(requestFingerprint('POST', '/v1/items', { a: 1, b: { c: [1, { d: 2, e: 3 }] } })).toBe(
      requestFingerprint('POST', '/v1/items', { b: { c: [1, { e: 3, d: 2 }] }, a: 1 }),
    );
  });

  it('differs for another value, path or method', () => {
    const base = requestFingerprint('POST', '/v1/items', { a: 1 });
    expect(requestFingerprint('POST', '/v1/items', { a: 2 })).not.toBe(base);
    expect(requestFingerprint('POST', '/v1/units', { a: 1 })).not.toBe(base);
    expect(requestFingerprint('PUT', '/v1/items', { a: 1 })).not.toBe(base);
  });
});
