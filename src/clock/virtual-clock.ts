import { checkNanoseconds, parseClockOptions, type ClockOptions } from './clock-options.js';
import {
  disposedError,
  noFakeClockError,
  notAFunctionError,
  tooLateError,
} from './clock-errors.js';
import { GlobalTime, installedFakeClock } from './global-time.js';
import { IdleWatcher } from './idle-watcher.js';
import { LoopGuard } from './loop-guard.js';
import { OwnTime } from './own-time.js';
import { RunLoop } from './run-loop.js';
import type { TimeSource } from './time-source.js';
import { TimerItem, type PendingTimer, type TimerHandle, type TimerOptions } from './timer-item.js';
import { TimerQueue } from './timer-queue.js';

/**
 * Virtual time in integer nanoseconds on @sinonjs/fake-timers. Order is total: due time, then
 * scheduling order; everything due at an instant, and the promise continuations it causes,
 * settles before time moves on. Timer callbacks are synchronous.
 *
 * This file holds the clock's API, its runs (one at a time, in call order) and autoAdvance; how a
 * run moves through time is `RunLoop`'s, and counting what a run fires is `LoopGuard`'s.
 *
 * @example
 * const clock = new VirtualClock();
 * clock.setTimer(1, () => seen.push(clock.now));
 * await clock.advance(1_000_000); // seen: [1]; clock.now: 1000000
 */
