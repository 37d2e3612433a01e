import { afterEach, describe, expect, it, vi } from 'vitest';

import { VirtualClock } from './virtual-clock.js';

const MS = 1_000_000;

afterEach(() => {
  vi.useRealTimers();
});

describe("mode 'global'", () => {
  it('refuses to start without an installed fake clock', () => {
    expect(() => new VirtualClock({ mode: 'global' })).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: clock.mode: "global" drives the fake clock installed by vi.useFakeTimers() or jest.useFakeTimers(), but none is installed; call vi.useFakeTimers() (or jest.useFakeTimers()) first, or use mode "own"]`,
    );
  });

  it("interleaves the user's setTimeout with our timers in time order", async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    const seen: string[] = [];

    clock.setTimer(10 * MS, () => seen.push(`ours@${clock.now}`));
    setTimeout(() => seen.push(`user@${clock.now}`), 5);
    setTimeout(() => seen.push(`user tie@${clock.now}`), 10);
    clock.setTimer(20 * MS, () => seen.push(`ours@${clock.now}`));
    setTimeout(() => seen.push(`user@${clock.now}`), 15);

    await clock.advance(20 * MS);

    expect(seen).toEqual([
      `user@${5 * MS}`,
      `ours@${10 * MS}`,
      `user tie@${10 * MS}`,
      `user@${15 * MS}`,
      `ours@${20 * MS}`,
    ]);
    expect(clock.now).toBe(20 * MS);
  });

  it('moves with vi.advanceTimersByTimeAsync, which fires our timers too', async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    const seen: string[] = [];
    clock.setTimer(30 * MS, () => seen.push(`ours@${clock.now}`));

    await vi.advanceTimersByTimeAsync(30);
    await clock.advance(5 * MS);

    expect(seen).toEqual([`ours@${30 * MS}`]);
    expect(clock.now).toBe(35 * MS);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rounds delays up to whole milliseconds, never firing early', async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    const seen: number[] = [];

    clock.setTimer(1, () => seen.push(clock.now));
    clock.setTimer(1_500_000, () => seen.push(clock.now));
    await clock.advance(MS);
    await clock.advance(MS);

    expect(seen).toEqual([MS, 2 * MS]);
  });

  it('lets continuations through our timers and the user timers run as time moves', async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    const job = async (): Promise<number> => {
      await clock.sleep(10 * MS);
      await new Promise((resolve) => setTimeout(resolve, 5));
      await clock.sleep(10 * MS);
      return clock.now;
    };
    const done = job();

    await clock.advance(30 * MS);

    await expect(done).resolves.toBe(25 * MS);
  });

  it('auto-advances the user clock', async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    clock.autoAdvance = true;

    await clock.sleep(30_000 * MS);

    expect(clock.now).toBe(30_000 * MS);
    clock.dispose();
  });

  it("clears its timers from the user's clock on dispose", () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    clock.setTimer(MS, () => undefined);
    clock.setTimer(2 * MS, () => undefined, { background: true });
    expect(vi.getTimerCount()).toBe(2);

    clock.dispose();

    expect(vi.getTimerCount()).toBe(0);
  });

  it('relays a timer beyond 2^31 - 1 ms instead of letting fake-timers cut it to 1 ms', async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    const late = 3_000_000_000 * MS;
    const seen: number[] = [];
    clock.setTimer(late, () => seen.push(clock.now));

    await clock.advance(MS);
    expect(seen).toEqual([]);

    await clock.runUntilIdle();
    expect(seen).toEqual([late]);
  });

  it('stops with an error when the user clears its timers from under it', async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    clock.setTimer(MS, () => undefined, { label: 'kill timeout' });

    vi.clearAllTimers();

    await expect(clock.runUntilIdle()).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: clock.mode: "global": the installed fake clock did not fire timer "kill timeout" at its due time (1000000 ns); its timers were changed under it (vi.clearAllTimers(), vi.setSystemTime(), or fake timers installed again). Make a new clock after changing the fake clock]`,
    );
  });
});

// The code under test in a supervisor's shape: wait for the task, back off on its own setTimeout,
// then run the task again.
async function supervise(clock: VirtualClock): Promise<number> {
  await clock.sleep(10 * MS);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await clock.sleep(10 * MS);
  return clock.now;
}

describe("mode 'global' and the user's own timers", () => {
  it("runs until neither its timers nor the user's are pending", async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    const done = supervise(clock);

    await clock.runUntilIdle();

    await expect(done).resolves.toBe(1020 * MS);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("runs a user's timer that is pending before any of ours", async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    const seen: number[] = [];
    setTimeout(() => clock.setTimer(5 * MS, () => seen.push(clock.now)), 60_000);

    await clock.runUntilIdle();

    expect(seen).toEqual([60_005 * MS]);
  });

  it("stops a user's interval that never ends at the loop guard", async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global', limit: 50 });
    setInterval(() => undefined, 1000);

    await expect(clock.runUntilIdle()).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ClockLimitError: taskdouble: the clock fired 50 timers in one run and still was not done (limit: 50); the next timer, "user setInterval" due at 51000000000 ns, did not run. A timer that keeps rescheduling itself loops forever; if the run is just long, raise the clock's limit option, e.g. { limit: 500 }]`,
    );
  });

  it("counts the user's pending timers as busy", () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    expect(clock.busy).toBe(false);

    const id = setTimeout(() => undefined, 1000);
    expect(clock.busy).toBe(true);

    clearTimeout(id);
    expect(clock.busy).toBe(false);
  });

  it('auto-advances to a timer of the user when none of ours is pending', async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    clock.autoAdvance = true;

    await new Promise((resolve) => setTimeout(resolve, 1000));

    expect(clock.now).toBe(1000 * MS);
    clock.dispose();
  });

  it("auto-advances through the user's backoff between our timers", async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    clock.autoAdvance = true;

    await expect(supervise(clock)).resolves.toBe(1020 * MS);
    clock.dispose();
  });

  it("runs until a condition that the user's timer brings about", async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock({ mode: 'global' });
    let restarted = false;
    void supervise(clock).then(() => (restarted = true));

    await expect(clock.runUntil(() => restarted, Number.MAX_SAFE_INTEGER)).resolves.toBe(true);
    expect(clock.now).toBe(1020 * MS);
  });
});

describe("mode 'own' and the user's own timers", () => {
  it("runs until idle without waiting for the user's timers, which stay pending", async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock();
    clock.setTimer(10 * MS, () => undefined);
    setTimeout(() => undefined, 1000);

    await clock.runUntilIdle();

    expect([clock.now, clock.busy, vi.getTimerCount()]).toEqual([10 * MS, false, 1]);
  });
});
