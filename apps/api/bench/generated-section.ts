import { readFile, writeFile } from 'node:fs/promises';

/**
 * Replaces what stands between `<!-- <name>:start -->` and `<!-- <name>:end -->` in a Markdown
 * file, so that a command can rewrite its own results in a page and leave the prose around them.
 * The blank lines around the content are those Prettier keeps there.
 */
export async function writeGeneratedSection(
  path: string,
  name: string,
  content: string,
): Promise<void> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const markdown = await readFile(path, 'utf8');
  const startAt = markdown.indexOf(start);
  const endAt = markdown.indexOf(end);
  if (startAt < 0 || endAt < startAt) throw new Error(`${path} has lost its ${name} markers`);
  await writeFile(
    path,
    `${markdown.slice(0, startAt + start.length)}\n\n${content}\n\n${markdown.slice(endAt)}`,
  );
}
