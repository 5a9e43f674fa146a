import { ConcurrencyLimit } from './concurrency-limit.js';

/** A task that runs until the test lets it finish, recording how many ran at once. */
function controlledTasks() {
  let active = 0;
  let mostAtOnce = 0;
  const finishers: (() => void)[] = [];
  const task = () =>
    new Promise<number>((done) => {
      active += 1;
      mostAtOnce = Math.max(mostAtOnce, active);
      finishers.push(() => {
        active -= 1;
        done(finishers.length);
      });
    });
  return { task, finishers, mostAtOnce: () => mostAtOnce };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyLimit', () => {
  it('runs at most `limit` tasks at once and starts the next one as soon as a slot frees', async () => {
    const limit = new ConcurrencyLimit(2);
    const { task, finishers, mostAtOnce } = controlledTasks();

    const results = Array.from({ length: 5 }, () => limit.run(task));
    await settle();
    expect(finishers).toHaveLength(2);

    finishers[0]?.();
    await settle();
    expect(finishers).toHaveLength(3);

    for (let i = 1; i < 5; i += 1) {
      finishers[i]?.();
      await settle();
    }
    await Promise.all(results);
    expect(mostAtOnce()).toBe(2);
  });

  it('frees the slot when a task fails, and passes the failure on', async () => {
    const limit = new ConcurrencyLimit(1);

    await expect(limit.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');

    await expect(limit.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});
