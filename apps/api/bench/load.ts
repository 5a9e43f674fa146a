import autocannon from 'autocannon';
import { measurePeakRss } from './processes.js';
import type { Scenario } from './scenarios.js';

export interface LoadSettings {
  connections: number;
  /** The length of one measured round. */
  durationSeconds: number;
  /** The same load, not measured, before the first round: JIT, pools and caches settle. */
  warmupSeconds: number;
  /**
   * How many rounds each server gets, the API's and the baseline's taking turns: whatever else the
   * machine does meanwhile weighs on both alike, instead of on whichever ran at the time.
   */
  rounds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  responses: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** The server's peak resident memory during the measured run, in MB. */
  peakRssMb: number | undefined;
}

/** Loads one server with one scenario: a warm-up, then the measured run. */
export async function runLoad(
  server: { url: string; pid: number },
  scenario: Scenario,
  token: string,
  settings: LoadSettings,
): Promise<LoadResult> {
  const options: autocannon.Options = {
    url: `${server.url}${scenario.path}`,
    method: scenario.method,
    connections: settings.connections,
    headers: {
      ...(scenario.body !== undefined && { 'content-type': 'application/json' }),
      ...(scenario.isSignedIn && { authorization: `Token ${token}` }),
    },
    ...(scenario.body !== undefined && { body: JSON.stringify(scenario.body) }),
  };
  // Logins queue behind the password hashes (a few a second on two cores): no warm-up, whose
  // abandoned requests would still be hashing during the measured run, patience for the queue,
  // and long enough for the first hashes to finish even in a one-second test run.
  if (scenario.hashesPassword) {
    options.timeout = 60;
  } else if (settings.warmupSeconds > 0) {
    await autocannon({ ...options, duration: settings.warmupSeconds });
  }
  const duration = scenario.hashesPassword
    ? Math.max(settings.durationSeconds, 5)
    : settings.durationSeconds;
  const { result, peakRssMb } = await measurePeakRss(server.pid, () =>
    autocannon({ ...options, duration }),
  );
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    responses: result['2xx'] + result.non2xx,
    errors: result.errors,
    non2xx: result.non2xx,
    peakRssMb,
  };
}

/**
 * One result for several rounds of the same load: the median round's requests/s and latencies, so
 * that one round disturbed by other work on the machine does not decide the figure, and every
 * round's answers, errors and memory.
 */
export function combineRounds(rounds: readonly LoadResult[]): LoadResult {
  const median = (figure: (result: LoadResult) => number) => {
    const sorted = rounds.map(figure).toSorted((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  };
  const sum = (figure: (result: LoadResult) => number) =>
    rounds.reduce((total, result) => total + figure(result), 0);
  const peaks = rounds.flatMap(({ peakRssMb }) => (peakRssMb === undefined ? [] : [peakRssMb]));
  return {
    requestsPerSecond: Math.round(median((result) => result.requestsPerSecond)),
    p50Ms: median((result) => result.p50Ms),
    p99Ms: median((result) => result.p99Ms),
    responses: sum((result) => result.responses),
    errors: sum((result) => result.errors),
    non2xx: sum((result) => result.non2xx),
    peakRssMb: peaks.length ? Math.max(...peaks) : undefined,
  };
}
