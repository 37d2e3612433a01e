import { DurationError, TOO_LONG } from './duration-error.js';
import { timeQuote } from './time-quote.js';

const LIMIT = 2n ** 53n;

/**
 * Converts exact nanoseconds to a `number`, refusing magnitudes past 2^53 where a `number`
 * would round; `input` is the raw value for the error, and `0n` never becomes `-0`.
 */
export function toSafeNanos(nanos: bigint, input: string | number): number {
  if (nanos > LIMIT || nanos < -LIMIT) {
    // Go would accept this value, so it has no text for our refusal; its closest is
    // "invalid duration", which is also what it says once a value overflows its int64.
    throw new DurationError(input, TOO_LONG, `time: invalid duration ${timeQuote(String(input))}`);
  }
  return Number(nanos);
}
