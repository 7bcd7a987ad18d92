import { verify as argon2Verify } from '@node-rs/argon2';

// The real argon2, watched: which hash each verification runs against.
jest.mock('@node-rs/argon2', () => {
  const actual = jest.requireActual<typeof import('@node-rs/argon2')>('@node-rs/argon2');
  return { ...actual, verify: jest.fn(actual.verify) };
});
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

  it('refuses every password when there is no stored hash, after a full verification at the same cost as a real one', async () => {
    // Timing is not measured here (this machine is too noisy for that): the check is that an unknown login costs
    // the same argon2id verification, against a hash of the same parameters, as a known one.
    const verify = jest.mocked(argon2Verify);
    for (const stored of [undefined, null]) {
      verify.mockClear();
      expect(await verifyPassword(stored, 'correct horse battery')).toBe(false);
      expect(verify).toHaveBeenCalledTimes(1);
      expect(verify.mock.calls[0][0]).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      await expect(verify.mock.results[0].value).resolves.toBe(false);
    }
  });
});
