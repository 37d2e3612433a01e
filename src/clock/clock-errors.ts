import { showValue, TaskdoubleError } from '../errors/index.js';
import type { TimerHandle } from './timer-item.js';

/** What the errors say about a timer: ours, or in global mode one of the user's. */
export type TimerInfo = Pick<TimerHandle, 'due' | 'label'>;

/** Thrown by `mode: 'global'` when no fake clock is installed. */
export function noFakeClockError(): TaskdoubleError {
  return new TaskdoubleError(
    'clock.mode: "global" drives the fake clock installed by vi.useFakeTimers() or jest.useFakeTimers(), but none is installed; call vi.useFakeTimers() (or jest.useFakeTimers()) first, or use mode "own"',
  );
}

/** Thrown when a disposed clock is used. */
export function disposedError(method: string): TaskdoubleError {
  return new TaskdoubleError(
    `clock.${method}() was called after the clock was disposed; a disposed clock cannot be used again, create a new one`,
  );
}

/** Thrown by the loop guard: a run fired `limit` timers and still had more to fire. */
export class ClockLimitError extends TaskdoubleError {
  constructor(
    readonly limit: number,
    next: TimerInfo,
  ) {
    super(
      `the clock fired ${limit} timers in one run and still was not done (limit: ${limit}); the next timer, "${next.label}" due at ${next.due} ns, did not run. A timer that keeps rescheduling itself loops forever; if the run is just long, raise the clock's limit option, e.g. { limit: ${limit * 10} }`,
    );
  }
}

/** The loop guard's error for the timer that would have run next. */
export function limitError(limit: number, next: TimerInfo): ClockLimitError {
  return new ClockLimitError(limit, next);
}

/** Thrown for a callback argument that is not a function. */
export function notAFunctionError(what: string, value: unknown): TaskdoubleError {
  return new TaskdoubleError(`${what}: ${showValue(value)} is not a function`);
}

/** Thrown when a timer would be due beyond the largest exact time. */
export function tooLateError(what: string, delay: number, now: number): TaskdoubleError {
  return new TaskdoubleError(
    `${what}: ${delay} ns from now (${now} ns) is beyond 2^53 ns, the latest time the clock keeps exactly`,
  );
}

/** Thrown in global mode when the user's fake clock no longer carries one of our timers. */
export function lostTimerError(item: TimerInfo): TaskdoubleError {
  return new TaskdoubleError(
    `clock.mode: "global": the installed fake clock did not fire timer "${item.label}" at its due time (${item.due} ns); its timers were changed under it (vi.clearAllTimers(), vi.setSystemTime(), or fake timers installed again). Make a new clock after changing the fake clock`,
  );
}
