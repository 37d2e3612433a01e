import { decimalToNanos } from './decimal-to-nanos.js';
import { DurationError, TOO_LONG } from './duration-error.js';
import { goQuote } from './go-quote.js';
import { timeQuote } from './time-quote.js';

const UNITS: ReadonlyMap<string, bigint> = new Map([
  ['ns', 1n],
  ['us', 1_000n],
  ['\u00b5s', 1_000n], // µ MICRO SIGN
  ['\u03bcs', 1_000n], // μ GREEK SMALL LETTER MU
  ['ms', 1_000_000n],
  ['s', 1_000_000_000n],
  ['m', 60_000_000_000n],
  ['h', 3_600_000_000_000n],
]);

// Go keeps the magnitude in a uint64 and gives up past 2^63; we follow it so that a huge
// value fails at the same point of the scan as in Go, before any later syntax error.
const GO_LIMIT = 2n ** 63n;

const DIGITS = /^[0-9]*/;
const UNIT = /^[^0-9.]*/;

/**
 * Go's `time.ParseDuration`, step by step and in Go's order of checks, with exact BigInt
 * arithmetic; returns Go's value (which may exceed 2^53) or throws Go's error.
 */
export function scanGoDuration(text: string): bigint {
  const fail = (reason: string, goMessage = `time: invalid duration ${timeQuote(text)}`) =>
    new DurationError(text, reason, goMessage);
  const invalid = () => fail('invalid duration');
  const overflow = () => fail(TOO_LONG);

  let rest = text;
  let negative = false;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    negative = rest.startsWith('-');
    rest = rest.slice(1);
  }

  // Only a bare zero may go without a unit; an empty remainder has no number at all.
  if (rest === '0') return 0n;
  if (rest === '') throw invalid();

  let total = 0n;
  while (rest !== '') {
    const first = rest.charAt(0);
    if (first !== '.' && !(first >= '0' && first <= '9')) throw invalid();

    const whole = DIGITS.exec(rest)?.[0] ?? '';
    rest = rest.slice(whole.length);
    if (whole !== '' && BigInt(whole) > GO_LIMIT) throw overflow();

    let fraction = '';
    const hasPoint = rest.startsWith('.');
    if (hasPoint) {
      fraction = DIGITS.exec(rest.slice(1))?.[0] ?? '';
      rest = rest.slice(1 + fraction.length);
    }
    // A point alone is not a number (`.s`, `-.s`), though `.5s` and `5.s` are.
    if (whole === '' && fraction === '') throw invalid();

    // The unit is everything up to the next digit or point, so `1 s` has the unit " s".
    const unitText = UNIT.exec(rest)?.[0] ?? '';
    rest = rest.slice(unitText.length);
    if (unitText === '')
      throw fail('missing unit', `time: missing unit in duration ${timeQuote(text)}`);
    const unit = UNITS.get(unitText);
    if (unit === undefined) {
      const goMessage = `time: unknown unit ${timeQuote(unitText)} in duration ${timeQuote(text)}`;
      throw fail(`unknown unit ${goQuote(unitText)}`, goMessage);
    }

    total += decimalToNanos(whole, fraction, unit);
    if (total > GO_LIMIT) throw overflow();
  }

  // Go's int64 holds -2^63 but not +2^63.
  if (!negative && total === GO_LIMIT) throw overflow();
  return negative ? -total : total;
}
