import argon2 from 'argon2';

/**
 * argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane). The parameters travel inside
 * each hash, so raising them later only affects new hashes.
 */
const options = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export const passwordHasher = {
  hash: (password: string): Promise<string> => argon2.hash(password, options),
  /** False for a wrong password and for a hash that is not argon2 (an account whose password is not set yet). */
  verify: (hash: string, password: string): Promise<boolean> => argon2.verify(hash, password).catch(() => false),
};

/** Verified against when an e-mail is unknown, so response times do not reveal which accounts exist. */
export const DUMMY_PASSWORD_HASH = await passwordHasher.hash('not-a-real-password');
