import { checkNanoseconds, parseClockOptions, type ClockOptions } from './clock-options.js';
import {
  disposedError,
  limitError,
  lostTimerError,
  noFakeClockError,
  notAFunctionError,
  tooLateError,
} from './clock-errors.js';
import { GlobalTime, installedFakeClock, type UserTimer } from './global-time.js';
import { OwnTime } from './own-time.js';
import { IdleWatcher } from './idle-watcher.js';
import { macrotask } from './real-timers.js';
import type { TimeSource } from './time-source.js';
import { TimerItem, type PendingTimer, type TimerHandle, type TimerOptions } from './timer-item.js';
import { TimerQueue } from './timer-queue.js';

// A real-time poller that schedules or clears a timer on every turn would never settle; after
// this many turns the instant counts as settled and time moves on.
const MAX_SETTLE_TURNS = 1000;

/**
 * Virtual time in integer nanoseconds on @sinonjs/fake-timers. Order is total: due time, then
 * scheduling order; everything due at an instant, and the promise continuations it causes,
 * settles before time moves on. Timer callbacks are synchronous.
 *
 * @example
 * const clock = new VirtualClock();
 * clock.setTimer(1, () => seen.push(clock.now));
 * await clock.advance(1_000_000); // seen: [1]; clock.now: 1000000
 */
