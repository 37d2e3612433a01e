import { checkAt, checkStart } from './check-place.js';
import { displayMessage } from './display-message.js';
import { eventDetails } from './event-details.js';
import { defineTime } from './event-time.js';
import type { TaskEventType } from './task-event-type.js';

/**
 * The facts an event carries, as Nomad's event builder sets them (NOMAD-REFERENCE §2.2).
 * Durations are integer nanoseconds. Unset fields stay absent from the event.
 */
export interface TaskEventFields {
  /** Terminated: the exit code (default 0). */
  exitCode?: number;
  /** Terminated: the signal number that ended the process (default 0). */
  signal?: number;
  /** Terminated: the exit message (the exit error's text); shown only when non-empty. */
  exitMessage?: string;
  /** Terminated: whether the process was OOM-killed (default false). */
  oomKilled?: boolean;
  /** Restarting: the delay before the next start, in ns (default 0). */
  startDelay?: number;
  /** Killing: the kill timeout, in ns. */
  killTimeout?: number;
  /** Restarting, Not Restarting, Restart Signaled: why. */
  restartReason?: string;
  /** Killing: why, shown instead of the kill-timeout text. */
  killReason?: string;
  /** Killed: the error of a failed kill. */
  killError?: string;
  /** Driver Failure: the start error's text. */
  driverError?: string;
  /** Driver: the driver's message. */
  driverMessage?: string;
  /** Failed Validation: the validation error's text. */
  validationError?: string;
  /** Setup Failure: the setup error's text. */
  setupError?: string;
  /** Failed Artifact Download: the download error's text. */
  downloadError?: string;
  /** Task Setup: its message (`Building Task Directory`). */
  setupMessage?: string;
  /** Events whose display is their message (Task hook failed, Task hook message, Disk Resources Exceeded, Plugin became (un)healthy). */
  eventMessage?: string;
  /** Whether the event fails the task (Not Restarting: default true). */
  failsTask?: boolean;
  /** Sibling Task Failed: the failed sibling's name. */
  failedSibling?: string;
  /** Signaling: the signal, when Nomad names it (shown in the display message). */
  taskSignal?: string;
  /** Signaling: why the signal is sent. */
  taskSignalReason?: string;
  /** Signaling through the user API: the signal name, kept in Details `signal` only (Nomad leaves TaskSignal unset). */
  signalName?: string;
  /** Waiting for / Skipping shutdown delay: the task's shutdown_delay, in ns. */
  shutdownDelay?: number;
  /** A preset display message, used instead of the one Nomad would compute. */
  displayMessage?: string;
}

/** A task event as Nomad's client records it, at a virtual time (DESIGN §5). */
export interface TaskEvent extends Omit<TaskEventFields, 'displayMessage'> {
  /** Nomad's event type string. */
  readonly type: TaskEventType;
  /** The task's name. */
  task: string;
  /** The allocation's name, `<job>.<group>[<index>]`. */
  alloc: string;
  /** Nanoseconds since the scenario started. */
  at: number;
  /** The scenario's start plus `at`, to the millisecond (computed when read). */
  readonly time: Date;
  /** Nomad's display message, byte-exact. */
  message: string;
  /** Nomad's Details map (built from the event's fields when read; frozen). */
  readonly details: Readonly<Record<string, string>>;
}

/** Where and when an event happens. */
export interface EventPlace {
  task: string;
  alloc: string;
  /** Nanoseconds since the scenario started: an integer, 0 or more. */
  at: number;
  /** The scenario's start; events keep a reference to it, so pass one shared Date. */
  start: Date;
}

/**
 * Builds a task event with Nomad's Details and display message for its type.
 *
 * @example
 * createTaskEvent('Terminated', { exitCode: 1 }, { task: 'web', alloc: 'demo.web[0]', at: 0, start })
 * // => { type: 'Terminated', message: 'Exit Code: 1', details: { exit_code: '1', signal: '0', oom_killed: 'false' }, ... }
 */
export function createTaskEvent(
  type: TaskEventType,
  fields: TaskEventFields,
  where: EventPlace,
): TaskEvent {
  checkAt(where.at, 'createTaskEvent: at');
  checkStart(where.start, 'createTaskEvent: start');

  const record = new EventRecord(type, where);
  defineTime(record, where.start);
  // message and details come before the optional fields, for a readable key order.
  record.message = '';
  Object.defineProperty(record, 'details', DETAILS_ACCESSOR);

  if (fields.displayMessage === undefined) {
    Object.assign(record, fields);
  } else {
    // A preset display message becomes `message`; it is not a field of its own.
    for (const [key, value] of Object.entries(fields)) {
      if (key !== 'displayMessage') record[key] = value;
    }
  }
  addTypeDefaults(type, record);

  record.message = fields.displayMessage || displayMessage(type, record);
  return record as unknown as TaskEvent;
}

type EventRecord = TaskEventFields & Record<string, unknown>;

// Events are made by a constructor of their own rather than as literals. A literal's object holds
// only the literal's keys and puts the rest (`at`, the fields) in a second array, reallocated as
// it grows; V8 sizes a constructor's objects from the fields its first objects end up with, so
// an event keeps its fields inside it (about 50 bytes less per finished task, bench figure 4).
// Its hidden classes start from the constructor's own, not from the one every `{}` starts from,
// which objects keyed by data (task names, parsed JSON) can fill up (see runner/by-name.ts).
// Its prototype is Object.prototype, so an event is a plain object to `toEqual`, `toStrictEqual`,
// snapshots and JSON.
const EventRecord = function (this: EventRecord, type: TaskEventType, where: EventPlace) {
  this.type = type;
  this.task = where.task;
  this.alloc = where.alloc;
  this.at = where.at;
} as unknown as new (type: TaskEventType, where: EventPlace) => EventRecord;
EventRecord.prototype = Object.prototype;

// Details are rebuilt from the event's own fields at each read instead of being stored: a
// scenario keeps every event, and a frozen map per event was a third of a finished task's memory
// while most events' Details are never read. Like `time`, the accessor is own and enumerable
// (one shared descriptor, so every event of a type shares one hidden class): `toEqual`,
// `toStrictEqual` and `JSON.stringify` see `details` like a field.
const DETAILS_ACCESSOR: PropertyDescriptor = {
  get(this: TaskEventFields): Readonly<Record<string, string>> {
    return eventDetails(this);
  },
  enumerable: true,
  configurable: false,
};

// The fields Nomad always sets on some events, even when their value is the zero value.
function addTypeDefaults(type: TaskEventType, fields: TaskEventFields): void {
  switch (type) {
    case 'Terminated':
      fields.exitCode ??= 0;
      fields.signal ??= 0;
      fields.oomKilled ??= false;
      break;
    case 'Restarting':
      fields.startDelay ??= 0;
      fields.restartReason ??= '';
      break;
    case 'Not Restarting':
      fields.restartReason ??= '';
      fields.failsTask ??= true;
      break;
  }
}
