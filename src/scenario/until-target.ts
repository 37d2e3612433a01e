import { didYouMean, TaskdoubleError } from '../errors/index.js';
import { TASK_EVENT_TYPES, type TaskEvent, type TaskEventType } from '../events/index.js';
import type { MockTask } from './mock-task.js';

/** What `s.until` waits for: a test on each new event, and how to name it in messages. */
export interface UntilTarget {
  readonly matches: (event: TaskEvent) => boolean;
  readonly description: string;
}

/** Reads `s.until`'s first arguments: a task and an event type, or a predicate. */
export function untilTarget(subject: unknown, type: unknown): UntilTarget {
  if (typeof subject === 'function') {
    const predicate = subject as (event: TaskEvent) => unknown;
    return { matches: (event) => predicate(event) === true, description: 's.until(predicate)' };
  }

  if (!(subject instanceof Object) || !('name' in subject) || !('alloc' in subject)) {
    throw new TaskdoubleError(
      'until: expected a task and an event type (s.until(web, "Terminated")) or a predicate (s.until((event) => ...)), got ' +
        String(subject),
    );
  }

  const task = subject as MockTask;
  const eventType = eventTypeOf(type);
  return {
    matches: (event) =>
      event.type === eventType && event.task === task.name && event.alloc === task.alloc,
    description: `s.until(${task.name}, ${JSON.stringify(eventType)})`,
  };
}

// Event types are matched case-insensitively, as in the sequence sentences.
function eventTypeOf(type: unknown): TaskEventType {
  const found =
    typeof type === 'string'
      ? TASK_EVENT_TYPES.find((known) => known.toLowerCase() === type.toLowerCase())
      : undefined;
  if (found !== undefined) return found;

  const near = typeof type === 'string' ? didYouMean(type, TASK_EVENT_TYPES) : undefined;
  const hint = near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`;
  throw new TaskdoubleError(
    `until: ${JSON.stringify(type)} is not a Nomad task event type${hint}; accepted: ${TASK_EVENT_TYPES.join(', ')}`,
  );
}
