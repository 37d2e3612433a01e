import { BadArgument } from './bad-argument.js';
import { defineMatcher, footer, hint } from './define-matcher.js';
import { describeNearMisses } from './describe-near-misses.js';
import { describeExpected, describePattern } from './describe-pattern.js';
import { drawTimeline } from './draw-timeline.js';
import { compileSequence } from './event-pattern.js';
import { findSequence } from './find-sequence.js';
import { findNearMisses } from './near-misses.js';
import { ACCEPTED, readReceived } from './read-received.js';
import { checkTypeFamily } from './type-family.js';
import { unknownTask, unknownTaskResult } from './unknown-task.js';

/** What the sequence matchers accept, shared by their bad-argument messages. */
export const SEQUENCE_ACCEPTS = `It takes one sentence ('Started then Terminated with exit code 1') or an array of items (an event type or sentence, a partial event such as { type: 'Terminated', exitCode: 1, at: '30s' }, or an asymmetric matcher), and receives ${ACCEPTED}.`;

/**
 * Passes when the expected items occur in the received timeline in this order, other events
 * allowed between them; a failure draws the timeline and marks how far matching got.
 *
 * @example expect(task).toHaveEventSequence('Started then Terminated with exit code 1 then Restarting')
 */
export const toHaveEventSequence = defineMatcher(
  { name: 'toHaveEventSequence', args: 'expected', accepts: SEQUENCE_ACCEPTS },
  (context, received, expected: unknown) => {
    const subject = readReceived(received);
    const patterns = compileSequence(expected, 'expected');
    if (patterns.length === 0)
      throw new BadArgument('expected is empty; an empty sequence would match any timeline');

    const events = subject.events();
    checkTypeFamily(patterns, subject, events, 'expected');
    const unknown = unknownTask(patterns, events);
    if (unknown !== undefined) {
      const expectedLine = (): string =>
        `Expected sequence: ${describeExpected(context, expected)}`;
      const usage = { name: 'toHaveEventSequence', args: 'expected', expected: expectedLine };
      return unknownTaskResult(context, usage, unknown, subject);
    }

    const equals = (a: unknown, b: unknown): boolean => context.equals(a, b);
    const matched = findSequence(events, patterns, equals);
    const pass = matched.length === patterns.length;

    const message = (): string => {
      const head = `${hint(context, 'toHaveEventSequence', 'expected')}\n\n`;
      const marks = new Map(matched.map((index, item) => [index, `✓${item + 1}`]));
      const last = matched.at(-1) ?? -1;

      if (pass) {
        return `${head}Expected sequence: not ${describeExpected(context, expected)}\nIt occurs, at the events marked:\n\nReceived timeline:\n${drawTimeline(events, { marks, focus: matched[0] ?? 0 })}${footer(subject)}`;
      }

      const missing = patterns[matched.length];
      const item = missing === undefined ? '' : describePattern(context, missing);
      // Only the events after the last match could have been this item.
      const near =
        missing === undefined
          ? ''
          : describeNearMisses(context, missing, findNearMisses(events, missing, equals, last + 1));
      const note = `no event ${last === -1 ? '' : 'after this one '}matches item ${matched.length + 1}`;
      return `${head}Expected sequence: ${describeExpected(context, expected)}\nMatched ${matched.length} of ${patterns.length} items; item ${matched.length + 1} is missing: ${item}${near}\n\nReceived timeline:\n${drawTimeline(events, { marks, noteAfter: last, note, focus: last + 1 })}${footer(subject)}`;
    };

    return { pass, message };
  },
);
