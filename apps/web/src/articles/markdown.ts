import DOMPurify from 'dompurify';
import { Marked } from 'marked';

// The page's one h1 is the article's title (the browser suite counts them), so the body's
// headings start at h2: `# Intro` becomes an h2, `##` an h3, and so on.
const markdown = new Marked({
  gfm: true,
  walkTokens: (token) => {
    if (token.type === 'heading') token.depth = Math.min(token.depth + 1, 6);
  },
});

/**
 * An article body is Markdown written by anyone, so the HTML it becomes is sanitised before it
 * reaches the page: no script, no event handler, no `javascript:` URL survives, and a raw `<h1>`
 * keeps its text but not its tag.
 */
export function renderMarkdown(body: string): string {
  const html = markdown.parse(body, { async: false });
  return DOMPurify.sanitize(html, { FORBID_TAGS: ['h1'] });
}
