export {
  DRIVER_ENTRY_TYPES,
  createDriverEntry,
  type DriverEntry,
  type DriverEntryFields,
  type DriverEntryPlace,
  type DriverEntryType,
} from './driver-entry.js';
export { displayMessage } from './display-message.js';
export { eventDetails } from './event-details.js';
export { KIND, type Kind } from './kind.js';
export {
  DEFAULT_MAX_EVENTS,
  toNomadTaskEvent,
  toNomadTaskEventExactTime,
  toNomadTaskState,
  type NomadTaskEvent,
  type NomadTaskState,
  type NomadTaskStateOptions,
  type TaskStateSummary,
} from './nomad-json.js';
export { ZERO_TIME, formatRfc3339Nano, unixNanos } from './rfc3339-nano.js';
export {
  createTaskEvent,
  type EventPlace,
  type TaskEvent,
  type TaskEventFields,
} from './task-event.js';
export { TASK_EVENT_TYPES, isTaskEventType, type TaskEventType } from './task-event-type.js';
export { Timeline, type TimelineOptions } from './timeline.js';
