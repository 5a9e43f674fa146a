import autocannon from 'autocannon';
import { measurePeakRss } from './processes.js';
import type { Scenario } from './scenarios.js';

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  /** The same load, not measured, first: JIT, pools and caches settle. */
  warmupSeconds: number;
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
