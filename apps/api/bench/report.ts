import { cpus, totalmem } from 'node:os';
import type { BenchOutcome, ScenarioOutcome } from './bench-harness.js';
import type { LoadSettings } from './load.js';
import { markdownTable } from './markdown-table.js';

/**
 * Issue 14's targets, as ratios to the baseline measured in the same run (the requests/s ratio of
 * each scenario is its `minRatio`), except memory, which is the API's own.
 */
export const TARGETS = {
  /** Our p99 at most this multiple of the baseline's, scenario by scenario. */
  p99Multiple: 2,
  peakRssMb: 160,
};

export interface Verdict {
  target: string;
  /** What the run measured, in the target's terms. */
  measured: string;
  isMet: boolean;
}

export function machineDescription(): string {
  const cores = cpus();
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`;
}

/** Every target, judged scenario by scenario. */
export function verdicts({ outcomes }: BenchOutcome): Verdict[] {
  return outcomes.flatMap(({ scenario, connections, ours, baseline }) => {
    const name = `${scenario.name} (c=${connections})`;
    const checks: Verdict[] = [
      {
        target: `${name}: no errors`,
        measured: `${ours.errors} errors, ${ours.non2xx} non-2xx, ${ours.responses} answers`,
        isMet: ours.errors + ours.non2xx === 0 && ours.responses > 0,
      },
      {
        target: `${name}: peak RSS ≤ ${TARGETS.peakRssMb} MB`,
        measured: `${ours.peakRssMb ?? '?'} MB`,
        isMet: (ours.peakRssMb ?? 0) <= TARGETS.peakRssMb,
      },
    ];
    if (baseline) {
      checks.push({
        target: `${name}: p99 ≤ ${TARGETS.p99Multiple}× the baseline's`,
        measured: `${ours.p99Ms} ms against ${baseline.p99Ms} ms (${ratio(ours.p99Ms, baseline.p99Ms)}×)`,
        isMet: ours.p99Ms <= TARGETS.p99Multiple * baseline.p99Ms,
      });
      if (scenario.minRatio !== undefined) {
        const measured = ratio(ours.requestsPerSecond, baseline.requestsPerSecond);
        checks.push({
          target: `${name}: ≥ ${scenario.minRatio}× the baseline's requests/s`,
          measured: `${measured}× (${ours.requestsPerSecond} against ${baseline.requestsPerSecond})`,
          isMet: measured >= scenario.minRatio,
        });
      }
    }
    return checks;
  });
}

function ratio(ours: number, baseline: number): number {
  return baseline > 0 ? Math.round((ours / baseline) * 100) / 100 : 0;
}

function row({ scenario, connections, ours, baseline }: ScenarioOutcome): string[] {
  const latency = (result: { p50Ms: number; p99Ms: number }) => `${result.p50Ms} / ${result.p99Ms}`;
  return [
    `${scenario.method} ${scenario.path}`,
    connections,
    ours.requestsPerSecond,
    baseline?.requestsPerSecond ?? '–',
    baseline ? ratio(ours.requestsPerSecond, baseline.requestsPerSecond).toFixed(2) : '–',
    latency(ours),
    baseline ? latency(baseline) : '–',
    `${ours.errors + ours.non2xx} / ${baseline ? baseline.errors + baseline.non2xx : '–'}`,
    ours.peakRssMb ?? '?',
  ].map(String);
}

const HEADER = [
  'scenario',
  'connections',
  'ours req/s',
  'baseline req/s',
  'ratio',
  'ours p50 / p99 ms',
  'baseline p50 / p99 ms',
  'errors + non-2xx (ours / baseline)',
  'ours peak RSS MB',
];

/** The results table and the verdicts, in Markdown. */
export function resultsMarkdown(
  outcome: BenchOutcome,
  load: Pick<LoadSettings, 'durationSeconds' | 'rounds'>,
): string {
  const timing =
    load.rounds > 1
      ? `${load.rounds} rounds of ${load.durationSeconds} s a scenario, the API's and the baseline's taking turns, each figure the median round's`
      : `${load.durationSeconds} s a scenario`;
  const missed = verdicts(outcome).filter((verdict) => !verdict.isMet);
  return [
    `Run on ${new Date().toISOString().slice(0, 10)}: ${machineDescription()}; "${outcome.size}" data set (seeded in ${outcome.seedSeconds.toFixed(1)} s), ${timing}; the API's peak RSS over the run: ${outcome.apiHighWaterRssMb ?? '?'} MB.`,
    '',
    ...markdownTable(
      HEADER,
      outcome.outcomes.map(row),
      HEADER.map((_, column) => column > 0),
    ),
    '',
    missed.length === 0
      ? 'Every target is met.'
      : `Targets missed:\n\n${missed.map((verdict) => `- ${verdict.target}: ${verdict.measured}`).join('\n')}`,
  ].join('\n');
}
