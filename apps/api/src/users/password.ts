import { availableParallelism } from 'node:os';
import argon2 from 'argon2';
import { ConcurrencyLimit } from '../common/concurrency/concurrency-limit.js';

// argon2id at the least memory of OWASP's five equally strong settings: 7 MiB, 5 passes, 1 lane.
// Its first setting (19 MiB, 2 passes) is no cheaper in CPU and puts 19 MiB on top of the API's
// memory during every login, more than its budget has room for; the package's defaults (64 MiB,
// 3 passes, 4 lanes) cost 64 MiB and 0.3 s of CPU a login. Why argon2id, and the choice of cost:
// docs/decisions/004-argon2id-for-passwords.md. Hashes made with other costs still verify: the
// parameters are part of each hash, and a sign-in replaces them (`isOutdated`).
const OPTIONS = { type: argon2.argon2id, memoryCost: 7_168, timeCost: 5, parallelism: 1 } as const;

/**
 * How many hashes may run at once on a machine with `cores` cores: half of them, at least one.
 * Each hash holds 7 MiB and a core for about 20 ms, and glibc keeps those blocks once freed
 * (docs/benchmarks.md). Half the cores bounds what a burst of logins adds to the API's memory
 * (7 MiB on the course's two cores, against 14 MiB at one a core), and leaves the other half to
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
