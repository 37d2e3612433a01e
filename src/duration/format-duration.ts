import { TaskdoubleError, showValue } from '../errors/index.js';

const LIMIT = 2 ** 53;

/**
 * Formats integer nanoseconds the way Go's `Duration.String` does, which is how Nomad shows
 * durations: `0s`, `1.5µs`, `999.999999ms`, `17.426443129s`, `2m0s`, `72h3m0.5s`.
 *
 * @example formatDuration(90_000_000_000) // => "1m30s"
 */
export function formatDuration(ns: number): string {
  // Every duration the library holds is an integer within ±2^53; anything else is a bug in
  // the caller, named here rather than printed as a wrong duration.
  if (!Number.isInteger(ns) || Math.abs(ns) > LIMIT) {
    throw new TaskdoubleError(
      `formatDuration takes integer nanoseconds within ±2^53, got ${showValue(ns)}`,
    );
  }

  // `%` and the division of an exact multiple are exact on integers up to 2^53, so the
  // arithmetic below never meets a rounded quotient.
  const sign = ns < 0 ? '-' : '';
  const abs = Math.abs(ns);

  if (abs === 0) return '0s';
  if (abs < 1e3) return `${sign}${abs}ns`;
  if (abs < 1e6) return `${sign}${split(abs, 1e3, 3)}µs`;
  if (abs < 1e9) return `${sign}${split(abs, 1e6, 6)}ms`;

  const nanos = abs % 1e9;
  const totalSeconds = (abs - nanos) / 1e9;
  const seconds = totalSeconds % 60;
  const totalMinutes = (totalSeconds - seconds) / 60;
  const secondsText = `${seconds}${fraction(nanos, 9)}s`;

  if (totalMinutes === 0) return `${sign}${secondsText}`;
  const minutes = totalMinutes % 60;
  const hours = (totalMinutes - minutes) / 60;
  // Go prints the minutes whenever there are hours, even `0m`, and never uses days.
  return hours === 0
    ? `${sign}${minutes}m${secondsText}`
    : `${sign}${hours}h${minutes}m${secondsText}`;
}

// `value` in units of `per`, with up to `digits` decimals.
function split(value: number, per: number, digits: number): string {
  const rest = value % per;
  return `${(value - rest) / per}${fraction(rest, digits)}`;
}

// `.5` for 500 of 3 digits; trailing zeros go, and so does the point when nothing is left.
function fraction(value: number, digits: number): string {
  if (value === 0) return '';
  return `.${String(value).padStart(digits, '0').replace(/0+$/, '')}`;
}
