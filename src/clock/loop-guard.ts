import { limitError, type TimerInfo } from './clock-errors.js';
import type { TimerItem } from './timer-item.js';

/**
 * The clock's loop guard: counts the timers one run fires and stops the run at the limit, so a
 * timer that keeps rescheduling itself ends in an error instead of looping forever.
 *
 * Most timers fire inside a fake-timers tick, where an error thrown would not reach the run:
 * the guard keeps it instead, and the clock throws it at its next check. The same holds for the
 * error of an autoAdvance run, which nobody awaits.
 */
export class LoopGuard {
  readonly #limit: number;
  #fired = 0;
  // Timers fired outside a run (the user advancing their own fake clock in global mode) are not
  // the clock's loop and are never counted.
  #inRun = false;
  #failure: Error | undefined;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** A run begins; it counts from zero unless it carries on an autoAdvance streak. */
  begin(streak: boolean): void {
    if (!streak) this.#fired = 0;
    this.#inRun = true;
  }

  /** The run has ended. */
  end(): void {
    this.#inRun = false;
  }

  /** Starts a new count, as when autoAdvance is switched. */
  reset(): void {
    this.#fired = 0;
  }

  /** Throws before time moves to `next`'s instant if the run has fired its limit already. */
  beforeInstant(next: TimerInfo): void {
    if (this.#fired >= this.#limit) throw limitError(this.#limit, next);
  }

  /** Counts one of the user's own timers fired by the run (global mode). */
  countUserTimer(): void {
    this.#fired++;
  }

  /**
   * Whether `item`'s callback may run: always outside a run; inside one, not once the run has
   * fired its limit (the guard then keeps the error for the clock's next check).
   */
  admits(item: TimerItem): boolean {
    if (this.#failure !== undefined) return !this.#inRun;
    if (!this.#inRun || ++this.#fired <= this.#limit) return true;

    this.#failure = limitError(this.#limit, item);
    return false;
  }

  /** Keeps the error of a run nobody awaits for the next check; an error kept earlier wins. */
  keep(error: unknown): void {
    this.#failure ??= error instanceof Error ? error : new Error(String(error));
  }

  /** Throws the kept error, once. */
  throwKept(): void {
    const failure = this.#failure;
    if (failure === undefined) return;
    this.#failure = undefined;
    throw failure;
  }
}
