import { startTestDatabase } from '../test/support/test-database.js';
import { API_FROM_SOURCE, runBenchmark } from './bench-harness.js';

// The harness end to end on the tiny data set, one second a scenario, in a database of its own on
// the tests' server. It runs the API from source (the tests run before any build) and asserts
// nothing about speed: only that every scenario was answered, without errors, and that the
// baseline answered like the API (runBenchmark throws if not).
test('the benchmark runs every scenario against both servers without errors', async () => {
  const database = await startTestDatabase(process.env.TEST_DATABASE_URL);
  try {
    const outcome = await runBenchmark({
      size: 'tiny',
      load: { connections: 4, durationSeconds: 1, warmupSeconds: 0, rounds: 1 },
      apiArgs: API_FROM_SOURCE,
      databaseUrl: database.url,
      log: () => {},
    });

    const scenarios = outcome.outcomes.map(({ scenario }) => scenario.name);
    expect(scenarios).toEqual(expect.arrayContaining(['list', 'feed', 'create article', 'login']));
    for (const { scenario, ours, baseline } of outcome.outcomes) {
      expect(baseline === undefined).toBe(scenario.isOursOnly === true);
      for (const result of baseline ? [ours, baseline] : [ours]) {
        const { errors, non2xx, responses } = result;
        expect({ scenario: scenario.name, errors, non2xx, isAnswered: responses > 0 }).toEqual({
          scenario: scenario.name,
          errors: 0,
          non2xx: 0,
          isAnswered: true,
        });
      }
    }
  } finally {
    await database.stop();
  }
}, 90_000);
