import { DurationError, durationMessage, parseDuration } from '../duration/index.js';
import { TaskdoubleError, showValue } from '../errors/index.js';

/** A duration: a Go duration string (`"1m30s"`) or a number of milliseconds. */
export type Duration = string | number;

/**
 * Reads a duration given to a scenario method (`advance`, `until`'s `within`, `at`) as ns, or
 * throws an error naming the method and the raw value: virtual time never moves backwards.
 */
export function scenarioDuration(path: string, duration: unknown): number {
  let ns: number;
  try {
    ns = parseDuration(duration as Duration);
  } catch (error) {
    if (error instanceof DurationError) throw new TaskdoubleError(durationMessage(path, error));
    throw error;
  }

  if (ns < 0) {
    throw new TaskdoubleError(
      `${path}: ${showValue(duration)} is negative: virtual time only moves forward (give a duration of 0 or more)`,
    );
  }
  return ns;
}
