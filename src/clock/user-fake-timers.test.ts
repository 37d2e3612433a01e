import { afterEach, describe, expect, it, vi } from 'vitest';

import { VirtualClock } from './virtual-clock.js';

const S = 1_000_000_000;

afterEach(() => {
  vi.useRealTimers();
});

/** Runs a small schedule on a clock: timers, a sleep, and a continuation. */
async function exercise(clock: VirtualClock): Promise<string[]> {
  const seen: string[] = [];
  clock.setTimer(S, () => seen.push(`timer@${clock.now}`));
  void clock.sleep(2 * S).then(() => seen.push(`slept@${clock.now}`));

  await clock.advance(3 * S);
  await clock.runUntilIdle();
  clock.dispose();
  return seen;
}

const expected = [`timer@${S}`, `slept@${2 * S}`];

describe("the own clock and the user's vi.useFakeTimers()", () => {
  it('advances when fake timers were installed before the clock was made', async () => {
    vi.useFakeTimers();

    await expect(exercise(new VirtualClock())).resolves.toEqual(expected);
  });

  it('advances when fake timers are installed after the clock was made', async () => {
    const clock = new VirtualClock();
    vi.useFakeTimers();

    await expect(exercise(clock)).resolves.toEqual(expected);
  });

  it('advances when the clock module itself is loaded while fake timers are on', async () => {
    vi.useFakeTimers();
    vi.resetModules();
    const fresh = await import('./virtual-clock.js');

    await expect(exercise(new fresh.VirtualClock())).resolves.toEqual(expected);
  });

  it("leaves the user's fake clock where it was", async () => {
    vi.useFakeTimers({ now: 0 });
    let fired = false;
    setTimeout(() => (fired = true), 1000);

    await exercise(new VirtualClock());

    expect(Date.now()).toBe(0);
    expect(fired).toBe(false);
  });

  it('auto-advances while fake timers are on', async () => {
    vi.useFakeTimers();
    const clock = new VirtualClock();
    clock.autoAdvance = true;

    await clock.sleep(30 * S);

    expect(clock.now).toBe(30 * S);
    clock.dispose();
  });
});
