import { availableParallelism } from 'node:os';
import argon2 from 'argon2';
import { ConcurrencyLimit } from '../common/concurrency/concurrency-limit.js';

// argon2id at OWASP's recommended minimum: 19 MiB of memory, 2 passes, 1 lane. The package's
// defaults (64 MiB, 3 passes, 4 lanes) made one login cost 64 MiB and 0.3 s of CPU, so a handful
// of concurrent logins could push the API past its memory budget. Why argon2id, and the choice of
// cost: docs/decisions/004-argon2id-for-passwords.md. Hashes made with other costs still verify:
// the parameters are part of each hash.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * One hash per core at a time; a burst of logins queues. Each hash holds 19 MiB and one of libuv's
 * four threads for about 50 ms: unlimited, four at once would hold 76 MiB and leave no thread for
 * file work, for no gain in speed on a machine with fewer cores than that.
 */
const hashing = new ConcurrencyLimit(availableParallelism());

export function hashPassword(password: string): Promise<string> {
  return hashing.run(() => argon2.hash(password, OPTIONS));
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return hashing.run(() => argon2.verify(hash, password));
}

/** Whether a hash was made with other costs than today's: it is replaced at the next sign-in. */
export function isOutdated(hash: string): boolean {
  return argon2.needsRehash(hash, OPTIONS);
}

/**
 * A hash to check unknown emails against, so that "no such user" takes as long as "wrong password"
 * and the response time does not reveal which emails are registered.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  return (decoyHash ??= hashPassword('decoy password that matches no account'));
}
