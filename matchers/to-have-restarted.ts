import { showValue } from '../src/errors/index.js';
import { BadArgument } from './bad-argument.js';
import { defineMatcher, footer, hint } from './define-matcher.js';
import { findOfType } from './find-of-type.js';
import { ACCEPTED, type EventList, readReceived } from './read-received.js';

/**
 * Passes when the task restarted `times` times, or at least once when `times` is omitted. For
 * anything but a task, the restarts are the timeline's Restarting events.
 *
 * @example expect(task).toHaveRestarted(2)
 */
export const toHaveRestarted = defineMatcher(
  {
    name: 'toHaveRestarted',
    args: 'times',
    accepts: `It takes an optional number of restarts (a whole number, 0 or more), and receives ${ACCEPTED}.`,
  },
  (context, received, times?: unknown) => {
    const subject = readReceived(received);
    if (
      times !== undefined &&
      (typeof times !== 'number' || !Number.isSafeInteger(times) || times < 0)
    ) {
      throw new BadArgument(
        `times: ${showValue(times)} is not a whole number of restarts (0 or more)`,
      );
    }

    const restarts =
      subject.kind === 'task' && typeof subject.value['restarts'] === 'number'
        ? subject.value['restarts']
        : countRestarting(subject.events());
    const pass = times === undefined ? restarts > 0 : restarts === times;

    const message = (): string => {
      const args = times === undefined ? '' : 'times';
      let expected: string;
      if (times === undefined)
        expected = pass
          ? context.utils.printExpected(0)
          : `at least ${context.utils.printExpected(1)}`;
      else expected = `${pass ? 'not ' : ''}${context.utils.printExpected(times)}`;
      return `${hint(context, 'toHaveRestarted', args)}\n\nExpected restarts: ${expected}\nReceived restarts: ${context.utils.printReceived(restarts)}${footer(subject)}`;
    };
    return { pass, message };
  },
);

function countRestarting(events: EventList): number {
  let count = 0;
  // Counted as they are visited: the search is asked for one it never gets, so it visits all.
  findOfType(
    events,
    'Restarting',
    () => {
      count++;
      return false;
    },
    0,
  );
  return count;
}