export class VirtualClock {
  readonly #source: TimeSource;
  readonly #limit: number;
  readonly #timers = new TimerQueue();
  #seq = 0;
  // setTimer/clearTimer calls so far: a turn of the event loop that left it unchanged was idle.
  #changes = 0;
  #fired = 0;
  #inRun = false;
  #method = 'advance';
  #queued = 0;
  #tail: Promise<unknown> = Promise.resolve();
  #failure: Error | undefined;
  #disposed = false;
  #auto = false;
  // Global mode only: the user's installed clock, whose own timers count as work too.
  readonly #global: GlobalTime | undefined;
  #userActivity = '';
  readonly #idle = new IdleWatcher({
    changes: () => {
      this.#noteUserActivity();
      return this.#changes;
    },
    canJump: () => this.#auto && this.#queued === 0 && this.busy,
    keepWatching: () => this.#auto && !this.#disposed && this.#global?.isInstalled() === true,
    jump: () => {
      this.#autoJump();
    },
  });

  constructor(options?: ClockOptions) {
    const { mode, limit } = parseClockOptions(options);
    this.#limit = limit;
    if (mode === 'own') {
      this.#source = new OwnTime((due) => this.#fireInstant(due));
      this.#global = undefined;
      return;
    }

    const fake = installedFakeClock();
    if (fake === undefined) throw noFakeClockError();
    this.#global = new GlobalTime(fake, (item) => this.#fireFromUserClock(item));
    this.#source = this.#global;
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
      await this.#settleNow();
      await this.#runTo(target);
    });
  }

  /**
   * Runs instant after instant until only background timers are left. In global mode the user's
   * own timers on the installed fake clock count too: it runs until none of theirs is pending
   * either (an interval that never stops is caught by the loop guard, like one of ours).
   */
  runUntilIdle(): Promise<void> {
    return this.#run('runUntilIdle', async () => {
      await this.#settleNow();
      for (let next = this.#nextWork(); next; next = this.#nextWork()) {
        await this.#runTo(next.due);
      }
    });
  }

  /** Runs instant by instant until `done()` holds after one (true) or `deadline` ns is reached (false). */
  runUntil(done: () => boolean, deadline: number): Promise<boolean> {
    return this.#run('runUntil', async () => {
      if (typeof done !== 'function') throw notAFunctionError('clock.runUntil', done);
      checkNanoseconds('clock.runUntil deadline', deadline);

      await this.#settleNow();
      if (done()) return true;
      return this.#runTo(Math.max(deadline, this.now), done);
    });
  }

  /** Runs what is due now and lets promise continuations run, without moving time. */
  settle(): Promise<void> {
    return this.#run('settle', () => this.#settleNow());
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
    this.#fired = 0;
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
        if (!streak) this.#fired = 0;
        this.#inRun = true;
        return await body();
      } finally {
        this.#inRun = false;
        this.#queued--;
        this.#idle.wake();
      }
    });
    this.#tail = result.catch(() => undefined);
    return result;
  }

  async #runTo(target: number, done?: () => boolean): Promise<boolean> {
    for (let next = this.#next(); next && next.due <= target; next = this.#next()) {
      // Stop before moving time to an instant that may not run.
      if (this.#fired >= this.#limit) throw limitError(this.#limit, next);
      await (next instanceof TimerItem ? this.#fireEarliest(next) : this.#fireUser(next));
      await this.#settle();
      if (done?.() === true) return true;
    }

    if (target > this.now) {
      await this.#source.moveTo(target);
      this.#check();
    }
    return done?.() === true;
  }

  async #settleNow(): Promise<void> {
    const next = this.#timers.peek();
    if (next !== undefined && next.due <= this.now) await this.#fireEarliest(next);
    await this.#settle();
  }

  // What fires next: our earliest timer, or in global mode the user's when it comes strictly
  // earlier (at one millisecond, ticking to ours fires theirs too, in fake-timers' order).
  #next(): TimerItem | UserTimer | undefined {
    return this.#withUser(this.#timers.peek());
  }

  // What keeps runUntilIdle and autoAdvance going: our next foreground timer or the user's next.
  #nextWork(): TimerItem | UserTimer | undefined {
    return this.#withUser(this.#timers.peekForeground());
  }

  #withUser(ours: TimerItem | undefined): TimerItem | UserTimer | undefined {
    const user = this.#global?.userTimers().next;
    if (user === undefined) return ours;
    return ours === undefined || user.due < ours.due ? user : ours;
  }

  // Global mode: moves the user's clock to their next timer, which fires it (and anything of ours
  // due at that millisecond). It counts toward the loop guard, so a user interval cannot loop forever.
  async #fireUser(next: UserTimer): Promise<void> {
    this.#fired++;
    await this.#source.fireAt(next.due);
    this.#check();

    const after = this.#global?.userTimers().next;
    if (
      after !== undefined &&
      after.id === next.id &&
      after.callAt === next.callAt &&
      next.id >= 0
    ) {
      throw lostTimerError(next);
    }
  }

  async #fireEarliest(next: TimerItem): Promise<void> {
    await this.#source.fireAt(next.due);
    this.#check();

    // Firing always takes the earliest timer away, unless the user's fake clock lost it.
    if (this.#timers.peek() === next) throw lostTimerError(next);
  }

  // Lets the instant's promise continuations run: turn the real event loop until a turn neither
  // scheduled anything for this instant nor changed any timer, so chains through several awaits
  // (or through a real setImmediate) finish before time moves.
  async #settle(): Promise<void> {
    for (let turn = 0; turn < MAX_SETTLE_TURNS; turn++) {
      this.#noteUserActivity();
      const before = this.#changes;
      await macrotask();
      this.#check();
      this.#noteUserActivity();

      const next = this.#timers.peek();
      if (next !== undefined && next.due <= this.now) {
        await this.#fireEarliest(next);
      } else if (this.#changes === before) {
        return;
      }
    }
  }

  // Own mode: time is at `due`; run that instant's items, including those their callbacks
  // schedule for the same instant.
  #fireInstant(due: number): void {
    for (let item = this.#timers.peek(); item && item.due === due; item = this.#timers.peek()) {
      if (this.#overLimit(item)) return;
      this.#timers.remove(item);
      item.callback();
    }
  }

  // Global mode: the user's clock fired one of our timers (in our run or in theirs).
  #fireFromUserClock(item: TimerItem): void {
    this.#timers.remove(item);
    if (!this.#overLimit(item)) item.callback();
  }

  #overLimit(item: TimerItem): boolean {
    if (this.#failure !== undefined) return this.#inRun;
    if (!this.#inRun || ++this.#fired <= this.#limit) return false;

    this.#failure = limitError(this.#limit, item);
    return true;
  }

  // Global mode: the user scheduling, clearing or firing timers counts as timer activity, so
  // settling and autoAdvance wait for the user's chains as they do for ours.
  #noteUserActivity(): void {
    if (this.#global === undefined) return;
    const { activity } = this.#global.userTimers();
    if (activity === this.#userActivity) return;
    this.#userActivity = activity;
    this.#changes++;
  }

  // Runs to the next non-background timer for autoAdvance (in global mode, or the user's next
  // timer); nobody awaits this run, so its error is kept for the next call, and jumping stops.
  #autoJump(): void {
    const next = this.#nextWork();
    if (next === undefined) return;

    this.#run('autoAdvance', () => this.#runTo(next.due), true).catch((error: unknown) => {
      this.#auto = false;
      this.#failure ??= error instanceof Error ? error : new Error(String(error));
    });
  }

  #check(method = this.#method): void {
    if (this.#disposed) throw disposedError(method);
    const failure = this.#failure;
    if (failure === undefined) return;
    this.#failure = undefined;
    throw failure;
  }
}
