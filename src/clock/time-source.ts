import type { TimerItem } from './timer-item.js';

/** Nanoseconds in a millisecond, fake-timers' unit. */
export const NS_PER_MS = 1_000_000;

/** fake-timers, like the platform, turns delays above 2^31 - 1 ms into 1 ms. */
export const MAX_FAKE_DELAY_MS = 2 ** 31 - 1;

/**
 * Where the clock's time comes from and how its items are fired: an own fake-timers clock
 * (`OwnTime`) or the fake clock the user installed (`GlobalTime`). The virtual clock keeps the
 * order of its items; a time source only moves fake-timers time and fires what is due.
 */
export interface TimeSource {
  /** Current virtual time in ns since the clock started. */
  now(): number;

  /** The due time in ns of a timer scheduled `delay` ns from now, as this source can fire it. */
  dueAfter(delay: number): number;

  /** Takes a new item; the global source makes it a timer of the user's clock. */
  add(item: TimerItem): void;

  /** Forgets an item that was cleared. */
  remove(item: TimerItem): void;

  /** Moves time to `due`, the earliest pending item's due time, and fires what is due then. */
  fireAt(due: number): void | Promise<void>;

  /** Moves time to `target`; nothing of the clock's is due before it. */
  moveTo(target: number): void | Promise<void>;

  /** Drops every timer this source armed. */
  dispose(): void;
}
