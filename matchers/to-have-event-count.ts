import { showValue } from '../src/errors/index.js';
import { BadArgument } from './bad-argument.js';
import { compileOne } from './compile-one.js';
import { defineMatcher, footer, hint } from './define-matcher.js';
import { describeNearMisses } from './describe-near-misses.js';
import { describePattern } from './describe-pattern.js';
import { drawTimeline } from './draw-timeline.js';
import { findEvents } from './find-sequence.js';
import { findNearMisses } from './near-misses.js';
import { ACCEPTED, readReceived } from './read-received.js';
import { checkTypeFamily } from './type-family.js';
import { ITEM_ACCEPTS } from './to-have-event.js';
import { unknownTask, unknownTaskResult } from './unknown-task.js';

/**
 * Passes when exactly `count` events of the received timeline are the expected one.
 *
 * @example expect(task).toHaveEventCount('Restarting', 2)
 */
export const toHaveEventCount = defineMatcher(
  {
    name: 'toHaveEventCount',
    args: 'expected, count',
    accepts: `It takes ${ITEM_ACCEPTS}, then a count (a whole number, 0 or more), and receives ${ACCEPTED}.`,
  },
  (context, received, expected: unknown, count: unknown) => {
    const subject = readReceived(received);
    const pattern = compileOne(expected, 'expected');
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
      throw new BadArgument(
        `count: ${showValue(count)} is not a whole number of events (0 or more)`,
      );
    }

    const events = subject.events();
    checkTypeFamily([pattern], subject, events, 'expected');
    const unknown = unknownTask([pattern], events);
    if (unknown !== undefined) {
      const expectedLine = (): string =>
        `Event: ${describePattern(context, pattern)}\nExpected count: ${context.utils.printExpected(count)}`;
      const usage = { name: 'toHaveEventCount', args: 'expected, count', expected: expectedLine };
      return unknownTaskResult(context, usage, unknown, subject);
    }

    const equals = (a: unknown, b: unknown): boolean => context.equals(a, b);
    const found = findEvents(events, pattern, equals);
    const marks = new Map(found.map((index) => [index, '✓']));
    const pass = marks.size === count;

    const message = (): string => {
      const head = `${hint(context, 'toHaveEventCount', 'expected, count')}\n\n`;
      const not = pass ? 'not ' : '';
      const focus = marks.keys().next().value ?? 0;
      // Near misses explain a shortfall: fewer matches than expected, or none under `.not`.
      const short = context.isNot === true ? marks.size === 0 : marks.size < count;
      const near = short
        ? describeNearMisses(context, pattern, findNearMisses(events, pattern, equals))
        : '';
      return `${head}Event: ${describePattern(context, pattern)}\nExpected count: ${not}${context.utils.printExpected(count)}\nReceived count: ${context.utils.printReceived(marks.size)}${near}\n\nReceived timeline (matches marked):\n${drawTimeline(events, { marks, focus })}${footer(subject)}`;
    };

    return { pass, message };
  },
);
