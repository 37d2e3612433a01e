import { PREFIX, TaskdoubleError, showValue } from '../errors/index.js';

/** The units Go's duration grammar accepts, as our messages list them. */
export const DURATION_UNITS = 'ns, us, µs, ms, s, m, h';

/** Our refusal of values past 2^53 ns, where a `number` stops holding every integer. */
export const TOO_LONG = 'longer than 2^53 ns (about 104 days)';

/** Our refusal of `NaN` and infinities. */
export const NOT_FINITE = 'not a finite number';

/** Our refusal of anything but a string or a number (from untyped callers). */
export const NOT_STRING_OR_NUMBER = 'neither a string nor a number';

/**
 * A value that is not a duration: `reason` says why in Go's words (`missing unit`,
 * `unknown unit " s"`, `invalid duration`) or ours (`not a finite number`,
 * `longer than 2^53 ns (about 104 days)`, `neither a string nor a number`), and `goMessage` is the text Go's
 * `time.ParseDuration` would give, which the simulated driver repeats in Nomad's start errors.
 */
export class DurationError extends TaskdoubleError {
  /** The value as the user gave it. */
  readonly input: unknown;
  /** Why it is not a duration, without the value or a prefix. */
  readonly reason: string;
  /** Go's own error text, e.g. `time: unknown unit " s" in duration "1 s"`. */
  readonly goMessage: string;

  constructor(input: unknown, reason: string, goMessage: string) {
    super(`${PREFIX} ${describe(input, reason)}`);
    this.input = input;
    this.reason = reason;
    this.goMessage = goMessage;
  }
}

/**
 * The error's message with the path of the offending key in front, for callers that know it:
 * `taskdouble: config.run_for: "10 s" is not a duration: unknown unit " s" (units: ...)`.
 */
export function durationMessage(path: string, error: DurationError): string {
  return `${PREFIX} ${path}: ${describe(error.input, error.reason)}`;
}

function describe(input: unknown, reason: string): string {
  return `${showValue(input)} is not a duration: ${reason}${hint(reason)}`;
}

// Say what is accepted, except where the reason already does (a value that is too long).
function hint(reason: string): string {
  if (reason === TOO_LONG) return '';
  if (reason === NOT_FINITE || reason === NOT_STRING_OR_NUMBER) {
    return ' (give a string such as "1m30s" or a number of milliseconds)';
  }
  return ` (units: ${DURATION_UNITS})`;
}
