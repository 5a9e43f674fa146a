import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * An article body is Markdown written by anyone, so the HTML it becomes is sanitised before it
 * reaches the page: no script, no event handler, no `javascript:` URL survives.
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return DOMPurify.sanitize(html);
}
