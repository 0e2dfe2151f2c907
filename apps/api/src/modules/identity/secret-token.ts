import { createHash, randomBytes } from 'node:crypto';

/** A random token for a cookie or an e-mailed link; only its hash is ever stored. */
export function newSecretToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
