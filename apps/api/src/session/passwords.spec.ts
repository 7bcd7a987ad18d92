import { performance } from 'node:perf_hooks';
import { hashPassword, verifyPassword } from './passwords';

describe('passwords (argon2id)', () => {
  it('stores an argon2id PHC string with its own salt, never the password', async () => {
    const first = await hashPassword('水务局-整改-2026');
    const second = await hashPassword('水务局-整改-2026');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('2026');
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword('not a hash', 'correct horse battery')).toBe(false);
  });

  it('refuses every password when there is no stored hash, taking about as long as a real check', async () => {
    const stored = await hashPassword('correct horse battery');
    await verifyPassword(undefined, 'warm up the dummy hash');
    const timed = async (check: () => Promise<boolean>) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        expect(await check()).toBe(false);
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[1];
    };
    const known = await timed(() => verifyPassword(stored, 'a wrong password'));
    const unknown = await timed(() => verifyPassword(undefined, 'a wrong password'));
    const none = await timed(() => verifyPassword(null, 'correct horse battery'));
    // Both run a full argon2id verification (tens of ms); a skipped one would take microseconds.
    expect(unknown).toBeGreaterThan(known * 0.3);
    expect(none).toBeGreaterThan(known * 0.3);
  });
});
