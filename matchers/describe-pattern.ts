import type { EventPattern } from './event-pattern.js';
import type { MatcherContext } from './matcher-context.js';

/** An item as messages show it: a sentence item's own words, anything else through the printer. */
export function describePattern(context: MatcherContext, pattern: EventPattern): string {
  return 'text' in pattern.source
    ? context.utils.EXPECTED_COLOR(pattern.source.text)
    : context.utils.printExpected(pattern.source.value);
}

/** The expected argument as messages show it: a sentence as written, an array through the printer. */
export function describeExpected(context: MatcherContext, expected: unknown): string {
  return typeof expected === 'string'
    ? context.utils.EXPECTED_COLOR(expected)
    : context.utils.printExpected(expected);
}
