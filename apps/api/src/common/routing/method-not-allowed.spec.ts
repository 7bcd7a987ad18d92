import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../create-app';
import { stubDependencies } from '../openapi/generate';

/** The API on stubs: unauthenticated requests that reach a real route stop at the guard (401) before any I/O. */
describe('405 for a known path asked with another method', () => {
  let app: INestApplication;
  let base: string;
  const send = (method: string, path: string) => fetch(`${base}${path}`, { method });

  beforeAll(async () => {
    app = await createApp(stubDependencies(), { logger: false });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => app?.close());

  it('answers the 405 problem with Allow listing the methods the controllers serve (HEAD wherever GET is)', async () => {
    const response = await send('DELETE', '/v1/items/abc');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({
      type: '/problems/method-not-allowed',
      status: 405,
      title: 'Method not allowed',
      instance: '/v1/items/abc',
    });
    expect((await send('PATCH', '/v1/items')).headers.get('allow')).toBe('GET, HEAD, POST');
    expect((await send('GET', '/v1/plans/p/items:import')).headers.get('allow')).toBe('POST');
    expect((await send('PUT', '/v1/principals/x')).headers.get('allow')).toBe('GET, HEAD, DELETE');
    expect((await send('POST', '/healthz')).headers.get('allow')).toBe('GET, HEAD');
  });

  it('lets served methods reach their routes, with or without a trailing slash, and unknown paths be 404', async () => {
    expect((await send('GET', '/v1/items/abc')).status).toBe(401);
    expect((await send('HEAD', '/v1/items/abc')).status).toBe(401);
    expect((await send('POST', '/v1/items/')).status).toBe(401);
    expect((await send('POST', '/v1/items/abc/acknowledgement')).status).toBe(401);
    const unknown = await send('DELETE', '/v1/nothing');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('allow')).toBeNull();
  });
});
