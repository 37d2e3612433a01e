import { TaskdoubleError, showValue } from '../errors/index.js';
import { nomadMessage } from './display-message.js';
import { ZERO_TIME, formatRfc3339Nano, unixNanos } from './rfc3339-nano.js';
import type { TaskEvent } from './task-event.js';

/** A task event as Nomad's API JSON has it (NOMAD-REFERENCE §6): unset strings "", numbers 0. */
export interface NomadTaskEvent {
  Type: string;
  /** Unix nanoseconds; a number, so exact only to within 256 ns (see `toNomadTaskEventExactTime`). */
  Time: number;
  DisplayMessage: string;
  Details: Record<string, string>;
  Message: string;
  FailsTask: boolean;
  RestartReason: string;
  SetupError: string;
  DriverError: string;
  DriverMessage: string;
  ExitCode: number;
  Signal: number;
  KillReason: string;
  KillTimeout: number;
  KillError: string;
  StartDelay: number;
  DownloadError: string;
  ValidationError: string;
  DiskLimit: number;
  FailedSibling: string;
  VaultError: string;
  TaskSignalReason: string;
  TaskSignal: string;
  GenericSource: string;
}

/** A task's state as Nomad's API JSON has it, inside `Allocation.TaskStates`. */
export interface NomadTaskState {
  State: 'pending' | 'running' | 'dead';
  Failed: boolean;
  Restarts: number;
  LastRestart: string;
  StartedAt: string;
  FinishedAt: string;
  Events: NomadTaskEvent[];
  Paused: string;
}

/** What `toNomadTaskState` needs to know about a task; times are ns since the scenario start. */
export interface TaskStateSummary {
  state: 'pending' | 'running' | 'dead';
  failed: boolean;
  restarts: number;
  lastRestart?: number;
  startedAt?: number;
  finishedAt?: number;
}

/** Options of `toNomadTaskState`. */
export interface NomadTaskStateOptions {
  /** The scenario's start: the origin of every `at`. */
  start: Date;
  /**
   * How many of the most recent events to keep, as Nomad does (`Infinity` keeps all).
   * @defaultValue 10
   */
  maxEvents?: number;
}

/** Nomad's number of kept events per task (`defaultMaxEvents`). */
export const DEFAULT_MAX_EVENTS = 10;

/**
 * Nomad's API JSON for a task event. `Details` keys are sorted, as Go writes a map.
 *
 * @example toNomadTaskEvent(event, scenarioStart).DisplayMessage // => 'Task started by client'
 */
export function toNomadTaskEvent(event: TaskEvent, start: Date): NomadTaskEvent {
  return {
    Type: event.type,
    Time: Number(unixNanos(start, event.at)),
    DisplayMessage: event.message,
    Details: sortedCopy(event.details),
    Message: nomadMessage(event),
    FailsTask: event.failsTask ?? false,
    RestartReason: event.restartReason ?? '',
    SetupError: event.setupError ?? '',
    DriverError: event.driverError ?? '',
    DriverMessage: event.driverMessage ?? '',
    ExitCode: event.exitCode ?? 0,
    Signal: event.signal ?? 0,
    KillReason: event.killReason ?? '',
    KillTimeout: event.killTimeout ?? 0,
    KillError: event.killError ?? '',
    StartDelay: event.startDelay ?? 0,
    DownloadError: event.downloadError ?? '',
    ValidationError: event.validationError ?? '',
    DiskLimit: 0,
    FailedSibling: event.failedSibling ?? '',
    VaultError: '',
    TaskSignalReason: event.taskSignalReason ?? '',
    TaskSignal: event.taskSignal ?? '',
    GenericSource: '',
  };
}

/**
 * The event's exact Unix time in nanoseconds as a decimal string, for JSON written by hand
 * where `Time` must not be rounded.
 *
 * @example toNomadTaskEventExactTime(event, new Date(0)) // => "17426443129"
 */
export function toNomadTaskEventExactTime(event: { at: number }, start: Date): string {
  return String(unixNanos(start, event.at));
}

/**
 * Nomad's API JSON for a task's state: RFC 3339 times in UTC (the zero time when unset) and
 * the most recent `maxEvents` events.
 */
export function toNomadTaskState(
  state: TaskStateSummary,
  events: Iterable<TaskEvent>,
  options: NomadTaskStateOptions,
): NomadTaskState {
  const { start } = options;
  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  if (maxEvents !== Infinity && (!Number.isSafeInteger(maxEvents) || maxEvents < 0)) {
    throw new TaskdoubleError(
      `maxEvents: ${showValue(maxEvents)} is not a count; expected an integer, 0 or more, or Infinity`,
    );
  }

  return {
    State: state.state,
    Failed: state.failed,
    Restarts: state.restarts,
    LastRestart: timeText(start, state.lastRestart),
    StartedAt: timeText(start, state.startedAt),
    FinishedAt: timeText(start, state.finishedAt),
    Events: lastOf(events, maxEvents).map((event) => toNomadTaskEvent(event, start)),
    Paused: '',
  };
}

function timeText(start: Date, at: number | undefined): string {
  return at === undefined ? ZERO_TIME : formatRfc3339Nano(unixNanos(start, at));
}

// The last `count` items. Arrays and timelines are indexed from the end; any other iterable is
// walked once through a window, so a long timeline is never copied whole.
function lastOf<T>(items: Iterable<T>, count: number): T[] {
  if (count === 0) return [];

  if (isIndexed<T>(items)) {
    const from = Math.max(0, items.length - count);
    const result: T[] = [];
    for (let index = from; index < items.length; index++) result.push(items.at(index) as T);
    return result;
  }

  const window: T[] = [];
  for (const item of items) {
    window.push(item);
    if (window.length > count * 2) window.splice(0, window.length - count);
  }
  return window.length > count ? window.slice(window.length - count) : window;
}

function isIndexed<T>(items: Iterable<T>): items is Iterable<T> & Indexed<T> {
  const candidate = items as Partial<Indexed<T>>;
  return typeof candidate.length === 'number' && typeof candidate.at === 'function';
}

interface Indexed<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

function sortedCopy(details: Readonly<Record<string, string>>): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const key of Object.keys(details).sort()) copy[key] = details[key] ?? '';
  return copy;
}
