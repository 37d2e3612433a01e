import { lostTimerError } from './clock-errors.js';
import type { GlobalTime, UserTimer } from './global-time.js';
import type { LoopGuard } from './loop-guard.js';
import { macrotask } from './real-timers.js';
import type { TimeSource } from './time-source.js';
import { TimerItem } from './timer-item.js';
import type { TimerQueue } from './timer-queue.js';

// A real-time poller that schedules or clears a timer on every turn would never settle; after
// this many turns the instant counts as settled and time moves on.
const MAX_SETTLE_TURNS = 1000;

/** What the loop works with: its clock's timers, time source and loop guard. */
export interface RunLoopContext {
  readonly timers: TimerQueue;
  readonly source: TimeSource;
  /** Global mode only: the user's installed clock, whose own timers count as work too. */
  readonly global: GlobalTime | undefined;
  readonly guard: LoopGuard;
  /** A counter that moves whenever a timer is scheduled, cleared or (the user's) fired. */
  activity(): number;
  /** Throws if the clock was disposed or its loop guard kept an error. */
  check(): void;
}

/**
 * How a run of the clock moves through time: fire the next instant (in global mode the user's
 * next timer when it comes first), let the promise continuations it causes settle, and repeat up
 * to the target; then move time to the target. The time source calls back into the loop to run
 * our timers due at the instant it fires.
 */
export class RunLoop {
  readonly #timers: TimerQueue;
  readonly #source: TimeSource;
  readonly #global: GlobalTime | undefined;
  readonly #guard: LoopGuard;
  readonly #activity: () => number;
  readonly #check: () => void;

  constructor(context: RunLoopContext) {
    this.#timers = context.timers;
    this.#source = context.source;
    this.#global = context.global;
    this.#guard = context.guard;
    this.#activity = () => context.activity();
    this.#check = () => {
      context.check();
    };
  }

  /**
   * Runs instant after instant up to `target` and ends there; with `done`, stops after the first
   * instant where it holds. Resolves with whether `done` held at the end.
   */
  async runTo(target: number, done?: () => boolean): Promise<boolean> {
    for (let next = this.#next(); next && next.due <= target; next = this.#next()) {
      // Stop before moving time to an instant that may not run.
      this.#guard.beforeInstant(next);
      await (next instanceof TimerItem ? this.#fireEarliest(next) : this.#fireUser(next));
      await this.#settle();
      if (done?.() === true) return true;
    }

    if (target > this.#source.now()) {
      await this.#source.moveTo(target);
      this.#check();
    }
    return done?.() === true;
  }

  /** Runs what is due now and lets promise continuations settle, without moving time. */
  async settleNow(): Promise<void> {
    const next = this.#timers.peek();
    if (next !== undefined && next.due <= this.#source.now()) await this.#fireEarliest(next);
    await this.#settle();
  }

  /** What keeps runUntilIdle and autoAdvance going: our next foreground timer or the user's next. */
  nextWork(): TimerItem | UserTimer | undefined {
    return this.#withUser(this.#timers.peekForeground());
  }

  /**
   * Own mode: time is at `due`; runs that instant's timers, including those their callbacks
   * schedule for the same instant.
   */
  fireInstant(due: number): void {
    for (let item = this.#timers.peek(); item && item.due === due; item = this.#timers.peek()) {
      if (!this.#guard.admits(item)) return;
      this.#timers.remove(item);
      item.callback();
    }
  }

  /** Global mode: the user's clock fired one of our timers (in our run or in theirs). */
  fireFromUserClock(item: TimerItem): void {
    this.#timers.remove(item);
    if (this.#guard.admits(item)) item.callback();
  }

  // What fires next: our earliest timer, or in global mode the user's when it comes strictly
  // earlier (at one millisecond, ticking to ours fires theirs too, in fake-timers' order).
  #next(): TimerItem | UserTimer | undefined {
    return this.#withUser(this.#timers.peek());
  }

  #withUser(ours: TimerItem | undefined): TimerItem | UserTimer | undefined {
    const user = this.#global?.userTimers().next;
    if (user === undefined) return ours;
    return ours === undefined || user.due < ours.due ? user : ours;
  }

  // Global mode: moves the user's clock to their next timer, which fires it (and anything of ours
  // due at that millisecond). It counts toward the loop guard, so a user interval cannot loop forever.
  async #fireUser(next: UserTimer): Promise<void> {
    this.#guard.countUserTimer();
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
      const before = this.#activity();
      await macrotask();
      this.#check();
      const after = this.#activity();

      const next = this.#timers.peek();
      if (next !== undefined && next.due <= this.#source.now()) {
        await this.#fireEarliest(next);
      } else if (after === before) {
        return;
      }
    }
  }
}
