import { defineMatcher, footer, hint } from './define-matcher.js';
import type { Matcher } from './matcher-context.js';
import { type Subject, readReceived } from './read-received.js';

const STATE_ACCEPTS = 'It takes no argument, and receives a MockTask, an alloc or a job.';

type State = 'pending' | 'running' | 'dead';

// An alloc or job reports a client status; the dead states are the two it ends in.
const STATUS_OF: Record<State, readonly string[]> = {
  pending: ['pending'],
  running: ['running'],
  dead: ['complete', 'failed', 'dead'],
};

/** Builds toBePending, toBeRunning or toBeDead: a task's `state`, an alloc's or job's `status`. */
function stateMatcher(name: string, state: State): Matcher<[]> {
  return defineMatcher({ name, args: '', accepts: STATE_ACCEPTS }, (context, received) => {
    const subject = readOwner(received);
    const field = subject.kind === 'task' ? 'state' : 'status';
    const actual = subject.value[field];
    const wanted = subject.kind === 'task' ? [state] : STATUS_OF[state];
    const pass = wanted.includes(actual as string);

    const message = (): string => {
      const expected = wanted.map((value) => context.utils.printExpected(value)).join(' or ');
      return `${hint(context, name, '')}\n\nExpected ${field}: ${pass ? 'not ' : ''}${expected}\nReceived ${field}: ${context.utils.printReceived(actual)}${footer(subject)}`;
    };
    return { pass, message };
  });
}

/** Passes when the task is pending (not started yet), or the alloc or job is. */
export const toBePending = stateMatcher('toBePending', 'pending');

/** Passes when the task is running, or the alloc or job is. */
export const toBeRunning = stateMatcher('toBeRunning', 'running');

/** Passes when the task is dead (it will not run again), or the alloc or job has completed or failed. */
export const toBeDead = stateMatcher('toBeDead', 'dead');

/**
 * Passes when the task has failed (Nomad's `Failed` flag), or the alloc's or job's status is failed.
 *
 * @example expect(task).toHaveFailed()
 */
export const toHaveFailed = defineMatcher(
  { name: 'toHaveFailed', args: '', accepts: STATE_ACCEPTS },
  (context, received) => {
    const subject = readOwner(received);
    const field = subject.kind === 'task' ? 'failed' : 'status';
    const actual = subject.value[field];
    const pass = subject.kind === 'task' ? actual === true : actual === 'failed';

    const message = (): string => {
      const expected = subject.kind === 'task' ? !pass : pass ? 'not "failed"' : '"failed"';
      const shown =
        typeof expected === 'boolean'
          ? context.utils.printExpected(expected)
          : context.utils.EXPECTED_COLOR(expected);
      return `${hint(context, 'toHaveFailed', '')}\n\nExpected ${field}: ${shown}\nReceived ${field}: ${context.utils.printReceived(actual)}${footer(subject)}`;
    };
    return { pass, message };
  },
);

/** Reads a received value that has a lifecycle of its own: a task, an alloc or a job. */
export function readOwner(received: unknown): Subject {
  return readReceived(received, 'a MockTask, an alloc or a job', ['task', 'alloc', 'job']);
}
