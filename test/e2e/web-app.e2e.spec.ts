import { defaultWebAppDir } from '@closeloop/api';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sendUntyped } from '../support/api';
import { type RunningStack, startStack } from '../support/running-stack';

/** The API serves the built web app at `/`, and its own paths exactly as before. */
describe('the web app at /', () => {
  let stack: RunningStack;
  let dir: string;
  const page = '<!doctype html><html lang="zh-CN"><body><div id="root"></div></body></html>';
  const script = 'console.log("闭环")';

  beforeAll(async () => {
    // A built app of its own (as `vite build` writes one), so the test does not depend on the real build's names.
    dir = mkdtempSync(path.join(tmpdir(), 'closeloop-web-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), page);
    writeFileSync(path.join(dir, 'assets', 'index-B1a2c3d4.js'), script);
    stack = await startStack({ app: { webAppDir: dir } });
  });

  afterAll(async () => {
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (p: string, method = 'GET') => sendUntyped(stack.baseUrl, method, p);

  it('is apps/web/dist beside the API unless told otherwise', () => {
    expect(defaultWebAppDir()).toBe(path.resolve(__dirname, '../../apps/web/dist'));
  });

  it.each(['/', '/todo', '/items/3f1c6a52-1d7e-4a3b-9c51-0a1b2c3d4e5f', '/sign-in?error=oidc-refused', '/invitation/abc'])(
    'loads the app at %s (a client-side route), revalidated every time',
    async (p) => {
      const r = await get(p);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
      expect(r.headers.get('cache-control')).toBe('no-cache');
      expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(r.body).toBe(page);
    },
  );

  it('serves hashed assets as immutable, and a missing one as a 404 problem (not the page)', async () => {
    const asset = await get('/assets/index-B1a2c3d4.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.body).toBe(script);

    for (const p of ['/assets/index-gone.js', '/favicon.ico']) {
      const missing = await get(p);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it("leaves the API's paths alone: unknown /v1 paths and other methods stay problems", async () => {
    const unknown = await get('/v1/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.type).toBe('/problems/not-found');

    const wrongMethod = await get('/v1/items', 'PUT');
    expect(wrongMethod.status).toBe(405);

    expect((await get('/', 'POST')).status).toBe(404);
    expect((await get('/healthz')).body).toEqual(expect.objectContaining({ status: 'ok' }));
    expect((await get('/openapi.json')).body.openapi).toMatch(/^3\.1/);
    expect((await get('/docs')).headers.get('content-type')).toMatch(/^text\/html/);
  });
});
