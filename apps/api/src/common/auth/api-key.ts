import { createHash, randomBytes } from 'node:crypto';

/** Keys carry 256 random bits, so a plain SHA-256 is a sufficient at-rest hash (no slow KDF needed). */
export const generateApiKey = (): string => `cl_${randomBytes(32).toString('base64url')}`;
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');
