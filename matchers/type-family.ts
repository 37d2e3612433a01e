import { didYouMean, showValue } from '../src/errors/index.js';
import { DRIVER_ENTRY_TYPES, TASK_EVENT_TYPES } from '../src/events/index.js';
import { BadArgument } from './bad-argument.js';
import type { EventPattern } from './event-pattern.js';
import type { EventList, Subject } from './read-received.js';

/** Which kind of record a received timeline holds: Nomad's task events or the driver's entries. */
type Family = 'task' | 'driver';

const TASK_TYPES: ReadonlySet<string> = new Set(TASK_EVENT_TYPES);
const DRIVER_TYPES: ReadonlySet<string> = new Set(DRIVER_ENTRY_TYPES);

// The entry of the other family that records the same moment: what a user who wrote one most
// likely meant on the other timeline. Spelling alone cannot tell (`Started` -> `StartTask`).
const COUNTERPART: ReadonlyMap<string, string> = new Map([
  ['Started', 'StartTask'],
  ['Driver Failure', 'StartFailed'],
  ['Terminated', 'Exited'],
  ['Killing', 'StopTask'],
  ['Signaling', 'SignalTask'],
  ['StartTask', 'Started'],
  ['StartFailed', 'Driver Failure'],
  ['Exited', 'Terminated'],
  ['StopTask', 'Killing'],
  ['SignalTask', 'Signaling'],
]);

/**
 * Refuses an item whose event type belongs to the other family than the received timeline's
 * (`'Started'` against `s.driver.timeline`, `'StartTask'` against a task): such an item can match
 * nothing, so a count of 0 or a passing `.not` would hide the mistake. A timeline or array with
 * no events has no family to tell by and is left alone.
 */
export function checkTypeFamily(
  patterns: readonly EventPattern[],
  subject: Subject,
  events: EventList,
  path: string,
): void {
  const family = familyOf(subject, events);
  if (family === undefined) return;

  const foreign = family === 'driver' ? TASK_TYPES : DRIVER_TYPES;
  const index = patterns.findIndex(
    (pattern) => pattern.type !== undefined && foreign.has(pattern.type),
  );
  const type = patterns[index]?.type;
  if (type === undefined) return;

  const where = patterns.length > 1 ? `${path}, item ${index + 1}` : path;
  const accepted = family === 'driver' ? DRIVER_ENTRY_TYPES : TASK_EVENT_TYPES;
  const near = COUNTERPART.get(type) ?? didYouMean(type, accepted);
  const hint = near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`;
  const what =
    family === 'driver'
      ? `a task event type, and this is the driver's timeline${hint}; its entry types are`
      : `a driver entry type, and ${holder(subject)} holds task events${hint}; their types are`;
  throw new BadArgument(`${where}: ${showValue(type)} is ${what} ${accepted.join(', ')}`);
}

// Tasks, allocations, jobs and scenarios hold task events; a timeline or an array holds what its
// first event is.
function familyOf(subject: Subject, events: EventList): Family | undefined {
  if (subject.kind !== 'timeline' && subject.kind !== 'array') return 'task';

  const first = events.at(0)?.type;
  if (first === undefined) return undefined;
  if (DRIVER_TYPES.has(first)) return 'driver';
  return TASK_TYPES.has(first) ? 'task' : undefined;
}

function holder(subject: Subject): string {
  return subject.kind === 'timeline' || subject.kind === 'array'
    ? 'the received timeline'
    : subject.label;
}
