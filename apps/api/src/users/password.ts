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
 * How many hashes may run at once on a machine with `cores` cores: half of them, at least one.
 * Each hash holds 19 MiB and a core for about 50 ms, and glibc keeps those blocks once freed
 * (docs/benchmarks.md). Half the cores bounds what a burst of logins adds to the API's memory
 * (19 MiB on the course's two cores, against 38 MiB at one a core), and leaves the other half to
 * the event loop, which goes on answering every other request meanwhile. The rest of the burst
 * queues, first come first served.
 */
export function hashesAtOnce(cores: number): number {
  return Math.max(1, Math.floor(cores / 2));
}

const hashing = new ConcurrencyLimit(hashesAtOnce(availableParallelism()));

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
