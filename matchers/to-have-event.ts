import { compileOne } from './compile-one.js';
import { defineMatcher, footer, hint } from './define-matcher.js';
import { describeNearMisses } from './describe-near-misses.js';
import { describePattern } from './describe-pattern.js';
import { drawTimeline } from './draw-timeline.js';
import { findEvent } from './find-sequence.js';
import { findNearMisses } from './near-misses.js';
import { ACCEPTED, readReceived } from './read-received.js';
import { checkTypeFamily } from './type-family.js';
import { unknownTask, unknownTaskResult } from './unknown-task.js';

/** What the single-event matchers accept as the expected event. */
export const ITEM_ACCEPTS = `an event type or a sentence of one item ('Terminated with exit code 1'), a partial event such as { type: 'Killed', at: '35s' }, or an asymmetric matcher such as anEvent('Started')`;

/**
 * Passes when at least one event of the received timeline is the expected one.
 *
 * @example expect(task).toHaveEvent('Terminated with signal 9')
 */
export const toHaveEvent = defineMatcher(
  {
    name: 'toHaveEvent',
    args: 'expected',
    accepts: `It takes ${ITEM_ACCEPTS}, and receives ${ACCEPTED}.`,
  },
  (context, received, expected: unknown) => {
    const subject = readReceived(received);
    const pattern = compileOne(expected, 'expected');
    const events = subject.events();
    checkTypeFamily([pattern], subject, events, 'expected');
    const unknown = unknownTask([pattern], events);
    if (unknown !== undefined) {
      const expectedLine = (): string => `Expected event: ${describePattern(context, pattern)}`;
      const usage = { name: 'toHaveEvent', args: 'expected', expected: expectedLine };
      return unknownTaskResult(context, usage, unknown, subject);
    }

    const equals = (a: unknown, b: unknown): boolean => context.equals(a, b);
    const index = findEvent(events, pattern, equals);
    const pass = index !== -1;

    const message = (): string => {
      const head = `${hint(context, 'toHaveEvent', 'expected')}\n\n`;
      const item = describePattern(context, pattern);
      const timeline = pass
        ? drawTimeline(events, { marks: new Map([[index, '✓']]), focus: index })
        : drawTimeline(events, { marks: new Map(), focus: 0 });
      const expectation = pass
        ? `Expected event: not ${item}\nEvent ${index + 1} is one (marked).`
        : `Expected event: ${item}\nNo event matches.${describeNearMisses(context, pattern, findNearMisses(events, pattern, equals))}`;
      return `${head}${expectation}\n\nReceived timeline:\n${timeline}${footer(subject)}`;
    };

    return { pass, message };
  },
);
