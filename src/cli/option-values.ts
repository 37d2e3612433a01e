import { SIGNAL_NUMBERS, normalizeSignal, parseZonedTime } from '../config/index.js';
import { DurationError, durationMessage, parseGoDuration } from '../duration/index.js';
import { didYouMean, showValue } from '../errors/index.js';
import { UsageError } from './usage-error.js';

/** A `--signal [<task>:]<SIG>@<duration>` value: the signal, when to send it, and to which task. */
export interface SignalAt {
  /** The canonical name, `SIGUSR1`. */
  readonly signal: string;
  /** ns from the virtual start. */
  readonly at: number;
  /** The task named before `:`; without one, every running task. */
  readonly task: string | undefined;
  /** The value as given, for messages. */
  readonly raw: string;
}

/** A `--restart-at [<task>@]<duration>` value. */
export interface RestartAt {
  readonly at: number;
  /** The task named before `@`; without one, every running task. */
  readonly task: string | undefined;
  readonly raw: string;
}

/** A non-negative Go duration given to `option`, in ns. */
export function durationValue(option: string, value: string): number {
  let ns: number;
  try {
    ns = parseGoDuration(value);
  } catch (error) {
    if (!(error instanceof DurationError)) throw error;
    throw new UsageError(durationMessage(option, error));
  }

  if (ns < 0) {
    throw new UsageError(
      `${option}: ${showValue(value)} is negative; expected an offset from the start such as "30s"`,
    );
  }
  return ns;
}

/**
 * Parses `--signal SIGUSR1@10s` or `--signal web:SIGUSR1@10s` and adds it to the ones given
 * before. Signal names and durations hold neither `:` nor `@`, so the task is everything before
 * the last `:` of what precedes the last `@`, whatever characters its name has.
 */
export function signalAtValue(value: string, previous: readonly SignalAt[] = []): SignalAt[] {
  const at = value.lastIndexOf('@');
  if (at < 0) {
    throw new UsageError(
      `--signal: ${showValue(value)} is not [<task>:]<signal>@<duration>; expected e.g. "SIGUSR1@10s" or "web:SIGUSR1@10s"`,
    );
  }

  const head = value.slice(0, at);
  const colon = head.lastIndexOf(':');
  const task = colon < 0 ? undefined : taskName('--signal', value, head.slice(0, colon), ':');
  const name = head.slice(colon + 1);
  const signal = normalizeSignal(name);
  if (signal === undefined && task !== undefined && normalizeSignal(task) !== undefined) {
    const swapped = `${name}:${task}${value.slice(at)}`;
    throw new UsageError(
      `--signal: ${showValue(value)} gives the signal before the task; expected ${showValue(swapped)}`,
    );
  }
  if (signal === undefined) {
    const upper = name.toUpperCase();
    const near = didYouMean(
      upper.startsWith('SIG') ? upper : `SIG${upper}`,
      Object.keys(SIGNAL_NUMBERS),
    );
    const hint =
      near === undefined
        ? '; expected one such as SIGHUP, SIGUSR1 or SIGTERM'
        : ` (did you mean ${near}?)`;
    throw new UsageError(`--signal: ${showValue(name)} is not a signal name${hint}`);
  }

  const offset = durationValue('--signal', value.slice(at + 1));
  return [...previous, { signal, at: offset, task, raw: value }];
}

/** Parses `--restart-at 45s` or `--restart-at web@45s` and adds it to the ones given before. */
export function restartAtValue(value: string, previous: readonly RestartAt[] = []): RestartAt[] {
  // A duration never holds `@`: the task is everything before the last one.
  const at = value.lastIndexOf('@');
  const task = at < 0 ? undefined : taskName('--restart-at', value, value.slice(0, at), '@');
  const offset = durationValue('--restart-at', value.slice(at + 1));
  return [...previous, { at: offset, task, raw: value }];
}

function taskName(option: string, value: string, name: string, separator: string): string {
  if (name === '') {
    const example = option === '--signal' ? '"web:SIGUSR1@10s"' : '"web@45s"';
    throw new UsageError(
      `${option}: ${showValue(value)} has no task name before "${separator}"; expected e.g. ${example}`,
    );
  }
  return name;
}

/** The `--seed` integer. */
export function seedValue(value: string): number {
  const seed = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(seed)) {
    throw new UsageError(`--seed: ${showValue(value)} is not an integer; expected e.g. 42`);
  }
  return seed;
}

/** The `--start` time: an ISO-8601 date, or date and time with a zone. */
export function startValue(value: string): Date {
  const date = parseZonedTime(value);
  if (date === undefined) {
    throw new UsageError(
      `--start: ${showValue(value)} is not an ISO-8601 time with a zone; expected e.g. "2026-01-01T00:00:00Z" or "2026-01-01"`,
    );
  }
  return date;
}

/** The `--events` count: a positive integer, or `all`. */
export function eventsValue(value: string): number {
  if (value === 'all') return Infinity;
  const count = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(count) || count < 1) {
    throw new UsageError(
      `--events: ${showValue(value)} is not a count; expected a positive integer or "all"`,
    );
  }
  return count;
}

/**
 * Parses `--var name=value` (as `nomad job run -var`) and adds it to the ones given before; a
 * name given twice takes its last value. The value is text: the job file's declared type
 * converts it.
 */
export function varValue(
  value: string,
  previous: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const equals = value.indexOf('=');
  const name = equals < 0 ? '' : value.slice(0, equals).trim();
  if (equals < 0 || !/^[A-Za-z_][\w-]*$/.test(name)) {
    const problem = equals < 0 ? 'is not name=value' : 'does not start with a variable name';
    throw new UsageError(`--var: ${showValue(value)} ${problem}; expected e.g. --var run_for=5s`);
  }

  const vars: Record<string, string> = { ...previous };
  Object.defineProperty(vars, name, {
    value: value.slice(equals + 1),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return vars;
}
