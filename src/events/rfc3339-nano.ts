import { TaskdoubleError } from '../errors/index.js';
import { checkAt, checkStart } from './check-place.js';

/** How Go writes the zero `time.Time` in RFC 3339: Nomad's value for a time never set. */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

const NS_PER_MS = 1_000_000n;
const NS_PER_S = 1_000_000_000n;

/**
 * The exact Unix time in nanoseconds of `at` ns after `start` (a BigInt: unix ns exceed 2^53).
 *
 * @example unixNanos(new Date('2024-01-01T00:00:00Z'), 1) // => 1704067200000000001n
 */
export function unixNanos(start: Date, at: number): bigint {
  checkStart(start, 'unixNanos: start');
  checkAt(at, 'unixNanos: at');
  return BigInt(start.getTime()) * NS_PER_MS + BigInt(at);
}

/**
 * Formats Unix nanoseconds the way Go's `time.RFC3339Nano` writes a UTC time, as Nomad's JSON
 * does: the fraction has its trailing zeros trimmed and is left out when zero.
 *
 * @example formatRfc3339Nano(1704067200500000000n) // => "2024-01-01T00:00:00.5Z"
 */
export function formatRfc3339Nano(unixNs: bigint): string {
  // Floor division, so times before 1970 still get a fraction in [0, 1s).
  let seconds = unixNs / NS_PER_S;
  let nanos = unixNs % NS_PER_S;
  if (nanos < 0n) {
    seconds -= 1n;
    nanos += NS_PER_S;
  }

  const date = new Date(Number(seconds) * 1000);
  if (Number.isNaN(date.getTime())) {
    throw new TaskdoubleError(`${unixNs} ns since 1970 is outside the range of a Date`);
  }

  const fraction = nanos === 0n ? '' : `.${String(nanos).padStart(9, '0').replace(/0+$/, '')}`;
  const day = `${year(date.getUTCFullYear())}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
  const clock = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${day}T${clock}${fraction}Z`;
}

// Go pads the year to four digits, after a minus sign for negative years.
function year(value: number): string {
  const digits = String(Math.abs(value)).padStart(4, '0');
  return value < 0 ? `-${digits}` : digits;
}

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
