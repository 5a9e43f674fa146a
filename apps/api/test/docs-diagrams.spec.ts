/**
 * @jest-environment jsdom
 */
// mermaid cleans diagram labels with DOMPurify, which needs a DOM even to parse: jsdom's is enough,
// since nothing is drawn.
import mermaid from 'mermaid';
import { join } from 'node:path';
import { markdownPages, readPage } from './support/markdown-pages.js';

interface Diagram {
  /** Where it is, for the test's name: `docs/tour.md:6`, the line of its opening fence. */
  place: string;
  source: string;
}

/** The ```mermaid blocks of a Markdown page (fenced with backticks or tildes, as GitHub reads them). */
function diagramsIn(page: string, markdown: string): Diagram[] {
  const diagrams: Diagram[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const opening = /^( {0,3})(`{3,}|~{3,})\s*mermaid\s*$/.exec(lines[index] as string);
    if (!opening) continue;
    const [, indent = '', fence = ''] = opening;
    const closing = new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`);
    const start = index + 1;
    let end = start;
    while (end < lines.length && !closing.test(lines[end] as string)) end++;
    const source = lines
      .slice(start, end)
      .map((line) => line.replace(new RegExp(`^ {0,${indent.length}}`), ''))
      .join('\n');
    diagrams.push({ place: `${page}:${index + 1}`, source });
    index = end;
  }
  return diagrams;
}

/** mermaid's reason for refusing a diagram, or undefined when it parses. */
async function parseError(source: string): Promise<string | undefined> {
  try {
    await mermaid.parse(source);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const diagrams = markdownPages().flatMap((page) => diagramsIn(page, readPage(page)));

// GitHub draws these diagrams when a student opens the page; one that does not parse shows an
// error box instead. This finds every block, so diagrams added later are checked too.
describe('the Mermaid diagrams of the README and docs/', () => {
  beforeAll(() => mermaid.initialize({ startOnLoad: false }));

  it.each(diagrams)('$place parses', async ({ source }) => {
    expect(await parseError(source)).toBeUndefined();
  });

  it('finds the diagrams, so the check above cannot pass by checking nothing', () => {
    expect(diagrams.map((diagram) => diagram.place)).toContain(join('docs', 'tour.md:6'));
    const page = [
      '# Title',
      '',
      '~~~mermaid',
      'flowchart LR',
      '  a --> b',
      '~~~',
      '```sh',
      'ls',
      '```',
    ];
    expect(diagramsIn('page.md', page.join('\n'))).toEqual([
      { place: 'page.md:3', source: 'flowchart LR\n  a --> b' },
    ]);
  });

  it("reports a broken diagram with mermaid's reason", async () => {
    expect(await parseError('flowchart LR\n  a --> b')).toBeUndefined();
    expect(await parseError('flowchart LR\n  a -->')).toMatch(/^Parse error on line \d+:/);
    expect(await parseError('sequenceDiagram\n  A->>B hello')).toMatch(/^Parse error on line \d+:/);
    expect(await parseError('not a diagram')).toMatch(/No diagram type detected/);
  });
});
