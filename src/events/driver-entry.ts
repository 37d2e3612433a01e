import { formatDuration, goQuote } from '../duration/index.js';
import { checkAt, checkStart } from './check-place.js';
import { NO_DETAILS } from './event-details.js';
import { defineTime } from './event-time.js';

/** The facts each kind of driver timeline entry carries (durations in ns). */
export interface DriverEntryFields {
  StartTask: Record<never, never>;
  StartFailed: { error: string; recoverable: boolean };
  Stdout: { text: string };
  Stderr: { text: string };
  Exited: { exitCode: number; signal: number; err?: string; oomKilled?: boolean };
  StopTask: { timeout: number; killSignal: string };
  SignalTask: { signalName: string; error?: string };
  ExecTask: { command: readonly string[]; exitCode?: number };
  DestroyTask: { force: boolean };
  RecoverTask: Record<never, never>;
  PluginExited: Record<never, never>;
}

/** The type of a driver timeline entry: named after what happened (DESIGN §4). */
export type DriverEntryType = keyof DriverEntryFields;

/** Every driver entry type, for did-you-mean suggestions. */
export const DRIVER_ENTRY_TYPES: readonly DriverEntryType[] = [
  'StartTask',
  'StartFailed',
  'Stdout',
  'Stderr',
  'Exited',
  'StopTask',
  'SignalTask',
  'ExecTask',
  'DestroyTask',
  'RecoverTask',
  'PluginExited',
];

/** One thing the mock driver saw or did, on its own timeline (`driver.timeline`). */
export interface DriverEntry {
  readonly type: DriverEntryType;
  /** The task's name. */
  task: string;
  /** The task's id (the handle's id given to `startTask`). */
  id: string;
  /** Nanoseconds since the scenario started. */
  at: number;
  /** The scenario's start plus `at`, to the millisecond (computed when read). */
  readonly time: Date;
  /** A short readable line: `started`, the text written, `exit code 1, signal 0` (computed when read). */
  readonly message: string;
  /** The entry's facts as strings, snake_case keys (`exit_code`, `signal`; computed when read, frozen). */
  readonly details: Readonly<Record<string, string>>;
  exitCode?: number;
  signal?: number;
  err?: string;
  oomKilled?: boolean;
  error?: string;
  recoverable?: boolean;
  text?: string;
  timeout?: number;
  killSignal?: string;
  signalName?: string;
  command?: readonly string[];
  force?: boolean;
}

/** Where and when a driver entry happens. */
export interface DriverEntryPlace {
  task: string;
  id: string;
  /** Nanoseconds since the scenario started: an integer, 0 or more. */
  at: number;
  /** The scenario's start; entries keep a reference to it. */
  start: Date;
}

/**
 * Builds a driver timeline entry with its readable message and details.
 *
 * @example
 * createDriverEntry('Exited', { exitCode: 1, signal: 0 }, { task: 'web', id: 'a1', at: 0, start })
 * // => { type: 'Exited', message: 'exit code 1, signal 0', details: { exit_code: '1', signal: '0' }, ... }
 */
export function createDriverEntry<T extends DriverEntryType>(
  type: T,
  fields: DriverEntryFields[T],
  where: DriverEntryPlace,
): DriverEntry {
  checkAt(where.at, 'createDriverEntry: at');
  checkStart(where.start, 'createDriverEntry: start');

  const entry = new EntryRecord(type, where);
  defineTime(entry, where.start);
  Object.defineProperty(entry, 'message', MESSAGE_ACCESSOR);
  Object.defineProperty(entry, 'details', DETAILS_ACCESSOR);
  Object.assign(entry, fields);
  return entry as unknown as DriverEntry;
}

