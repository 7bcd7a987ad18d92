import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies, CSRF tokens, invitation links. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** A random token's at-rest form: with 256 random bits a plain SHA-256 suffices (no slow hash needed). */
export const sha256Hex = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
