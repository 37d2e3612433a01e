import { describe, expect, it } from 'vitest';

import { TaskdoubleError } from '../errors/index.js';
import { VirtualClock } from './virtual-clock.js';

const MS = 1_000_000;

/** A timer that reschedules itself every `period` ns, forever. */
function forever(clock: VirtualClock, period: number, label = 'loop'): void {
  const again = (): void => {
    clock.setTimer(period, again, { label });
  };
  clock.setTimer(period, again, { label });
}

describe('the loop guard', () => {
  it('stops a run that fires more than `limit` timers, naming the limit and the option', async () => {
    const clock = new VirtualClock({ limit: 5 });
    forever(clock, MS);

    await expect(clock.runUntilIdle()).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ClockLimitError: taskdouble: the clock fired 5 timers in one run and still was not done (limit: 5); the next timer, "loop" due at 6000000 ns, did not run. A timer that keeps rescheduling itself loops forever; if the run is just long, raise the clock's limit option, e.g. { limit: 50 }]`,
    );
    expect(clock.now).toBe(5 * MS);
  });

  it('stops a loop that stays at one instant', async () => {
    const clock = new VirtualClock({ limit: 100 });
    forever(clock, 0, 'spin');

    await expect(clock.advance(MS)).rejects.toThrow(/fired 100 timers in one run/);
    expect(clock.pending()).toEqual([{ due: 0, label: 'spin', background: false }]);
  });

  it('counts per call, so the next call starts afresh', async () => {
    const clock = new VirtualClock({ limit: 3 });
    forever(clock, MS);

    await clock.advance(3 * MS);
    await clock.advance(3 * MS);

    expect(clock.now).toBe(6 * MS);
  });
});

describe('a callback that throws', () => {
  it('rejects the run with its error and leaves the clock usable', async () => {
    const clock = new VirtualClock();
    const seen: number[] = [];
    clock.setTimer(MS, () => {
      throw new Error('boom');
    });
    clock.setTimer(2 * MS, () => seen.push(clock.now));

    await expect(clock.advance(5 * MS)).rejects.toThrow('boom');
    await clock.advance(5 * MS);

    expect(seen).toEqual([2 * MS]);
  });
});

describe('dispose', () => {
  it('clears every timer', async () => {
    const clock = new VirtualClock();
    clock.setTimer(1, () => undefined);
    clock.setTimer(1, () => undefined, { background: true });

    clock.dispose();

    expect(clock.pending()).toEqual([]);
  });

  it.each([
    ['advance', (clock: VirtualClock) => clock.advance(1)],
    ['runUntilIdle', (clock: VirtualClock) => clock.runUntilIdle()],
    ['runUntil', (clock: VirtualClock) => clock.runUntil(() => true, 1)],
    ['settle', (clock: VirtualClock) => clock.settle()],
    ['setTimer', (clock: VirtualClock) => clock.sleep(1)],
  ])('makes %s refuse with a TaskdoubleError', async (method, use) => {
    const clock = new VirtualClock();
    clock.dispose();

    const failure = use(clock);

    await expect(failure).rejects.toBeInstanceOf(TaskdoubleError);
    await expect(failure).rejects.toThrow(
      `clock.${method}() was called after the clock was disposed`,
    );
  });

  it('says so when a disposed clock is used', () => {
    const clock = new VirtualClock();
    clock.dispose();
    clock.dispose();

    expect(() => clock.setTimer(1, () => undefined)).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: clock.setTimer() was called after the clock was disposed; a disposed clock cannot be used again, create a new one]`,
    );
  });

  it('stops a run that is going on', async () => {
    const clock = new VirtualClock();
    clock.setTimer(MS, () => clock.dispose());
    clock.setTimer(2 * MS, () => undefined);

    await expect(clock.advance(5 * MS)).rejects.toThrow('after the clock was disposed');
  });

  it('is what `using` calls', () => {
    let outer: VirtualClock | undefined;
    {
      using clock = new VirtualClock();
      outer = clock;
    }

    expect(() => outer.setTimer(1, () => undefined)).toThrow(TaskdoubleError);
  });
});

describe('input checks', () => {
  it.each([
    [{ mode: 'globel' }, 'clock.mode: "globel" is not a clock mode (accepted: "own", "global")'],
    [{ limit: 0 }, 'clock.limit: 0 is not a timer limit (accepted: a positive integer)'],
    [{ limit: 1.5 }, 'clock.limit: 1.5 is not a timer limit (accepted: a positive integer)'],
    [
      { limt: 5 },
      'clock options: unknown key "limt" (accepted: mode, limit); did you mean "limit"?',
    ],
    [null, 'clock options: null is not an options object (accepted: { mode?, limit? })'],
  ])('refuses the options %j', (options, message) => {
    expect(() => new VirtualClock(options as never)).toThrow(`taskdouble: ${message}`);
  });

  it.each([[-1], [0.5], [Number.NaN], [Infinity], ['1s']])('refuses the delay %j', (delay) => {
    const clock = new VirtualClock();

    expect(() => clock.setTimer(delay as number, () => undefined)).toThrow(
      /^taskdouble: clock\.setTimer: .* is not a time \(accepted: a whole number of nanoseconds from 0 to 2\^53\)$/,
    );
  });

  it('names the method and the raw value', async () => {
    const clock = new VirtualClock();

    await expect(clock.advance(-5)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: clock.advance: -5 is not a time (accepted: a whole number of nanoseconds from 0 to 2^53)]`,
    );
  });

  it('refuses a timer due beyond 2^53 ns', async () => {
    const clock = new VirtualClock();
    await clock.advance(10);

    expect(() =>
      clock.setTimer(Number.MAX_SAFE_INTEGER, () => undefined),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: clock.setTimer: 9007199254740991 ns from now (10 ns) is beyond 2^53 ns, the latest time the clock keeps exactly]`,
    );
  });

  it('refuses a callback that is not a function', () => {
    const clock = new VirtualClock();

    expect(() => clock.setTimer(1, 'later' as never)).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: clock.setTimer: "later" is not a function]`,
    );
  });
});
