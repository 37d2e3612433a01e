import { defineMatcher, footer, hint } from './define-matcher.js';
import { failedAllocs } from './failed-allocs.js';
import type { Matcher, MatcherContext, MatcherResult } from './matcher-context.js';
import { type Subject, readReceived } from './read-received.js';

const STATE_ACCEPTS = 'It takes no argument, and receives a MockTask, an alloc or a job.';

type State = 'pending' | 'running' | 'dead';
type Owner = 'task' | 'alloc' | 'job';

// What each owner reports for each lifecycle state: a task's `state` (pending, running, dead),
// an alloc's client status (pending, running, complete, failed: it ends in one of the last two),
// and a job's status (pending, running, dead), as in Nomad.
const VALUES_OF: Record<Owner, Record<State, readonly string[]>> = {
  task: { pending: ['pending'], running: ['running'], dead: ['dead'] },
  alloc: { pending: ['pending'], running: ['running'], dead: ['complete', 'failed'] },
  job: { pending: ['pending'], running: ['running'], dead: ['dead'] },
};

/** Builds toBePending, toBeRunning or toBeDead: a task's `state`, an alloc's or job's `status`. */
function stateMatcher(name: string, state: State): Matcher<[]> {
  return defineMatcher({ name, args: '', accepts: STATE_ACCEPTS }, (context, received) => {
    const subject = readOwner(received);
    const kind = subject.kind as Owner;
    const field = kind === 'task' ? 'state' : 'status';
    const actual = subject.value[field];
    const wanted = VALUES_OF[kind][state];
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

/**
 * Passes when the task is dead (it will not run again), the alloc has completed or failed, or the
 * job is dead (none of its allocations runs or waits).
 */
export const toBeDead = stateMatcher('toBeDead', 'dead');

/**
 * Passes when the task has failed (Nomad's `Failed` flag), the alloc's status is failed, or any
 * of the job's allocations has failed (a job's own status is only pending, running or dead).
 *
 * @example expect(task).toHaveFailed()
 */
export const toHaveFailed = defineMatcher(
  { name: 'toHaveFailed', args: '', accepts: STATE_ACCEPTS },
  (context, received) => {
    const subject = readOwner(received);
    if (subject.kind === 'job') return jobFailed(context, subject);

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

// A job has failed when one of its allocations has: say which, or what each one's status is.
function jobFailed(context: MatcherContext, subject: Subject): MatcherResult {
  const { failed, statuses } = failedAllocs(subject.value['allocs']);
  const pass = failed.length > 0;

  const message = (): string => {
    const { EXPECTED_COLOR, RECEIVED_COLOR } = context.utils;
    const expected = pass ? 'none' : 'at least one';
    const received = pass
      ? failed.map((name) => JSON.stringify(name)).join(', ')
      : `none (${statuses})`;
    return `${hint(context, 'toHaveFailed', '')}\n\nExpected failed allocations: ${EXPECTED_COLOR(expected)}\nReceived failed allocations: ${RECEIVED_COLOR(received)}${footer(subject)}`;
  };
  return { pass, message };
}

/** Reads a received value that has a lifecycle of its own: a task, an alloc or a job. */
export function readOwner(received: unknown): Subject {
  return readReceived(received, 'a MockTask, an alloc or a job', ['task', 'alloc', 'job']);
}
