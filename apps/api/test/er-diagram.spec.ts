import { join } from 'node:path';
import { diagramFacts } from './support/er-diagram.js';
import { readPage } from './support/markdown-pages.js';
import { databaseFacts } from './support/schema-facts.js';

/** What the two sides disagree on: facts only the database has, and facts only the diagram has. */
function differences(diagram: string[], database: string[]) {
  return {
    missingFromTheDiagram: database.filter((fact) => !diagram.includes(fact)),
    notInTheDatabase: diagram.filter((fact) => !database.includes(fact)),
  };
}

// The diagram is drawn by hand for readers; the migrations are the truth. This keeps them equal:
// a migration that adds a column, a key or a table fails here until the diagram shows it too.
describe('the ER diagram of docs/database.md', () => {
  const markdown = readPage(join('docs', 'database.md'));
  let database: string[];
  beforeAll(async () => {
    database = await databaseFacts(process.env.TEST_DATABASE_URL as string);
  });

  it('matches the migrated database: tables, columns, types, nullability, keys and relationships', () => {
    expect(differences(diagramFacts(markdown), database)).toEqual({
      missingFromTheDiagram: [],
      notInTheDatabase: [],
    });
  });

  it('names a column the diagram leaves out, so the check above can fail', () => {
    const withoutDescription = markdown.replace(/^\s*text description\n/m, '');
    expect(withoutDescription).not.toBe(markdown);

    expect(differences(diagramFacts(withoutDescription), database)).toEqual({
      missingFromTheDiagram: ['column articles.description text'],
      notInTheDatabase: [],
    });
  });

  it('names a relationship drawn with the wrong cardinality', () => {
    const optionalAuthor = markdown.replace('users ||..o{ articles', 'users |o..o{ articles');
    expect(optionalAuthor).not.toBe(markdown);

    expect(differences(diagramFacts(optionalAuthor), database)).toEqual({
      missingFromTheDiagram: ['relationship users ||..o{ articles (author_id)'],
      notInTheDatabase: ['relationship users |o..o{ articles (author_id)'],
    });
  });
});
