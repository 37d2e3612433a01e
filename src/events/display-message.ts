import { formatDuration, goQuote } from '../duration/index.js';
import type { TaskEventFields } from './task-event.js';

// Nomad treats this restart reason as "nothing to say" and leaves the display unprefixed.
const WITHIN_POLICY = 'Restart within policy';

/**
 * Nomad's display message for an event of `type` with these fields (NOMAD-REFERENCE §2.1),
 * byte-exact. (A preset display message, which wins in Nomad, is the caller's business.)
 */
export function displayMessage(type: string, fields: TaskEventFields): string {
  switch (type) {
    case 'Received':
      return 'Task received by client';
    case 'Started':
      return 'Task started by client';
    case 'Terminated':
      return terminated(fields);
    case 'Restarting':
      return restarting(fields);
    case 'Not Restarting':
      return fields.restartReason || 'Task exceeded restart policy';
    case 'Killing':
      return killing(fields);
    case 'Killed':
      return fields.killError || 'Task successfully killed';
    case 'Driver Failure':
      return fields.driverError || 'Failed to start task';
    case 'Failed Validation':
      return fields.validationError || 'Validation of task failed';
    case 'Setup Failure':
      return fields.setupError || 'Task setup failed';
    case 'Downloading Artifacts':
      return 'Client is downloading artifacts';
    case 'Failed Artifact Download':
      return fields.downloadError || 'Failed to download artifacts';
    case 'Sibling Task Failed':
      return fields.failedSibling
        ? `Task's sibling ${goQuote(fields.failedSibling)} failed`
        : "Task's sibling failed";
    case 'Signaling':
      return signaling(fields);
    case 'Restart Signaled':
      return fields.restartReason || 'Task signaled to restart';
    case 'Driver':
      return fields.driverMessage ?? '';
    case 'Leader Task Dead':
      return 'Leader Task in Group dead';
    case 'Main Tasks Dead':
      return 'Main tasks in the group died';
    case 'Reconnected':
      return 'Client reconnected';
    case 'Failed Restoring Task':
      return 'failed to restore task; will not run until server is contacted';
    case 'Waiting for shutdown delay':
      return `Waiting for shutdown_delay of ${formatDuration(fields.shutdownDelay ?? 0)} before killing the task.`;
    case 'Skipping shutdown delay':
      return `Skipping shutdown_delay of ${formatDuration(fields.shutdownDelay ?? 0)} before killing the task.`;
    default:
      // Task Setup, the hook, disk and plugin events, and any type Nomad has no text for.
      return nomadMessage(fields);
  }
}

/** The text Nomad keeps in an event's `Message` field. */
export function nomadMessage(fields: TaskEventFields): string {
  return fields.exitMessage || fields.setupMessage || fields.eventMessage || '';
}

function terminated(fields: TaskEventFields): string {
  let text = exitCodeText(fields.exitCode ?? 0);
  if (fields.signal) text += `, Signal: ${fields.signal}`;
  if (fields.exitMessage) text += `, Exit Message: ${goQuote(fields.exitMessage)}`;
  return text;
}

// A scenario keeps a Terminated event per exit, and exits share a few codes: each code's text is
// built once and shared by its events instead of being one more string per event.
const EXIT_CODE_TEXTS: string[] = [];

function exitCodeText(code: number): string {
  if (!Number.isInteger(code) || code < 0 || code > 255) return `Exit Code: ${code}`;
  return (EXIT_CODE_TEXTS[code] ??= `Exit Code: ${code}`);
}

function restarting(fields: TaskEventFields): string {
  const text = `Task restarting in ${formatDuration(fields.startDelay ?? 0)}`;
  const reason = fields.restartReason;
  return reason && reason !== WITHIN_POLICY ? `${reason} - ${text}` : text;
}

function killing(fields: TaskEventFields): string {
  if (fields.killReason) return fields.killReason;
  if (fields.killTimeout) {
    return `Sent interrupt. Waiting ${formatDuration(fields.killTimeout)} before force killing`;
  }
  return 'Sent interrupt';
}

function signaling(fields: TaskEventFields): string {
  const signal = fields.taskSignal;
  const reason = fields.taskSignalReason;
  if (signal && reason) return `Task being sent signal ${signal}: ${reason}`;
  if (signal) return `Task being sent signal ${signal}`;
  if (reason) return reason;
  return 'Task being sent a signal';
}
