import { withGlobal, type Clock } from '@sinonjs/fake-timers';

import { realTimersGlobal } from './real-timers.js';
import { NS_PER_MS, type TimeSource } from './time-source.js';

// Built once: withGlobal does a fair amount of feature detection, and every clock can share it.
const fakeTimers = withGlobal(realTimersGlobal);

/**
 * A private fake-timers clock with nanoseconds on top. fake-timers counts whole milliseconds, so
 * for each instant its time is ticked to the millisecond at or after the exact due time, and the
 * instant's items then run with `now` at their exact due ns: never early, and 1 ns is 1 ns.
 *
 * The items wait in the virtual clock's own heap rather than as fake-timers timers: arming a
 * fake timer per instant costs more than the rest of an instant together, and gains nothing, as
 * this fake clock is private and only ever has the one schedule.
 */
export class OwnTime implements TimeSource {
  readonly #fake: Clock = fakeTimers.createClock(0, Number.MAX_SAFE_INTEGER);
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
    this.#fake.reset();
  }

  // Keeps fake-timers' time at the millisecond at or after `now`.
  #tickTo(at: number): void {
    const ms = Math.ceil(at / NS_PER_MS);
    if (ms > this.#fake.now) this.#fake.tick(ms - this.#fake.now);
    this.#now = at;
  }
}
