import { KIND } from '../src/events/index.js';
import { showValue } from '../src/errors/index.js';
import { BadArgument } from './bad-argument.js';

/** The fields of a task event or driver entry that matchers and the serializer read. */
export interface EventRecord {
  readonly type: string;
  readonly at: number;
  readonly task?: string;
  readonly alloc?: string;
  readonly message?: string;
}

/**
 * A read-only view of the received events, in order: a Timeline or an array as they are. Matchers
 * read it through `length`, `at(i)` and iteration, never copying it: on a million events a copy
 * is an 8 MB array per check, and the garbage it leaves made a check's cost depend on the GC.
 */
export interface EventList extends Iterable<EventRecord> {
  readonly length: number;
  at(index: number): EventRecord | undefined;
  /** A Timeline's search by type (see `findOfType`); arrays have none. */
  findIndexOfType?(
    type: string,
    accept: (event: EventRecord, index: number) => boolean,
    fromIndex: number,
  ): number;
}

/** What a matcher was given, recognised by its brand: the object, its events and its seed. */
export interface Subject {
  readonly kind: 'task' | 'alloc' | 'job' | 'scenario' | 'timeline' | 'array';
  readonly value: Readonly<Record<PropertyKey, unknown>>;
  /** How messages name it: `task "web" (alloc "web[0]")`. */
  readonly label: string;
  readonly seed: number | undefined;
  /** The events in order; read on demand, since state matchers never need them. */
  events(): EventList;
}

/** What every matcher that reads events accepts, for messages about a wrong received value. */
export const ACCEPTED =
  'a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events';

/** Whether `value` looks like a task event or a driver entry. */
export function isEventRecord(value: unknown): value is EventRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['type'] === 'string' &&
    typeof record['at'] === 'number' &&
    typeof record['task'] === 'string'
  );
}

/** The brand of a value taskdouble made, or undefined for anything else. */
export function kindOf(value: unknown): Subject['kind'] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const kind = (value as Record<PropertyKey, unknown>)[KIND];
  if (
    kind === 'task' ||
    kind === 'alloc' ||
    kind === 'job' ||
    kind === 'scenario' ||
    kind === 'timeline'
  )
    return kind;
  if (Array.isArray(value) && value.every(isEventRecord)) return 'array';
  return undefined;
}

/** Recognises a received value, or throws BadArgument saying what the matcher accepts. */
export function readReceived(
  received: unknown,
  accepted: string = ACCEPTED,
  kinds?: readonly Subject['kind'][],
): Subject {
  const kind = kindOf(received);
  if (kind === undefined || (kinds !== undefined && !kinds.includes(kind))) {
    throw new BadArgument(`received ${describeValue(received, kind)}, which is not ${accepted}`);
  }

  const value = received as Readonly<Record<PropertyKey, unknown>>;
  const seed = typeof value['seed'] === 'number' ? value['seed'] : undefined;
  const source =
    kind === 'array'
      ? value
      : kind === 'timeline'
        ? value
        : kind === 'scenario'
          ? value['timeline']
          : value['events'];
  return { kind, value, label: labelOf(kind, value), seed, events: () => toEvents(source) };
}

// A Timeline (or an array) is read in place; only some other iterable is copied once.
function toEvents(source: unknown): EventList {
  if (Array.isArray(source)) return source as EventRecord[];
  if (typeof source !== 'object' || source === null) return [];

  const list = source as Partial<EventList>;
  const readable =
    typeof list.length === 'number' &&
    typeof list.at === 'function' &&
    typeof list[Symbol.iterator] === 'function';
  if (readable) return list as EventList;
  if (Symbol.iterator in source) return [...(source as Iterable<EventRecord>)];
  return [];
}

function labelOf(kind: Subject['kind'], value: Readonly<Record<PropertyKey, unknown>>): string {
  const name = JSON.stringify(value['name']);
  switch (kind) {
    case 'task':
      return `task ${name} (alloc ${JSON.stringify(value['alloc'])})`;
    case 'alloc':
      return `alloc ${name}`;
    case 'job':
      return `job ${name}`;
    case 'scenario':
      return 'the scenario';
    case 'timeline':
      return 'a timeline';
    case 'array':
      return 'an array of events';
  }
}

// A branded object is named by what it is; anything else is shown as it is.
function describeValue(value: unknown, kind: Subject['kind'] | undefined): string {
  if (kind === undefined) return showValue(value);
  return labelOf(kind, value as Readonly<Record<PropertyKey, unknown>>);
}
