import type { Request, Response } from 'express';
import { methodNotAllowed } from './method-not-allowed.middleware';

const paths = { '/v1/items': { get: {}, post: {} }, '/v1/items/{id}': { get: {} }, '/v1/items/{id}/events': { get: {} } };

function call(method: string, path: string) {
  const headers: Record<string, string> = {};
  let status = 0;
  let body = '';
  const response = {
    setHeader: (name: string, value: string) => (headers[name] = value),
    status: (s: number) => ((status = s), response),
    type: () => response,
    send: (b: string) => ((body = b), response),
  } as unknown as Response;
  let nextCalled = false;
  methodNotAllowed(paths)({ method, path, originalUrl: path } as Request, response, () => (nextCalled = true));
  return { nextCalled, status, headers, body: body ? JSON.parse(body) : undefined };
}

describe('methodNotAllowed', () => {
  it('passes served methods (HEAD wherever GET is) and unknown paths through', () => {
    expect(call('GET', '/v1/items').nextCalled).toBe(true);
    expect(call('POST', '/v1/items/').nextCalled).toBe(true);
    expect(call('HEAD', '/v1/items/abc').nextCalled).toBe(true);
    expect(call('TRACE', '/v1/nothing').nextCalled).toBe(true);
  });

  it('answers 405 problem+json with Allow for a known path', () => {
    const result = call('TRACE', '/v1/items/abc');
    expect(result.nextCalled).toBe(false);
    expect(result.status).toBe(405);
    expect(result.headers.Allow).toBe('GET, HEAD');
    expect(result.body).toMatchObject({ type: '/problems/method-not-allowed', status: 405, instance: '/v1/items/abc' });
    expect(call('DELETE', '/v1/items').headers.Allow).toBe('GET, POST, HEAD');
  });
});
