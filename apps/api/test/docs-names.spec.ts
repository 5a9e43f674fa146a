import { dirname } from 'node:path';
import { codeName, inlineCode, isFilePath, SourceTree } from './support/code-references.js';
import { markdownPages, readPage, repo } from './support/markdown-pages.js';

const tree = new SourceTree(repo);

/** The paths and names in backticks on a page that the tree does not have. */
function missingReferences(page: string): string[] {
  const folder = dirname(page);
  return inlineCode(readPage(page)).filter((token) => {
    if (isFilePath(token)) return !tree.hasFile(token, folder);
    const name = codeName(token);
    if (name === undefined) return false;
    if (name.kind === 'member' && !tree.declares(name.owner)) return false;
    return !tree.hasName(name);
  });
}

// The instructor notes describe the files and methods of a solution, which students write.
const checkedPages = markdownPages().filter((page) => !page.includes('instructor-notes'));

// A renamed file or method must not leave the docs pointing at something that no longer exists.
describe('the names in the documentation', () => {
  it.each(checkedPages)('%s names only files and code that exist', (page) => {
    expect([...new Set(missingReferences(page))]).toEqual([]);
  });

  it('tells paths and names from other code, so the check above can fail', () => {
    expect(inlineCode('`a/b.ts`, `/api/health` and `x`\n```\n`not.ts`\n```')).toEqual([
      'a/b.ts',
      '/api/health',
      'x',
    ]);
    expect(['src/main.ts', 'create-app.ts', '.env.example'].every(isFilePath)).toBe(true);
    expect(['/api/health', 'dist/main.js', '*.e2e.ts', '.env'].some(isFilePath)).toBe(false);
    expect(tree.hasFile('src/health/health.service.ts', 'docs')).toBe(true);
    expect(tree.hasFile('src/health/wellness.service.ts', 'docs')).toBe(false);
    const found = ['TokenService.userExists', 'SELECT_ARTICLES', 'JWT_SECRET'];
    expect(found.map((token) => tree.hasName(codeName(token)!))).toEqual([true, true, true]);
    const renamed = ['TokenService.userExist', 'SELECT_ARTICLE', 'UsersRepository.findByName'];
    expect(renamed.map((token) => tree.hasName(codeName(token)!))).toEqual([false, false, false]);
    expect(['findPage', 'status', 'DataSource'].map(codeName)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
