import { TaskdoubleError, showValue } from '../errors/index.js';
import { checkStart } from './check-place.js';
import { KIND } from './kind.js';
import type { TaskEvent } from './task-event.js';

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
    this.#events.push(event);
  }

  /**
   * Gives back the spare room the list grew into, for a timeline that has its last event (a
   * dead task's): an array that grew by `append` keeps room for about 16 more items, which on a
   * four-event timeline is two thirds of its size. Appending afterwards still works.
   */
  trim(): void {
    this.#events = this.#events.slice();
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
    return this.filter((event) => event.type === type);
  }

  /** The events as an array, so `JSON.stringify` writes a timeline as a list. */
  toJSON(): E[] {
    return this.toArray();
  }

  #options(): TimelineOptions {
    return this.seed === undefined ? { start: this.start } : { seed: this.seed, start: this.start };
  }
}
