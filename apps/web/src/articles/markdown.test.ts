import { renderMarkdown } from './markdown';

describe('rendering an article body', () => {
  it('turns paragraphs and emphasis into HTML', () => {
    expect(renderMarkdown('Hello *world*')).toBe('<p>Hello <em>world</em></p>\n');
  });

  it("leaves the page's one h1 to the title: headings start at h2", () => {
    const html = renderMarkdown('# Intro\n\n## Detail\n\n<h1>Raw</h1>');

    expect(html).toContain('<h2>Intro</h2>');
    expect(html).toContain('<h3>Detail</h3>');
    expect(html).toContain('Raw');
    expect(html).not.toContain('<h1');
  });

  it('drops scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src="x" onerror="alert(2)">\n\n[x](javascript:alert(3))',
    );

    expect(html).not.toMatch(/<script|onerror|javascript:/);
  });
});
