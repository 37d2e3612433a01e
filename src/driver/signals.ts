import { SIGNAL_NUMBERS, normalizeSignal } from '../config/index.js';
import { TaskdoubleError, didYouMean, showValue } from '../errors/index.js';

/** The highest signal number accepted (Linux's last real-time signal). */
const MAX_SIGNAL = 64;

/**
 * The number of a signal given as a name (`SIGINT`, `int`, `Sigint`: with or without `SIG`,
 * any case) or as a number 1-64; anything else is refused with the accepted names.
 *
 * @example parseSignal('term', 'signal') // => 15
 */
export function parseSignal(input: unknown, path: string): number {
  if (typeof input === 'number' && Number.isInteger(input) && input >= 1 && input <= MAX_SIGNAL) {
    return input;
  }

  const name = typeof input === 'string' ? normalizeSignal(input) : undefined;
  const number = name === undefined ? undefined : SIGNAL_NUMBERS[name];
  if (number !== undefined) return number;

  throw new TaskdoubleError(`${path}: ${showValue(input)} is not a signal${suggest(input)}`);
}

function suggest(input: unknown): string {
  const names = Object.keys(SIGNAL_NUMBERS);
  const near = typeof input === 'string' ? didYouMean(withSig(input), names) : undefined;
  const hint = near === undefined ? '' : ` (did you mean ${near}?)`;
  return `${hint}; give a name, with or without SIG and in any case, or a number from 1 to ${MAX_SIGNAL}: ${names.join(', ')}`;
}

function withSig(input: string): string {
  return input.toUpperCase().startsWith('SIG') ? input : `SIG${input}`;
}

/** The usual name of a signal number (`2` -> `SIGINT`), or the number itself for unnamed ones. */
export function signalName(number: number): string {
  for (const [name, value] of Object.entries(SIGNAL_NUMBERS)) {
    if (value === number) return name;
  }
  return String(number);
}
