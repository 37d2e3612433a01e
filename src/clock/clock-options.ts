import { didYouMean, showValue, TaskdoubleError } from '../errors/index.js';

/** How a `VirtualClock` is made. */
export interface ClockOptions {
  /**
   * `'own'`: a private fake-timers clock with nanosecond precision, unaffected by the user's fake
   * timers. `'global'`: drive the fake clock installed by `vi.useFakeTimers()` /
   * `jest.useFakeTimers()`, so the user's timers and ours share one time, in whole milliseconds.
   * @defaultValue 'own'
   */
  mode?: 'own' | 'global';

  /**
   * The most timers one call (`advance`, `runUntilIdle`, `runUntil`, `settle`, or a streak of
   * `autoAdvance` jumps) may fire before it stops with an error instead of looping forever.
   * @defaultValue 1_000_000
   */
  limit?: number;
}

/** The default loop guard: timers one run may fire. */
export const DEFAULT_LIMIT = 1_000_000;

const KEYS = ['mode', 'limit'];
const MODES = ['own', 'global'];

/** Validates the clock's options, naming the key and the raw value of the first bad one. */
export function parseClockOptions(options: unknown): Required<ClockOptions> {
  if (options === undefined) return { mode: 'own', limit: DEFAULT_LIMIT };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TaskdoubleError(
      `clock options: ${showValue(options)} is not an options object (accepted: { mode?, limit? })`,
    );
  }

  for (const key of Object.keys(options)) {
    if (KEYS.includes(key)) continue;
    const near = didYouMean(key, KEYS);
    const hint = near === undefined ? '' : `; did you mean "${near}"?`;
    throw new TaskdoubleError(`clock options: unknown key "${key}" (accepted: mode, limit)${hint}`);
  }

  const { mode = 'own', limit = DEFAULT_LIMIT } = options as Record<string, unknown>;
  if (typeof mode !== 'string' || !MODES.includes(mode)) {
    throw new TaskdoubleError(
      `clock.mode: ${showValue(mode)} is not a clock mode (accepted: "own", "global")`,
    );
  }
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
    throw new TaskdoubleError(
      `clock.limit: ${showValue(limit)} is not a timer limit (accepted: a positive integer)`,
    );
  }

  return { mode: mode as 'own' | 'global', limit };
}

/** Validates a delay or a time in ns given to the clock's method `what`. */
export function checkNanoseconds(what: string, value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new TaskdoubleError(
    `${what}: ${showValue(value)} is not a time (accepted: a whole number of nanoseconds from 0 to 2^53)`,
  );
}
