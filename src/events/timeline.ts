import { TaskdoubleError, showValue } from '../errors/index.js';
import { checkStart } from './check-place.js';
import { KIND } from './kind.js';
import type { TaskEvent } from './task-event.js';
import { TypeColumn } from './type-column.js';

/**
 * How long a timeline is before a search by type answers from a type column. Shorter ones are
 * searched event by event: their objects fit in the cache, and they pay nothing for a column.
 */
export const TYPE_COLUMN_FROM = 1024;

// The columns of the long timelines. A WeakMap rather than a field: every task has its own small
// timeline, and a field would add its size to each of them.
const COLUMNS = new WeakMap<object, TypeColumn>();

/** Options of a new Timeline. */
export interface TimelineOptions {
  /** The seed of the scenario's randomness, named in matcher failure messages. */
  seed?: number;
  /**
   * The wall-clock time the scenario started at; events' `at` counts from it.
   * @defaultValue the Unix epoch, `1970-01-01T00:00:00Z`
   */
  start?: Date;
}

/**
 * An append-only, ordered list of events (task events or the driver's entries), read by the
 * matchers, the serializer and the renderers. Appending never copies, and one event object may
 * be appended to several timelines (a task's, its allocation's, the job's and the scenario's).
 *
 * @example
 * const timeline = new Timeline({ seed: 7 })
 * timeline.append(event)
 * timeline.at(-1)?.type // => 'Started'
 */
export class Timeline<E extends { type: string; at: number } = TaskEvent> implements Iterable<E> {
  /** The brand the matchers recognise. */
  readonly [KIND] = 'timeline' as const;

  /** The seed of the scenario that recorded this timeline, if known. */
  readonly seed: number | undefined;

  /** When the scenario started; an event's `time` is this plus its `at`. */
  readonly start: Date;

  #events: E[] = [];

  constructor(options: TimelineOptions = {}) {
    const { seed, start } = options;
    if (seed !== undefined && !Number.isFinite(seed)) {
      throw new TaskdoubleError(`Timeline seed: ${showValue(seed)} is not a finite number`);
    }
    if (start !== undefined) checkStart(start, 'Timeline start');
    this.seed = seed;
    this.start = start ?? new Date(0);
  }

  /** Adds `event` at the end (amortised O(1); the event itself is kept, not copied). */
  append(event: E): void {
    const events = this.#events;
    events.push(event);

    // Coded now, while the event is still in the cache: coding it at the first search would read
    // every event object once more, the very pass the column exists to avoid.
    if (events.length >= TYPE_COLUMN_FROM) columnOf(this).follow(events);
  }

  /**
   * Gives back the spare room the list grew into, for a timeline that has its last event (a
   * dead task's): an array that grew by `append` keeps room for about 16 more items, which on a
   * four-event timeline is two thirds of its size. Appending afterwards still works.
   */
  trim(): void {
    this.#events = this.#events.slice();
    if (this.#events.length >= TYPE_COLUMN_FROM) COLUMNS.get(this)?.trim();
  }

  /** How many events the timeline holds. */
  get length(): number {
    return this.#events.length;
  }

  /** The event at `index`; negative indexes count from the end, like `Array.prototype.at`. */
  at(index: number): E | undefined {
    return this.#events.at(index);
  }

  /** The last event, if any. */
  last(): E | undefined {
    return this.#events.at(-1);
  }

  /** The events in the order they were appended (also those appended while iterating). */
  [Symbol.iterator](): Iterator<E> {
    return this.#events[Symbol.iterator]();
  }

  /**
   * The index of the first event of type `type` (exact match) at or after `fromIndex`, or -1;
   * `fromIndex` counts like `Array.prototype.indexOf`'s.
   */
  indexOfType(type: E['type'], fromIndex = 0): number {
    return this.findIndexOfType(type, acceptAny, fromIndex);
  }

  /**
   * The index of the first event of type `type` (exact match) at or after `fromIndex` that
   * `accept` accepts, or -1; `accept` sees only events of that type. A long timeline answers
   * from a column of one byte per event, so a search reads only the events of that type. Each
   * event's `type` is read once, so it must not change after the event is appended; events
   * that `accept` itself appends may be left out of the search.
   *
   * @example timeline.findIndexOfType('Terminated', (event) => event.exitCode === 1)
   */
  findIndexOfType(
    type: E['type'],
    accept: (event: E, index: number) => boolean,
    fromIndex = 0,
  ): number {
    const events = this.#events;
    const from = startIndex(fromIndex, events.length);
    if (events.length < TYPE_COLUMN_FROM) {
      for (let index = from; index < events.length; index++) {
        const event = events[index] as E;
        if (event.type === type && accept(event, index)) return index;
      }
      return -1;
    }

    return columnOf(this).find(type, accept, from, events);
  }

  /** A copy of the events as an array. */
  toArray(): E[] {
    return this.#events.slice();
  }

  /** A new timeline (same seed and start) of the events `keep` accepts, in order. */
  filter(keep: (event: E, index: number) => boolean): Timeline<E> {
    const result = new Timeline<E>(this.#options());
    const events = this.#events;
    for (let index = 0; index < events.length; index++) {
      const event = events[index] as E;
      if (keep(event, index)) result.append(event);
    }
    return result;
  }

  /** A new timeline of the events of the task named `name`. */
  ofTask(name: string): Timeline<E> {
    return this.filter((event) => (event as { task?: unknown }).task === name);
  }

  /** A new timeline of the events of type `type` (exact match). */
  ofType(type: E['type']): Timeline<E> {
    const result = new Timeline<E>(this.#options());
    // Every event of the type is visited and none accepted, so the search runs to the end.
    this.findIndexOfType(type, (event) => {
      result.append(event);
      return false;
    });
    return result;
  }

  /** The events as an array, so `JSON.stringify` writes a timeline as a list. */
  toJSON(): E[] {
    return this.toArray();
  }

  #options(): TimelineOptions {
    return this.seed === undefined ? { start: this.start } : { seed: this.seed, start: this.start };
  }
}

function columnOf(timeline: object): TypeColumn {
  let column = COLUMNS.get(timeline);
  if (column === undefined) {
    column = new TypeColumn();
    COLUMNS.set(timeline, column);
  }
  return column;
}

function acceptAny(): boolean {
  return true;
}

// Where a search from `fromIndex` starts, as Array.prototype.indexOf reads its fromIndex.
function startIndex(fromIndex: number, length: number): number {
  const whole = Math.trunc(fromIndex) || 0;
  return whole < 0 ? Math.max(0, length + whole) : whole;
}
