import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { API_FROM_BUILD, API_ROOT, runBenchmark } from './bench-harness.js';
import { writeGeneratedSection } from './generated-section.js';
import { machineDescription, resultsMarkdown, verdicts } from './report.js';

/**
 * `pnpm bench [--quick]`: measures the production build (`pnpm build` first) against the baseline
 * and writes the results between the markers of `docs/benchmarks.md`, and in full to
 * `docs/benchmarks.json`. `--quick` (medium data, 5 s a scenario) is the classroom version: it
 * prints its results only, so that the documented ones stay those of a full run.
 */
const DOCS = join(API_ROOT, '../../docs');

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const load = values.quick
  ? { connections: 50, durationSeconds: 5, warmupSeconds: 2, rounds: 1 }
  : { connections: 50, durationSeconds: 5, warmupSeconds: 5, rounds: 3 };

if (!existsSync(join(API_ROOT, 'dist/main.js'))) {
  console.error('pnpm bench measures the production build: run `pnpm build` first.');
  process.exit(1);
}

const outcome = await runBenchmark({
  size: values.quick ? 'medium' : 'large',
  load,
  lowConcurrency: 10,
  apiArgs: API_FROM_BUILD,
  log: (message) => console.log(`[bench] ${message}`),
});
const results = resultsMarkdown(outcome, load);
console.log(`\n${results}`);

if (values.quick) console.log('\n--quick: printed only; docs/benchmarks.md keeps the full run.');
else await writeResults();

async function writeResults(): Promise<void> {
  await writeGeneratedSection(join(DOCS, 'benchmarks.md'), 'results', results);
  await writeFile(
    join(DOCS, 'benchmarks.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine: machineDescription(), load, ...outcome, verdicts: verdicts(outcome) }, null, 2)}\n`,
  );
  console.log(`\nWritten to docs/benchmarks.md and docs/benchmarks.json.`);
}
