import { formatDuration } from '../duration/index.js';
import type { TaskEventFields } from './task-event.js';

/** Shared by every event without details (Received, Started, Killed, ...): no object per event. */
export const NO_DETAILS: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Nomad's Details map for an event with these fields (NOMAD-REFERENCE §2.2): each field set
 * adds its key, with Nomad's rendering of the value. The always-set fields of a type (Terminated's
 * exit code, signal and OOM flag, ...) must already be in `fields`, as `createTaskEvent` puts
 * them. Frozen, since one event object is shared by several timelines.
 */
export function eventDetails(fields: TaskEventFields): Readonly<Record<string, string>> {
  const details: Record<string, string> = {};

  // Keys in the order Nomad's task runner sets them.
  if (fields.exitCode !== undefined) details.exit_code = String(fields.exitCode);
  if (fields.signal !== undefined) details.signal = String(fields.signal);
  // The user API's signal is a name, written over the same key.
  if (fields.signalName !== undefined) details.signal = fields.signalName;
  if (fields.oomKilled !== undefined) details.oom_killed = String(fields.oomKilled);
  if (fields.exitMessage) details.exit_message = fields.exitMessage;
  if (fields.startDelay !== undefined) details.start_delay = String(fields.startDelay);
  if (fields.restartReason !== undefined) details.restart_reason = fields.restartReason;
  if (fields.failsTask) details.fails_task = 'true';
  if (fields.killTimeout !== undefined) details.kill_timeout = formatDuration(fields.killTimeout);
  if (fields.killReason !== undefined) details.kill_reason = fields.killReason;
  if (fields.killError !== undefined) details.kill_error = fields.killError;
  if (fields.driverError !== undefined) details.driver_error = fields.driverError;
  if (fields.validationError !== undefined) details.validation_error = fields.validationError;
  if (fields.setupError !== undefined) details.setup_error = fields.setupError;
  if (fields.downloadError !== undefined) details.download_error = fields.downloadError;
  if (fields.failedSibling !== undefined) details.failed_sibling = fields.failedSibling;
  if (fields.taskSignal !== undefined) details.task_signal = fields.taskSignal;
  if (fields.taskSignalReason !== undefined) details.task_signal_reason = fields.taskSignalReason;
  const message = fields.setupMessage ?? fields.eventMessage;
  if (message !== undefined) details.message = message;
  if (fields.driverMessage !== undefined) details.driver_message = fields.driverMessage;

  return Object.keys(details).length === 0 ? NO_DETAILS : Object.freeze(details);
}
