import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { markdownPages, readPage, repo, sourceFiles } from './support/markdown-pages.js';

/** Relative links of a page (`[text](path)` and `[text](path#anchor)`), without web addresses. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => (match[1] as string).split('#')[0] as string)
    .filter((link) => link !== '' && !/^[a-z]+:/i.test(link));
}

/** The pages a file's comments and texts name by their path from the root: `docs/api.md`. */
function namedPages(code: string): string[] {
  return [...code.matchAll(/(?<![\w./-])docs\/[\w./-]+\.md\b/g)].map((match) => match[0]);
}

// Students follow these links from GitHub: a renamed file must not leave a dead one behind.
describe('the documentation', () => {
  it.each(markdownPages())('%s links only to files that exist', (page) => {
    const broken = relativeLinks(readPage(page)).filter(
      (link) => !existsSync(resolve(repo, dirname(page), link)),
    );
    expect(broken).toEqual([]);
  });

  it('is named in code comments only where the page exists', () => {
    const broken = sourceFiles().flatMap((file) =>
      namedPages(readPage(file))
        .filter((page) => !existsSync(join(repo, page)))
        .map((page) => `${file}: ${page}`),
    );
    expect(broken).toEqual([]);
  });

  it('finds the pages and their links, so the checks above can fail', () => {
    expect(markdownPages()).toEqual(expect.arrayContaining(['README.md', join('docs', 'tour.md')]));
    expect(relativeLinks('[a](x.md) [b](https://example.org) [c](y.md#part)')).toEqual([
      'x.md',
      'y.md',
    ]);
    expect(sourceFiles()).toContain(
      join('apps', 'api', 'src', 'common', 'filters', 'error.filter.ts'),
    );
    expect(namedPages('// the shape of docs/api.md; see apps/web/docs/x.md')).toEqual([
      'docs/api.md',
    ]);
  });
});
