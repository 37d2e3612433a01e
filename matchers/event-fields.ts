import type {
  DriverEntry,
  DriverEntryType,
  TaskEventFields,
  TaskEventType,
} from '../src/events/index.js';

/** Anything with `asymmetricMatch`: expect.any(Number), expect.stringContaining('x'), anEvent(...). */
export interface AsymmetricLike {
  asymmetricMatch(other: unknown): boolean;
}

type OrMatcher<T> = { [K in keyof T]?: T[K] | AsymmetricLike };

/** A type name as the matchers take it: Nomad's or the driver's, in any case. */
export type EventTypeName = TaskEventType | DriverEntryType | (string & {});

/**
 * A partial event for the matchers and anEvent: any field of a task event or driver entry,
 * each value exact or an asymmetric matcher. `at` is a duration from the scenario start (a Go
 * string or milliseconds); `reason` matches the restart, kill or signal reason.
 */
export interface EventFields
  extends
    OrMatcher<Omit<TaskEventFields, 'displayMessage'>>,
    OrMatcher<
      Omit<
        DriverEntry,
        keyof TaskEventFields | 'type' | 'task' | 'id' | 'at' | 'time' | 'message' | 'details'
      >
    > {
  type?: EventTypeName | AsymmetricLike;
  task?: string | AsymmetricLike;
  alloc?: string | AsymmetricLike;
  id?: string | AsymmetricLike;
  at?: string | number | AsymmetricLike;
  time?: Date | AsymmetricLike;
  message?: string | AsymmetricLike;
  details?: Readonly<Record<string, string>> | AsymmetricLike;
  reason?: string | AsymmetricLike;
}

/** One expected event: a type name or a one-item sentence, a partial event, or an asymmetric matcher. */
export type EventItem = string | EventFields | AsymmetricLike;

/** An expected sequence: one sentence, or an array of items. */
export type EventSequence = string | readonly EventItem[];
