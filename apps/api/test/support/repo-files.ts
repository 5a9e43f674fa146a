import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** A file of the repository, by its path from the root. */
export function readRepoFile(path: string): string {
  return readFileSync(resolve(repo, path), 'utf8');
}
