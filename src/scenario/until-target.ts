import { didYouMean, showValue, TaskdoubleError } from '../errors/index.js';
import { TASK_EVENT_TYPES, type TaskEvent, type TaskEventType } from '../events/index.js';
import type { MockTask } from './mock-task.js';
import { scenarioDuration } from './scenario-duration.js';
import { isRecord } from './task-input.js';

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
        showValue(subject),
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
    `until: ${showValue(type)} is not a Nomad task event type${hint}; accepted: ${TASK_EVENT_TYPES.join(', ')}`,
  );
}

/** Reads `s.until`'s options: the `within` limit in ns, or undefined for none. */
export function untilWithin(options: unknown): number | undefined {
  if (options === undefined) return undefined;
  if (!isRecord(options)) {
    throw new TaskdoubleError(
      `until: expected options such as { within: '1m' }, got ${showValue(options)}`,
    );
  }

  for (const key of Object.keys(options)) {
    if (key === 'within') continue;
    const hint = didYouMean(key, ['within']) === undefined ? '' : ' (did you mean "within"?)';
    throw new TaskdoubleError(`until: ${showValue(key)} is not an option${hint}; accepted: within`);
  }
  return options['within'] === undefined
    ? undefined
    : scenarioDuration('until: options.within', options['within']);
}
