/** What a caller holds for a scheduled timer: enough to clear it and to describe it. */
export interface TimerHandle {
  /** Exact due time in ns since the clock started. */
  readonly due: number;
  /** A short name shown by `pending()` and in loop-guard errors. */
  readonly label: string;
  /** Background timers (the fingerprint's ticks) do not keep `runUntilIdle` going. */
  readonly background: boolean;
}

/** Options of one timer. */
export interface TimerOptions {
  /** Background timers do not keep `runUntilIdle` or `autoAdvance` going. @defaultValue false */
  background?: boolean;
  /** Shown by `pending()` and in loop-guard errors. @defaultValue 'timer' */
  label?: string;
}

/** One pending timer as `pending()` lists it. */
export interface PendingTimer {
  due: number;
  label: string;
  background: boolean;
}

/**
 * One scheduled callback. `due` then `seq` is its place in the clock's total order; `seq` is
 * unique per clock, so no two items ever compare equal and no sort stability is relied on.
 */
export class TimerItem implements TimerHandle {
  /** Position in the heap holding it; -1 once it has fired or been cleared. */
  index = -1;

  /** The user's fake-timers timer carrying this item (global mode only). */
  fakeId: unknown = undefined;

  constructor(
    readonly due: number,
    readonly seq: number,
    readonly callback: () => void,
    readonly background: boolean,
    readonly label: string,
  ) {}
}

/** Whether `a` comes before `b` in the clock's total order (due time, then scheduling order). */
export function isBefore(a: TimerItem, b: TimerItem): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}
