import type { AsymmetricLike, EventItem, EventSequence } from './event-fields.js';

/** What `toHaveWritten` takes per stream: the whole output, a pattern, or a count of writes. */
export type OutputExpectation = string | RegExp | number;

/** What `toHaveTerminatedWith` takes: any of the last termination's values; unset keys are not checked. */
export interface TerminationExpectation {
  /** The exit code. */
  exitCode?: number | AsymmetricLike | undefined;
  /** The signal number (9 for a force kill), 0 when none. */
  signal?: number | AsymmetricLike | undefined;
  /** The exit message: the whole text, or a RegExp that must match it. */
  message?: string | RegExp | AsymmetricLike | undefined;
}

/**
 * The matchers' signatures, for each runner's `Matchers` augmentation. `R` is what a matcher
 * call returns in that runner (void, a promise, or an asymmetric matcher).
 */
export interface TaskdoubleMatchers<R = unknown> {
  /** The items occur in this order, other events allowed between them. */
  toHaveEventSequence(expected: EventSequence): R;
  /** The whole timeline is exactly these items. */
  toHaveExactEventSequence(expected: EventSequence): R;
  /** At least one event is this one. */
  toHaveEvent(expected: EventItem): R;
  /** Exactly `count` events are this one. */
  toHaveEventCount(expected: EventItem, count: number): R;
  /** The last Terminated event has these values (`message` is the exit message). */
  toHaveTerminatedWith(expected: TerminationExpectation): R;
  /** The task (or alloc, or job) is running. */
  toBeRunning(): R;
  /** The task (or alloc, or job) has not started yet. */
  toBePending(): R;
  /** The task is dead, the alloc has completed or failed, or the job is dead. */
  toBeDead(): R;
  /** The task has failed, the alloc's status is failed, or one of the job's allocations failed. */
  toHaveFailed(): R;
  /** The task restarted `times` times, or at least once without `times`. */
  toHaveRestarted(times?: number): R;
  /** The task's output: whole text, a RegExp to match, or a count of writes, per stream. */
  toHaveWritten(expected: { stdout?: OutputExpectation; stderr?: OutputExpectation }): R;
}
