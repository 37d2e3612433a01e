import type { EventItem, EventSequence } from './event-fields.js';

/** What `toHaveWritten` takes per stream: the whole output, a pattern, or a count of writes. */
export type OutputExpectation = string | RegExp | number;

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
  toHaveTerminatedWith(expected: { exitCode?: unknown; signal?: unknown; message?: unknown }): R;
  /** The task (or alloc, or job) is running. */
  toBeRunning(): R;
  /** The task (or alloc, or job) has not started yet. */
  toBePending(): R;
  /** The task is dead, or the alloc or job has completed or failed. */
  toBeDead(): R;
  /** The task has failed, or the alloc's or job's status is failed. */
  toHaveFailed(): R;
  /** The task restarted `times` times, or at least once without `times`. */
  toHaveRestarted(times?: number): R;
  /** The task's output: whole text, a RegExp to match, or a count of writes, per stream. */
  toHaveWritten(expected: { stdout?: OutputExpectation; stderr?: OutputExpectation }): R;
}
