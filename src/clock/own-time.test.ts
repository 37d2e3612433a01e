import { describe, expect, it } from 'vitest';

import { OwnTime } from './own-time.js';
import { VirtualClock } from './virtual-clock.js';

describe('OwnTime', () => {
  it('starts at 0 and fires each instant at its exact ns', () => {
    const fired: number[] = [];
    const time = new OwnTime((due) => fired.push(due));

    time.fireAt(1);
    time.fireAt(1_500_001);
    time.moveTo(3_000_000_000);

    expect(fired).toEqual([1, 1_500_001]);
    expect(time.now()).toBe(3_000_000_000);
  });

  it('starts a clock made after another was disposed at 0 again', () => {
    const old = new OwnTime(() => undefined);
    old.fireAt(30_000_000_000);
    old.dispose();

    const fired: number[] = [];
    const time = new OwnTime((due) => fired.push(due));
    time.fireAt(1);

    expect(fired).toEqual([1]);
    expect(time.now()).toBe(1);
  });

  it('lets a disposed time source be disposed again', () => {
    const time = new OwnTime(() => undefined);
    time.fireAt(5);
    time.dispose();

    expect(() => {
      time.dispose();
    }).not.toThrow();
  });
});

describe('own clocks one after another', () => {
  it('runs a new clock from 0 to the ns after an old one ran far and was disposed', async () => {
    const old = new VirtualClock();
    old.setTimer(60_000_000_000, () => undefined);
    await old.runUntilIdle();
    old.dispose();

    const clock = new VirtualClock();
    const seen: number[] = [];
    clock.setTimer(1, () => seen.push(clock.now));
    clock.setTimer(1_000_001, () => seen.push(clock.now));
    await clock.runUntilIdle();

    expect(seen).toEqual([1, 1_000_001]);
    clock.dispose();
  });
});