export class VirtualClock {
  readonly #timers = new TimerQueue();
  readonly #source: TimeSource;
  // Global mode only: the user's installed clock, whose own timers count as work too.
  readonly #global: GlobalTime | undefined;
  readonly #guard: LoopGuard;
  readonly #loop: RunLoop;
  #seq = 0;
  // Timer activity so far, and the user's as last seen in global mode: see #activity().
  #changes = 0;
  #userActivity = '';
  #method = 'advance';
  #queued = 0;
  #tail: Promise<unknown> = Promise.resolve();
  #disposed = false;
  #auto = false;
  readonly #idle = new IdleWatcher({
    changes: () => this.#activity(),
    canJump: () => this.#auto && this.#queued === 0 && this.busy,
    keepWatching: () => this.#auto && !this.#disposed && this.#global?.isInstalled() === true,
    jump: () => {
      this.#autoJump();
    },
  });

  constructor(options?: ClockOptions) {
    const { mode, limit } = parseClockOptions(options);
    this.#guard = new LoopGuard(limit);

    if (mode === 'own') {
      this.#global = undefined;
      this.#source = new OwnTime((due) => this.#loop.fireInstant(due));
    } else {
      const fake = installedFakeClock();
      if (fake === undefined) throw noFakeClockError();
      this.#global = new GlobalTime(fake, (item) => this.#loop.fireFromUserClock(item));
      this.#source = this.#global;
    }

    this.#loop = new RunLoop({
      timers: this.#timers,
      source: this.#source,
      global: this.#global,
      guard: this.#guard,
      activity: () => this.#activity(),
      check: () => {
        this.#check();
      },
    });
  }

  /** Virtual time in ns since the clock was made (whole milliseconds in global mode). */
  get now(): number {
    return this.#source.now();
  }

  /** Calls `callback` once, `delay` ns from now (rounded up to whole ms in global mode). */
  setTimer(delay: number, callback: () => void, options: TimerOptions = {}): TimerHandle {
    if (this.#disposed) throw disposedError('setTimer');
    checkNanoseconds('clock.setTimer', delay);
    if (typeof callback !== 'function') throw notAFunctionError('clock.setTimer', callback);

    const due = this.#source.dueAfter(delay);
    if (due > Number.MAX_SAFE_INTEGER) throw tooLateError('clock.setTimer', delay, this.now);

    const background = options.background === true;
    const item = new TimerItem(due, this.#seq++, callback, background, options.label ?? 'timer');
    this.#timers.add(item);
    this.#source.add(item);
    this.#changes++;
    if (!background) this.#idle.wake();
    return item;
  }

  /** Cancels a pending timer; a fired, cleared or foreign handle is ignored. */
  clearTimer(handle: TimerHandle): void {
    if (!(handle instanceof TimerItem) || !this.#timers.remove(handle)) return;
    this.#source.remove(handle);
    this.#changes++;
  }

  /** Resolves when the clock reaches now + `delay`. */
  sleep(delay: number): Promise<void> {
    return new Promise((resolve) => {
      this.setTimer(delay, resolve, { label: 'sleep' });
    });
  }

  /** Runs everything due up to and including now + `delay`, in order, and ends at exactly that time. */
  advance(delay: number): Promise<void> {
    return this.#run('advance', async () => {
      checkNanoseconds('clock.advance', delay);
      const target = this.#source.dueAfter(delay);
      if (target > Number.MAX_SAFE_INTEGER) throw tooLateError('clock.advance', delay, this.now);

      // What the caller's own continuations schedule for the current instant runs before time moves.
      await this.#loop.settleNow();
      await this.#loop.runTo(target);
    });
  }

  /**
   * Runs instant after instant until only background timers are left. In global mode the user's
   * own timers on the installed fake clock count too: it runs until none of theirs is pending
   * either (an interval that never stops is caught by the loop guard, like one of ours).
   */
  runUntilIdle(): Promise<void> {
    return this.#run('runUntilIdle', async () => {
      await this.#loop.settleNow();
      await this.#loop.runWhileBusy();
    });
  }

  /** Runs instant by instant until `done()` holds after one (true) or `deadline` ns is reached (false). */
  runUntil(done: () => boolean, deadline: number): Promise<boolean> {
    return this.#run('runUntil', async () => {
      if (typeof done !== 'function') throw notAFunctionError('clock.runUntil', done);
      checkNanoseconds('clock.runUntil deadline', deadline);

      await this.#loop.settleNow();
      if (done()) return true;
      return this.#loop.runTo(Math.max(deadline, this.now), done);
    });
  }

  /** Runs what is due now and lets promise continuations run, without moving time. */
  settle(): Promise<void> {
    return this.#run('settle', () => this.#loop.settleNow());
  }

  /**
   * Whether any timer but a background one is pending: something is still to happen. In global
   * mode a pending timer of the user's own (on the installed fake clock) counts too.
   */
  get busy(): boolean {
    if (this.#timers.foregroundSize > 0) return true;
    return this.#global !== undefined && this.#global.userTimers().count > 0;
  }

  /** The pending timers in firing order, for diagnostics. */
  pending(): PendingTimer[] {
    return this.#timers.sorted().map(({ due, label, background }) => ({ due, label, background }));
  }

  /**
   * When true, whenever no advance or run is going on and a turn of the event loop passes without
   * new timer activity, time jumps to the next non-background timer and runs it, so code under
   * test can await what needs virtual time. It never spins on background timers alone. In global
   * mode it jumps to the user's own timers on the installed fake clock too.
   */
  get autoAdvance(): boolean {
    return this.#auto;
  }

  set autoAdvance(on: boolean) {
    this.#auto = on;
    this.#guard.reset();
    this.#idle.wake();
  }

  /** Clears every timer; the clock refuses further use. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#auto = false;

    for (const item of this.#timers.clear()) this.#source.remove(item);
    this.#source.dispose();
  }

  /** `using clock = new VirtualClock()` disposes it at the end of the block. */
  [Symbol.dispose](): void {
    this.dispose();
  }

  // Runs one at a time, in call order: two interleaved loops would break the total order.
  #run<T>(method: string, body: () => Promise<T>, streak = false): Promise<T> {
    if (this.#disposed) return Promise.reject(disposedError(method));

    this.#queued++;
    const result = this.#tail.then(async () => {
      try {
        this.#method = method;
        this.#check();
        this.#guard.begin(streak);
        return await body();
      } finally {
        this.#guard.end();
        this.#queued--;
        this.#idle.wake();
      }
    });
    this.#tail = result.catch(() => undefined);
    return result;
  }

  // Timer activity so far: setTimer/clearTimer calls and, in global mode, the user scheduling,
  // clearing or firing timers, so that settling and autoAdvance wait for the user's chains as
  // they do for ours. A turn of the event loop that left it unchanged was idle.
  #activity(): number {
    if (this.#global !== undefined) {
      const { activity } = this.#global.userTimers();
      if (activity !== this.#userActivity) {
        this.#userActivity = activity;
        this.#changes++;
      }
    }
    return this.#changes;
  }

  // Runs to the next non-background timer for autoAdvance (in global mode, or the user's next
  // timer); nobody awaits this run, so its error is kept for the next call, and jumping stops.
  #autoJump(): void {
    const next = this.#loop.nextWork();
    if (next === undefined) return;

    this.#run('autoAdvance', () => this.#loop.runTo(next.due), true).catch((error: unknown) => {
      this.#auto = false;
      this.#guard.keep(error);
    });
  }

  #check(method = this.#method): void {
    if (this.#disposed) throw disposedError(method);
    this.#guard.throwKept();
  }
}