// Entries are made by a constructor of their own rather than as literals, so that they keep
// their fields inside them and their hidden classes stay apart from those of `{}` (see
// createTaskEvent's EventRecord). Its prototype is Object.prototype: an entry is a plain object.
const EntryRecord = function (
  this: Record<string, unknown>,
  type: DriverEntryType,
  where: DriverEntryPlace,
) {
  this.type = type;
  this.task = where.task;
  this.id = where.id;
  this.at = where.at;
} as unknown as new (type: DriverEntryType, where: DriverEntryPlace) => Record<string, unknown>;
EntryRecord.prototype = Object.prototype;

// The driver timeline keeps an entry per start, write, exit and destroy of every task, so an
// entry stores only its place and its fields: `message` and `details` are derived from them at
// each read. Own, enumerable accessors with shared descriptors (like `time`): every entry of a
// kind shares one hidden class, and `toEqual`, `toStrictEqual` and JSON see them as fields.
type StoredEntry = AnyFields & { readonly type: DriverEntryType };

const MESSAGE_ACCESSOR: PropertyDescriptor = {
  get(this: StoredEntry): string {
    return entryMessage(this.type, this);
  },
  enumerable: true,
  configurable: false,
};

const DETAILS_ACCESSOR: PropertyDescriptor = {
  get(this: StoredEntry): Readonly<Record<string, string>> {
    return entryDetails(this);
  },
  enumerable: true,
  configurable: false,
};

type AnyFields = Partial<
  Omit<DriverEntry, 'type' | 'task' | 'id' | 'at' | 'time' | 'message' | 'details'>
>;

function entryMessage(type: DriverEntryType, fields: AnyFields): string {
  switch (type) {
    case 'StartTask':
      return 'started';
    case 'StartFailed':
      return `start failed${fields.recoverable ? ' (recoverable)' : ''}: ${fields.error ?? ''}`;
    case 'Stdout':
    case 'Stderr':
      return fields.text ?? '';
    case 'Exited':
      return exited(fields);
    case 'StopTask':
      return `stop with ${fields.killSignal ?? ''}, timeout ${formatDuration(fields.timeout ?? 0)}`;
    case 'SignalTask':
      return fields.error
        ? `signal ${fields.signalName ?? ''} failed: ${fields.error}`
        : `signal ${fields.signalName ?? ''}`;
    case 'ExecTask': {
      const command = (fields.command ?? []).join(' ');
      return fields.exitCode === undefined
        ? `exec ${command}`
        : `exec ${command}, exit code ${fields.exitCode}`;
    }
    case 'DestroyTask':
      return fields.force ? 'destroyed (forced)' : 'destroyed';
    case 'RecoverTask':
      return 'recovered';
    case 'PluginExited':
      return 'plugin exited';
  }
}

function exited(fields: AnyFields): string {
  let text = `exit code ${fields.exitCode ?? 0}, signal ${fields.signal ?? 0}`;
  if (fields.oomKilled) text += ', OOM killed';
  if (fields.err) text += `, error ${goQuote(fields.err)}`;
  return text;
}

// Details keys are the snake_case names of the fields; lists are joined by spaces.
const DETAIL_KEYS: readonly (readonly [keyof AnyFields, string])[] = [
  ['exitCode', 'exit_code'],
  ['signal', 'signal'],
  ['err', 'err'],
  ['oomKilled', 'oom_killed'],
  ['error', 'error'],
  ['recoverable', 'recoverable'],
  ['text', 'text'],
  ['timeout', 'timeout'],
  ['killSignal', 'kill_signal'],
  ['signalName', 'signal'],
  ['command', 'command'],
  ['force', 'force'],
];

function entryDetails(fields: AnyFields): Readonly<Record<string, string>> {
  const details: Record<string, string> = {};
  for (const [field, key] of DETAIL_KEYS) {
    const value = fields[field];
    if (value === undefined) continue;
    if (field === 'timeout') details[key] = formatDuration(value as number);
    else details[key] = Array.isArray(value) ? value.join(' ') : String(value);
  }
  return Object.keys(details).length === 0 ? NO_DETAILS : Object.freeze(details);
}
