import { TaskdoubleError, showValue } from '../errors/index.js';

/** Throws unless `at` is integer nanoseconds, 0 or more; `what` names the caller and option. */
export function checkAt(at: unknown, what: string): asserts at is number {
  if (Number.isSafeInteger(at) && (at as number) >= 0) return;
  throw new TaskdoubleError(
    `${what}: ${showValue(at)} is not a time; expected integer nanoseconds, 0 or more`,
  );
}

/** Throws unless `start` is a valid Date; `what` names the caller and option. */
export function checkStart(start: unknown, what: string): asserts start is Date {
  if (start instanceof Date && !Number.isNaN(start.getTime())) return;
  const shown = start instanceof Date ? 'Invalid Date' : showValue(start);
  throw new TaskdoubleError(`${what}: ${shown} is not a valid Date`);
}
