import type { Clock } from '@sinonjs/fake-timers';

import type { TimerItem } from './timer-item.js';
import { MAX_FAKE_DELAY_MS, NS_PER_MS, type TimeSource } from './time-source.js';

/** The parts of an installed fake clock (Vitest's bundled copy or Jest's) that are used here. */
type InstalledClock = Pick<Clock, 'now' | 'setTimeout' | 'clearTimeout' | 'tickAsync'> & {
  duringTick?: boolean;
};

/**
 * The fake clock the user installed with `vi.useFakeTimers()` or `jest.useFakeTimers()`, if any.
 * Both hang it on the faked `setTimeout` as `setTimeout.clock`.
 */
export function installedFakeClock(): InstalledClock | undefined {
  const clock: unknown = (globalThis.setTimeout as { clock?: unknown }).clock;
  if (typeof clock !== 'object' || clock === null) return undefined;

  const candidate = clock as Partial<InstalledClock>;
  const usable =
    typeof candidate.now === 'number' &&
    typeof candidate.setTimeout === 'function' &&
    typeof candidate.clearTimeout === 'function' &&
    typeof candidate.tickAsync === 'function';
  return usable ? (candidate as InstalledClock) : undefined;
}

/**
 * Time from the user's installed fake clock, in whole milliseconds. Every item is a timer of that
 * clock, so the user's own timers interleave with ours in time order, and `vi.advanceTimersByTimeAsync`
 * fires our items just as `advance` does.
 */
export class GlobalTime implements TimeSource {
  readonly #fake: InstalledClock;
  readonly #fire: (item: TimerItem) => void;
  readonly #startMs: number;

  /** `fire(item)` runs one item; the user's clock calls it when the item is due. */
  constructor(fake: InstalledClock, fire: (item: TimerItem) => void) {
    this.#fake = fake;
    this.#fire = fire;
    this.#startMs = fake.now;
  }

  now(): number {
    return (this.#fake.now - this.#startMs) * NS_PER_MS;
  }

  dueAfter(delay: number): number {
    // Rounded up to whole ms, never early; inside a tick fake-timers turns a 0 ms delay into 1 ms.
    let ms = Math.ceil(delay / NS_PER_MS);
    if (ms === 0 && this.#fake.duringTick === true) ms = 1;
    return this.now() + ms * NS_PER_MS;
  }

  add(item: TimerItem): void {
    this.#arm(item);
  }

  remove(item: TimerItem): void {
    this.#fake.clearTimeout(item.fakeId as number);
  }

  async fireAt(due: number): Promise<void> {
    await this.#tickTo(due);
  }

  async moveTo(target: number): Promise<void> {
    await this.#tickTo(target);
  }

  dispose(): void {
    // The clock clears its items one by one through remove(); the user's clock stays theirs.
  }

  async #tickTo(at: number): Promise<void> {
    const ms = this.#startMs + Math.ceil(at / NS_PER_MS);
    await this.#fake.tickAsync(Math.max(0, ms - this.#fake.now));
  }

  #arm(item: TimerItem): void {
    const remaining = this.#startMs + item.due / NS_PER_MS - this.#fake.now;

    // fake-timers cuts delays above 2^31 - 1 ms to 1 ms; relay such items in legal steps.
    if (remaining > MAX_FAKE_DELAY_MS) {
      item.fakeId = this.#fake.setTimeout(() => {
        this.#arm(item);
      }, MAX_FAKE_DELAY_MS);
      return;
    }

    item.fakeId = this.#fake.setTimeout(() => {
      this.#fire(item);
    }, remaining);
  }
}
