import { decimalToNanos } from './decimal-to-nanos.js';
import { DurationError, NOT_FINITE, NOT_STRING_OR_NUMBER } from './duration-error.js';
import { parseGoDuration } from './parse-go-duration.js';
import { showValue } from '../errors/index.js';
import { timeQuote } from './time-quote.js';
import { toSafeNanos } from './to-safe-nanos.js';

const NANOS_PER_MILLI = 1_000_000n;

// The shapes `String(number)` gives a finite number: `12`, `0.5`, `1e-7`, `1.5e+21`.
const NUMBER_TEXT = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * Parses a duration input to integer nanoseconds: a Go duration string (`"1m30s"`; `""` is 0)
 * or a number of milliseconds (fractions truncated toward zero to whole nanoseconds).
 *
 * @example parseDuration('1m30s') // => 90000000000
 * @example parseDuration(1.5) // => 1500000
 */
export function parseDuration(input: string | number): number {
  if (typeof input === 'string') return parseGoDuration(input);

  // Untyped callers can pass anything; refuse it by name instead of with a TypeError.
  if (typeof input !== 'number') {
    throw new DurationError(input, NOT_STRING_OR_NUMBER, goInvalid(showValue(input)));
  }
  if (!Number.isFinite(input)) {
    throw new DurationError(input, NOT_FINITE, goInvalid(showValue(input)));
  }

  return toSafeNanos(millisToNanos(input), input);
}

/**
 * Exact nanoseconds of a finite number of milliseconds. We scale the shortest decimal that
 * names the number (`1.005`) rather than its binary value (1.00499999...), so the result is
 * what the user wrote: 1.005 ms is 1005000 ns, not 1004999.
 */
function millisToNanos(millis: number): bigint {
  const match = NUMBER_TEXT.exec(String(Math.abs(millis)));
  const whole = match?.[1] ?? '0';
  const fraction = match?.[2] ?? '';
  const exponent = Number(match?.[3] ?? 0);

  // Fold the exponent into the unit (10^e ms) or into the fraction's scale (10^-e).
  const nanos =
    exponent >= 0
      ? decimalToNanos(whole, fraction, NANOS_PER_MILLI * 10n ** BigInt(exponent))
      : decimalToNanos('', whole.padStart(-exponent, '0') + fraction, NANOS_PER_MILLI);
  return millis < 0 ? -nanos : nanos;
}

function goInvalid(text: string): string {
  return `time: invalid duration ${timeQuote(text)}`;
}
