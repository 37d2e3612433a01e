import {
  createTaskEvent,
  type TaskEvent,
  type TaskEventFields,
  type TaskEventType,
} from '../events/index.js';

/** The virtual start the format tests use. */
export const START = new Date('2026-01-01T00:00:00Z');

/** A task event of task `task` in alloc `job.group[0]` at `at` ns. */
export function event(
  type: TaskEventType,
  at: number,
  fields: TaskEventFields = {},
  task = 'task',
): TaskEvent {
  return createTaskEvent(type, fields, { task, alloc: 'job.group[0]', at, start: START });
}
