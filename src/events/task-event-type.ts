/**
 * Every task event type string Nomad's client produces (NOMAD-REFERENCE §2.1), in the order
 * the reference lists them. Matchers use the list for did-you-mean suggestions.
 */
export const TASK_EVENT_TYPES = [
  'Received',
  'Task Setup',
  'Started',
  'Terminated',
  'Restarting',
  'Not Restarting',
  'Killing',
  'Killed',
  'Driver Failure',
  'Failed Validation',
  'Setup Failure',
  'Downloading Artifacts',
  'Failed Artifact Download',
  'Sibling Task Failed',
  'Signaling',
  'Restart Signaled',
  'Driver',
  'Leader Task Dead',
  'Main Tasks Dead',
  'Reconnected',
  'Task hook failed',
  'Task hook message',
  'Failed Restoring Task',
  'Disk Resources Exceeded',
  'Plugin became unhealthy',
  'Plugin became healthy',
  'Waiting for shutdown delay',
  'Skipping shutdown delay',
] as const;

/** A task event's `type`: one of Nomad's event type strings. */
export type TaskEventType = (typeof TASK_EVENT_TYPES)[number];

const KNOWN: ReadonlySet<string> = new Set(TASK_EVENT_TYPES);

/** Whether `value` is one of Nomad's task event type strings (exact case). */
export function isTaskEventType(value: unknown): value is TaskEventType {
  return typeof value === 'string' && KNOWN.has(value);
}
