import { Controller, Get, type INestApplication, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { SkipThrottle } from '@nestjs/throttler';
import type { AddressInfo } from 'node:net';
import { ProblemFilter } from '../problem/problem.filter';
import { RateLimitGuard, rateLimitModule } from './rate-limit.guard';

@Controller()
class LimitedController {
  @Get('a')
  a() {
    return { ok: true };
  }

  @Get('b')
  b() {
    return { ok: true };
  }

  @SkipThrottle()
  @Get('healthz')
  health() {
    return { ok: true };
  }
}

@Module({
  imports: [rateLimitModule(3)],
  controllers: [LimitedController],
  providers: [
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
})
class LimitedModule {}

describe('the rate limit (@nestjs/throttler, per caller)', () => {
  let app: INestApplication;
  let base: string;
  const get = (path: string, key?: string) => fetch(`${base}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });

  beforeAll(async () => {
    app = await NestFactory.create(LimitedModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => app?.close());

  it('allows the budget across routes with RateLimit headers, then answers the 429 problem with Retry-After', async () => {
    const first = await get('/a', 'cl_one');
    expect(first.status).toBe(200);
    expect([first.headers.get('ratelimit-limit'), first.headers.get('ratelimit-remaining')]).toEqual(['3', '2']);
    expect((await get('/b', 'cl_one')).headers.get('ratelimit-remaining')).toBe('1');
    expect((await get('/a', 'cl_one')).status).toBe(200);
    const over = await get('/b', 'cl_one');
    expect(over.status).toBe(429);
    expect(over.headers.get('content-type')).toContain('application/problem+json');
    expect([over.headers.get('ratelimit-limit'), over.headers.get('ratelimit-remaining')]).toEqual(['3', '0']);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await over.json()).toMatchObject({
      type: '/problems/too-many-requests',
      status: 429,
      title: 'Too many requests',
      instance: '/b',
    });
  });

  it('keeps a budget per API key, one per address without a key, and never limits the probes', async () => {
    expect((await get('/a', 'cl_two')).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await get('/a')).status).toBe(200);
    expect((await get('/a')).status).toBe(429);
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/healthz')).headers.get('ratelimit-limit')).toBeNull();
  });
});
