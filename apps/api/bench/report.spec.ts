import { seedSizes } from '../src/database/seed/seed-sizes.js';
import type { BenchOutcome } from './bench-harness.js';
import type { LoadResult } from './load.js';
import { resultsMarkdown, verdicts } from './report.js';
import { type Scenario, scenariosFor } from './scenarios.js';

// The targets of issue 14, judged on made-up figures just either side of each line: requests/s at
// least 0.8 × the baseline's on the lists and the feed and 0.5 × on an article, its comments and
// the tags; a p99 at most twice the baseline's; at most 160 MB of resident memory.

const scenarios = scenariosFor(seedSizes.tiny);
const scenario = (name: string) => scenarios.find((each) => each.name === name) as Scenario;

function result(overrides: Partial<LoadResult>): LoadResult {
  return {
    requestsPerSecond: 1000,
    p50Ms: 10,
    p99Ms: 20,
    responses: 10_000,
    errors: 0,
    non2xx: 0,
    peakRssMb: 150,
    ...overrides,
  };
}

function outcomeOf(
  name: string,
  ours: Partial<LoadResult>,
  baseline: Partial<LoadResult> = {},
  connections = 50,
): BenchOutcome {
  return {
    size: 'tiny',
    seedSeconds: 1,
    apiHighWaterRssMb: 150,
    outcomes: [
      { scenario: scenario(name), connections, ours: result(ours), baseline: result(baseline) },
    ],
  };
}

const missed = (outcome: BenchOutcome) =>
  verdicts(outcome)
    .filter((verdict) => !verdict.isMet)
    .map((verdict) => `${verdict.target}: ${verdict.measured}`);

test.each([
  ['list', 50],
  ['list by tag', 50],
  ['list by author', 50],
  ['list by favorited', 50],
  ['feed', 50],
  ['list', 10],
])('%s at c=%i needs 0.8 × the baseline’s requests/s', (name, connections) => {
  expect(missed(outcomeOf(name, { requestsPerSecond: 800 }, {}, connections))).toEqual([]);
  expect(missed(outcomeOf(name, { requestsPerSecond: 790 }, {}, connections))).toEqual([
    `${name} (c=${connections}): ≥ 0.8× the baseline's requests/s: 0.79× (790 against 1000)`,
  ]);
});

test.each(['article', 'comments', 'tags'])('%s needs 0.5 × the baseline’s requests/s', (name) => {
  expect(missed(outcomeOf(name, { requestsPerSecond: 500 }))).toEqual([]);
  expect(missed(outcomeOf(name, { requestsPerSecond: 490 }))).toEqual([
    `${name} (c=50): ≥ 0.5× the baseline's requests/s: 0.49× (490 against 1000)`,
  ]);
});

test('a p99 may be twice the baseline’s, and no more', () => {
  expect(missed(outcomeOf('article', { p99Ms: 40 }, { p99Ms: 20 }))).toEqual([]);
  expect(missed(outcomeOf('article', { p99Ms: 41 }, { p99Ms: 20 }))).toEqual([
    "article (c=50): p99 ≤ 2× the baseline's: 41 ms against 20 ms (2.05×)",
  ]);
});

test('the API may peak at 160 MB of resident memory, and no more', () => {
  expect(missed(outcomeOf('tags', { peakRssMb: 160 }))).toEqual([]);
  expect(missed(outcomeOf('tags', { peakRssMb: 161 }))).toEqual([
    'tags (c=50): peak RSS ≤ 160 MB: 161 MB',
  ]);
});

test('the report lists each missed target with what was measured', () => {
  const markdown = resultsMarkdown(outcomeOf('feed', { requestsPerSecond: 400, p99Ms: 90 }), {
    durationSeconds: 5,
    rounds: 1,
  });

  expect(markdown).toContain(
    [
      'Targets missed:',
      '',
      "- feed (c=50): p99 ≤ 2× the baseline's: 90 ms against 20 ms (4.5×)",
      "- feed (c=50): ≥ 0.8× the baseline's requests/s: 0.4× (400 against 1000)",
    ].join('\n'),
  );
});
