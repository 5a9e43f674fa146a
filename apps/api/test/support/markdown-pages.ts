import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The README and every Markdown page under docs/, as paths from the repository's root. */
export function markdownPages(): string[] {
  const docs = readdirSync(join(repo, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join('docs', file));
  return ['README.md', ...docs];
}

export function readPage(page: string): string {
  return readFileSync(join(repo, page), 'utf8');
}
