import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readRepoFile, repo } from './repo-files.js';

export { repo };

/** The READMEs and every Markdown page under docs/, as paths from the repository's root. */
export function markdownPages(): string[] {
  const docs = readdirSync(join(repo, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join('docs', file));
  const packageReadmes = ['apps', 'packages'].flatMap((folder) =>
    readdirSync(join(repo, folder))
      .map((name) => join(folder, name, 'README.md'))
      .filter((readme) => existsSync(join(repo, readme))),
  );
  return ['README.md', ...packageReadmes, ...docs];
}

const NOT_SOURCE = new Set(['node_modules', 'dist', '.data', '.turbo', 'coverage']);

/** The code of apps/ and packages/ (TypeScript and JavaScript), as paths from the repository's root. */
export function sourceFiles(folder = ''): string[] {
  if (folder === '') return [...sourceFiles('apps'), ...sourceFiles('packages')];
  return readdirSync(join(repo, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return NOT_SOURCE.has(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|tsx|js)$/.test(entry.name) ? [path] : [];
  });
}

export const readPage = readRepoFile;
