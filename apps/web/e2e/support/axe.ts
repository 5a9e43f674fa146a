import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

// WCAG 2.0 and 2.1, levels A and AA: the level the EU's EN 301 549 and the US Section 508 refer to.
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Every WCAG A/AA violation axe finds on the page as it is now, one line per rule. */
export async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: as an inline
  // `<script>`, the CSP would (rightly) refuse it.
  await page.evaluate(axeSource);
  const results: AxeResults = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_AA,
  );
  return results.violations.map(
    ({ id, nodes }) =>
      `${id}: ${nodes.length} elements, e.g. ${nodes[0]?.target.join(' ')}: ${nodes[0]?.failureSummary}`,
  );
}
