import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/** `Algorithm` is a const enum, which an isolated-modules build cannot read: Argon2id is its 2. */
const ARGON2ID = 2 as Algorithm;

/** argon2id as a PHC string, with the library's costs (19 MiB, 2 passes, 1 lane: OWASP's recommended minimum). */
export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: ARGON2ID });

let dummyHash: Promise<string> | undefined;

/**
 * Whether `password` is the one `stored` hashes. Without a stored hash (an unknown login, a person who has not set a
 * password yet) a dummy hash is verified all the same and the answer is no: it takes as long, so the time taken
 * does not tell which logins exist.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64url'));
  const target = stored ?? (await dummyHash);
  try {
    return (await verify(target, password)) && typeof stored === 'string';
  } catch {
    // A stored value that is not a PHC string: no password matches it.
    return false;
  }
}
