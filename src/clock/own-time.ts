import { withGlobal, type Clock } from '@sinonjs/fake-timers';

import { realTimersGlobal } from './real-timers.js';
import { NS_PER_MS, type TimeSource } from './time-source.js';

// Built once: withGlobal does a fair amount of feature detection, and every clock can share it.
const fakeTimers = withGlobal(realTimersGlobal);

// Clocks of disposed scenarios, reset to time 0, for the next ones: creating a fake-timers clock
// (its own Date class and a few dozen closures) cost more than the rest of a short test's setup.
// Nothing is ever scheduled on these clocks, so a reset one is as good as a new one.
const spareClocks: Clock[] = [];
const MAX_SPARE_CLOCKS = 8;

/**
 * A private fake-timers clock with nanoseconds on top. fake-timers counts whole milliseconds, so
 * for each instant its time is ticked to the millisecond at or after the exact due time, and the
 * instant's items then run with `now` at their exact due ns: never early, and 1 ns is 1 ns.
 *
 * The items wait in the virtual clock's own heap rather than as fake-timers timers: arming a
 * fake timer per instant costs more than the rest of an instant together, and gains nothing, as
 * this fake clock is private and only ever has the one schedule. The fake clock is taken when
 * time first moves (a scenario that never advances needs none) and handed back on `dispose`.
 */
export class OwnTime implements TimeSource {
  #fake: Clock | undefined;
  readonly #fire: (due: number) => void;
  #now = 0;

  /** `fire(due)` runs the items due at `due`. */
  constructor(fire: (due: number) => void) {
    this.#fire = fire;
  }

  now(): number {
    return this.#now;
  }

  dueAfter(delay: number): number {
    return this.#now + delay;
  }

  add(): void {
    // Items wait in the virtual clock's heap.
  }

  remove(): void {
    // Nothing was handed to fake-timers.
  }

  fireAt(due: number): void {
    this.#tickTo(due);
    this.#fire(due);
  }

  moveTo(target: number): void {
    this.#tickTo(target);
  }

  dispose(): void {
    const fake = this.#fake;
    if (fake === undefined) return;
    this.#fake = undefined;
    fake.reset();
    if (spareClocks.length < MAX_SPARE_CLOCKS) spareClocks.push(fake);
  }

  // Keeps fake-timers' time at the millisecond at or after `now`.
  #tickTo(at: number): void {
    const ms = Math.ceil(at / NS_PER_MS);
    const fake = (this.#fake ??= takeClock());
    if (ms > fake.now) fake.tick(ms - fake.now);
    this.#now = at;
  }
}

function takeClock(): Clock {
  return spareClocks.pop() ?? fakeTimers.createClock(0, Number.MAX_SAFE_INTEGER);
}
