import { defineMatcher, footer, hint } from './define-matcher.js';
import { describeNearMisses } from './describe-near-misses.js';
import { describeExpected, describePattern } from './describe-pattern.js';
import { drawTimeline } from './draw-timeline.js';
import { compileSequence } from './event-pattern.js';
import { matchPrefix } from './find-sequence.js';
import { findNearMisses } from './near-misses.js';
import { readReceived } from './read-received.js';
import { SEQUENCE_ACCEPTS } from './to-have-event-sequence.js';
import { checkTypeFamily } from './type-family.js';
import { unknownTask, unknownTaskResult } from './unknown-task.js';

/**
 * Passes when the received timeline is exactly the expected items, one event each, nothing
 * before, between or after; a failure marks the first event that differs.
 *
 * @example expect(task).toHaveExactEventSequence('Received then Task Setup then Started')
 */
export const toHaveExactEventSequence = defineMatcher(
  { name: 'toHaveExactEventSequence', args: 'expected', accepts: SEQUENCE_ACCEPTS },
  (context, received, expected: unknown) => {
    const subject = readReceived(received);
    const patterns = compileSequence(expected, 'expected');
    const events = subject.events();
    checkTypeFamily(patterns, subject, events, 'expected');
    const unknown = unknownTask(patterns, events);
    if (unknown !== undefined) {
      const expectedLine = (): string =>
        `Expected timeline: exactly ${describeExpected(context, expected)}`;
      const usage = { name: 'toHaveExactEventSequence', args: 'expected', expected: expectedLine };
      return unknownTaskResult(context, usage, unknown, subject);
    }

    const equals = (a: unknown, b: unknown): boolean => context.equals(a, b);
    const prefix = matchPrefix(events, patterns, equals);
    const pass = prefix === patterns.length && prefix === events.length;

    const message = (): string => {
      const head = `${hint(context, 'toHaveExactEventSequence', 'expected')}\n\n`;
      const marks = new Map<number, string>();
      for (let i = 0; i < prefix; i++) marks.set(i, `✓${i + 1}`);

      if (pass) {
        return `${head}Expected timeline: not exactly ${describeExpected(context, expected)}\nIt is exactly that.\n\nReceived timeline:\n${drawTimeline(events, { marks, focus: 0 })}${footer(subject)}`;
      }

      let why: string;
      const pattern = patterns[prefix];
      if (prefix < events.length) marks.set(prefix, '✗');
      if (pattern !== undefined && prefix < events.length) {
        // The one event that had to be this item, named only when it is of the item's type.
        const near = findNearMisses(events, pattern, equals, prefix, prefix + 1);
        why = `Event ${prefix + 1} does not match item ${prefix + 1}: ${describePattern(context, pattern)}${describeNearMisses(context, pattern, near)}`;
      } else if (pattern !== undefined) {
        why = `The timeline ends after ${events.length} events; item ${prefix + 1} has none: ${describePattern(context, pattern)}`;
      } else {
        why = `Event ${prefix + 1} comes after the last of the ${patterns.length} expected items`;
      }

      return `${head}Expected timeline: exactly ${describeExpected(context, expected)}\n${why}\n\nReceived timeline:\n${drawTimeline(events, { marks, focus: prefix })}${footer(subject)}`;
    };

    return { pass, message };
  },
);
