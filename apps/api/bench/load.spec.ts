import { combineRounds, type LoadResult } from './load.js';

const round = (figures: Partial<LoadResult>): LoadResult => ({
  requestsPerSecond: 1000,
  p50Ms: 10,
  p99Ms: 20,
  responses: 5000,
  errors: 0,
  non2xx: 0,
  peakRssMb: 150,
  ...figures,
});

test('rounds combine into the median round, so one disturbed round does not decide', () => {
  const combined = combineRounds([
    round({ requestsPerSecond: 1000, p50Ms: 10, p99Ms: 20 }),
    round({ requestsPerSecond: 400, p50Ms: 40, p99Ms: 90 }),
    round({ requestsPerSecond: 1100, p50Ms: 9, p99Ms: 18 }),
  ]);

  expect(combined).toMatchObject({ requestsPerSecond: 1000, p50Ms: 10, p99Ms: 20 });
});

test("every round's answers, errors and memory count", () => {
  const combined = combineRounds([
    round({ responses: 5000, errors: 1, non2xx: 0, peakRssMb: 150 }),
    round({ responses: 4000, errors: 0, non2xx: 2, peakRssMb: 158 }),
    round({ responses: 3000, errors: 0, non2xx: 0, peakRssMb: undefined }),
  ]);

  expect(combined).toMatchObject({ responses: 12_000, errors: 1, non2xx: 2, peakRssMb: 158 });
});

test('an even number of rounds takes the mean of the middle two; one round is itself', () => {
  const two = combineRounds([
    round({ requestsPerSecond: 900 }),
    round({ requestsPerSecond: 1000 }),
  ]);
  const one = round({ requestsPerSecond: 700, p99Ms: 33 });

  expect(two.requestsPerSecond).toBe(950);
  expect(combineRounds([one])).toEqual(one);
});
