import { FixedWindowCounter } from './fixed-window-counter.js';

describe('FixedWindowCounter', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it('allows up to the limit in a window, then says how long to wait', () => {
    const counter = new FixedWindowCounter(2, 60_000, clock);
    expect(counter.hit('a')).toEqual({ allowed: true });
    expect(counter.hit('a')).toEqual({ allowed: true });
    now += 15_000;
    expect(counter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
  });

  it('counts each key on its own', () => {
    const counter = new FixedWindowCounter(1, 60_000, clock);
    expect(counter.hit('a').allowed).toBe(true);
    expect(counter.hit('b').allowed).toBe(true);
    expect(counter.hit('a').allowed).toBe(false);
  });

  it('starts afresh when the window has passed', () => {
    const counter = new FixedWindowCounter(1, 60_000, clock);
    counter.hit('a');
    expect(counter.hit('a').allowed).toBe(false);
    now += 60_000;
    expect(counter.hit('a').allowed).toBe(true);
  });
});
