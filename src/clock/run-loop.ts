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

// How many promise jobs deep an instant's own reactions may go and still run before its first
// real turn: the task runners' reaction job, and a continuation that job resolves.
const OWN_JOBS = 2;

/** Settled once: awaiting it is one promise job, whatever the user's fake timers fake. */
const SETTLED = Promise.resolve();

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
  runTo(target: number, done?: () => boolean): Promise<boolean> {
    return this.#run(target, done, false);
  }

  /**
   * Runs until neither our foreground timers nor (global mode) the user's are pending: each time
   * to the next such timer, through every instant (background ones too) before it.
   */
  async runWhileBusy(): Promise<void> {
    const work = this.nextWork();
    if (work !== undefined) await this.#run(work.due, undefined, true);
  }

  /** Runs what is due now and lets promise continuations settle, without moving time. */
  async settleNow(): Promise<void> {
    const next = this.#timers.peek();
    const due = next !== undefined && next.due <= this.#source.now();
    if (due) {
      const firing = this.#fire(next);
      if (firing !== undefined) await firing;
    }
    await this.#settle(due);
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

  // One loop for runTo and runWhileBusy, so that runUntilIdle is one loop rather than a call per
  // instant. `whileBusy` moves the target on to the next work each time it is reached.
  async #run(
    target: number,
    done: (() => boolean) | undefined,
    whileBusy: boolean,
  ): Promise<boolean> {
    for (;;) {
      for (let next = this.#next(); next && next.due <= target; next = this.#next()) {
        // Stop before moving time to an instant that may not run.
        this.#guard.beforeInstant(next);
        if (next instanceof TimerItem) {
          const firing = this.#fire(next);
          if (firing !== undefined) await firing;
        } else {
          await this.#fireUser(next);
        }
        await this.#settle(true);
        if (done?.() === true) return true;
      }

      if (target > this.#source.now()) {
        await this.#source.moveTo(target);
        this.#check();
      }
      if (!whileBusy) return done?.() === true;

      const work = this.nextWork();
      if (work === undefined) return false;
      target = work.due;
    }
  }

  // Fires the instant of `next`, our earliest timer. Own mode fires synchronously and returns
  // nothing: awaiting would cost a promise and two jobs per instant for no gain.
  #fire(next: TimerItem): Promise<void> | undefined {
    const firing = this.#source.fireAt(next.due);
    if (firing === undefined) {
      this.#afterFire(next);
      return undefined;
    }
    return firing.then(() => {
      this.#afterFire(next);
    });
  }

  #afterFire(next: TimerItem): void {
    this.#check();

    // Firing always takes the earliest timer away, unless the user's fake clock lost it.
    if (this.#timers.peek() === next) throw lostTimerError(next);
  }

  // Lets the instant's promise continuations run: turn the real event loop until a turn neither
  // scheduled anything for this instant nor changed any timer, so chains through several awaits
  // (or through a real setImmediate) finish before time moves.
  //
  // After firing (`fired`), the first turn starts only once the instant's own promise jobs have
  // run (the task runners react to an instant in one job, and schedule their next timers there):
  // counted inside the turn, that activity would cost every instant a second turn just to see a
  // quiet one.
  async #settle(fired: boolean): Promise<void> {
    if (fired) for (let job = 0; job < OWN_JOBS; job++) await SETTLED;

    for (let turn = 0; turn < MAX_SETTLE_TURNS; turn++) {
      const before = this.#activity();
      await macrotask();
      this.#check();

      const next = this.#timers.peek();
      if (next !== undefined && next.due <= this.#source.now()) {
        // A chain scheduled more for this instant: fire it, and let its own jobs run too.
        const firing = this.#fire(next);
        if (firing !== undefined) await firing;
        for (let job = 0; job < OWN_JOBS; job++) await SETTLED;
      } else if (this.#activity() === before) {
        return;
      }
    }
  }
}
