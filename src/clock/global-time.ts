import type { Clock } from '@sinonjs/fake-timers';

import type { TimerItem } from './timer-item.js';
import { MAX_FAKE_DELAY_MS, NS_PER_MS, type TimeSource } from './time-source.js';

/** One timer as fake-timers keeps it in `clock.timers` (the fields read here). */
interface FakeTimer {
  id: number;
  callAt: number;
  type?: string;
}

/** The parts of an installed fake clock (Vitest's bundled copy or Jest's) that are used here. */
type InstalledClock = Pick<Clock, 'now' | 'setTimeout' | 'clearTimeout' | 'tickAsync'> & {
  duringTick?: boolean;
  // fake-timers' own bookkeeping: pending timers by id (a Map since fake-timers 15.5, a plain
  // object in the copy Vitest 4.1 bundles), and faked microtasks (Jest fakes queueMicrotask and
  // process.nextTick), which run at the start of the next tick.
  timers?: Map<number, FakeTimer> | Record<string, FakeTimer>;
  jobs?: unknown[];
};

/** The user's next pending timer on the installed clock. */
export interface UserTimer {
  /** Due time in ns since the virtual clock started. */
  due: number;
  /** What it is, for loop-guard errors: `user setTimeout`, `user setInterval`, ... */
  label: string;
  /** fake-timers' id, to tell whether firing took it away. */
  id: number;
  /** fake-timers' due time in ms: an interval keeps its id and moves this on. */
  callAt: number;
}

/** The user's own pending timers on the installed clock, ours left out. */
export interface UserTimers {
  /** How many: timers plus faked microtasks. */
  count: number;
  /** The one fake-timers fires first, if any. */
  next: UserTimer | undefined;
  /** Changes whenever the user schedules, clears or fires something: count and newest id. */
  activity: string;
}

const HANDLER_NAMES: Record<string, string> = {
  Timeout: 'setTimeout',
  Interval: 'setInterval',
  Immediate: 'setImmediate',
  AnimationFrame: 'requestAnimationFrame',
  IdleCallback: 'requestIdleCallback',
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
 * fires our items just as `advance` does. It also reports the user's own timers, so that the clock
 * can run them and wait for them as it does for its own.
 */
export class GlobalTime implements TimeSource {
  readonly #fake: InstalledClock;
  readonly #fire: (item: TimerItem) => void;
  readonly #startMs: number;
  // fake-timers ids of the timers carrying our items: everything else on the clock is the user's.
  readonly #ours = new Set<number>();

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
    this.#ours.delete(Number(item.fakeId));
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

  /** Whether this fake clock is still the installed one (`vi.useRealTimers()` uninstalls it). */
  isInstalled(): boolean {
    return installedFakeClock() === this.#fake;
  }

  /**
   * The user's pending timers. One pass over fake-timers' timer table, which fake-timers itself
   * scans for every timer it fires, so this adds no order of cost.
   */
  userTimers(): UserTimers {
    const jobs = this.#fake.jobs?.length ?? 0;
    let count = jobs;
    let newest = 0;
    let first: FakeTimer | undefined;

    for (const timer of timersOf(this.#fake)) {
      if (this.#ours.has(timer.id)) continue;
      count++;
      if (timer.id > newest) newest = timer.id;
      if (first === undefined || timer.callAt < first.callAt) first = timer;
      else if (timer.callAt === first.callAt && timer.id < first.id) first = timer;
    }

    return { count, next: this.#describe(first, jobs), activity: `${count}:${newest}` };
  }

  #describe(first: FakeTimer | undefined, jobs: number): UserTimer | undefined {
    // Faked microtasks run at the start of any tick: they are due now.
    if (jobs > 0)
      return { due: this.now(), label: 'user microtask', id: -1, callAt: this.#fake.now };
    if (first === undefined) return undefined;

    const ms = Math.max(first.callAt, this.#fake.now) - this.#startMs;
    const handler = HANDLER_NAMES[first.type ?? 'Timeout'] ?? 'timer';
    return {
      due: Math.ceil(ms) * NS_PER_MS,
      label: `user ${handler}`,
      id: first.id,
      callAt: first.callAt,
    };
  }

  async #tickTo(at: number): Promise<void> {
    const ms = this.#startMs + Math.ceil(at / NS_PER_MS);
    await this.#fake.tickAsync(Math.max(0, ms - this.#fake.now));
  }

  #arm(item: TimerItem): void {
    const remaining = this.#startMs + item.due / NS_PER_MS - this.#fake.now;

    // fake-timers cuts delays above 2^31 - 1 ms to 1 ms; relay such items in legal steps.
    if (remaining > MAX_FAKE_DELAY_MS) {
      this.#carry(item, MAX_FAKE_DELAY_MS, () => {
        this.#arm(item);
      });
      return;
    }

    this.#carry(item, remaining, () => {
      this.#fire(item);
    });
  }

  // Sets the fake timer that carries `item`, remembering it as ours until it fires.
  #carry(item: TimerItem, delay: number, then: () => void): void {
    const handle: unknown = this.#fake.setTimeout(() => {
      this.#ours.delete(id);
      then();
    }, delay);
    // In Node fake-timers returns a timer object whose primitive value is the id.
    const id = Number(handle);
    item.fakeId = handle;
    this.#ours.add(id);
  }
}

// The pending timers of a fake clock, whichever way its fake-timers version keeps them. Duck
// typing, not instanceof: under Jest the clock's Map comes from another realm.
function timersOf(fake: InstalledClock): Iterable<FakeTimer> {
  const timers = fake.timers;
  if (timers === undefined) return [];
  if (typeof timers.values === 'function') return (timers as Map<number, FakeTimer>).values();
  return Object.values(timers);
}
