import { didYouMean, showValue } from '../src/errors/index.js';
import { BadArgument } from './bad-argument.js';
import { defineMatcher, footer, hint } from './define-matcher.js';
import { drawTimeline } from './draw-timeline.js';
import { isAsymmetric } from './is-asymmetric.js';
import { isRegExp, matchesPattern } from './is-reg-exp.js';
import type { MatcherContext } from './matcher-context.js';
import { ACCEPTED, readReceived } from './read-received.js';

const KEYS = ['exitCode', 'signal', 'message'] as const;
type Key = (typeof KEYS)[number];

// Where each key of the expectation lives on a Terminated event.
const FIELD = { exitCode: 'exitCode', signal: 'signal', message: 'exitMessage' } as const;
const ABSENT = { exitCode: 0, signal: 0, message: '' } as const;

// What each key takes besides an asymmetric matcher, as the refusal says it.
const TAKES = {
  exitCode: 'a number',
  signal: 'a number',
  message: 'a string, a RegExp',
} as const;

/**
 * Passes when the last Terminated event of the received timeline has the given exit code,
 * signal and exit message (each optional; asymmetric matchers allowed, and a RegExp for the
 * message).
 *
 * @example expect(task).toHaveTerminatedWith({ exitCode: 0, signal: 9, message: 'error on exit' })
 */
export const toHaveTerminatedWith = defineMatcher(
  {
    name: 'toHaveTerminatedWith',
    args: 'expected',
    accepts: `It takes an object with any of exitCode (a number), signal (a number) and message (the exit message: a string or a RegExp), each also an asymmetric matcher, and receives ${ACCEPTED}.`,
  },
  (context, received, expected: unknown) => {
    const subject = readReceived(received);
    const wanted = readExpected(expected);
    const events = subject.events();

    let index = events.length - 1;
    while (index >= 0 && events.at(index)?.type !== 'Terminated') index--;
    const last = (index < 0 ? undefined : events.at(index)) as
      Readonly<Record<string, unknown>> | undefined;

    const actual: Record<string, unknown> = {};
    for (const key of Object.keys(wanted) as Key[]) {
      actual[key] = last?.[FIELD[key]] ?? ABSENT[key];
    }
    const pass = last !== undefined && matches(context, actual, wanted);

    const message = (): string => {
      const head = `${hint(context, 'toHaveTerminatedWith', 'expected')}\n\n`;
      if (last === undefined) {
        return `${head}Expected termination: ${context.utils.printExpected(wanted)}\nReceived: no Terminated event\n\nReceived timeline:\n${drawTimeline(events, { marks: new Map(), focus: 0 })}${footer(subject)}`;
      }
      const not = pass ? 'not ' : '';
      const timeline = drawTimeline(events, { marks: new Map([[index, '→']]), focus: index });
      return `${head}Expected termination: ${not}${context.utils.printExpected(wanted)}\nReceived termination: ${context.utils.printReceived(actual)}\n\nReceived timeline (the last Terminated marked):\n${timeline}${footer(subject)}`;
    };

    // Vitest draws a diff from these; the message itself holds none, so it is never drawn twice.
    // A RegExp would draw as a difference even where it matches, so then there is no diff.
    const diffable = !isRegExp(wanted['message']);
    return pass || context.isNot === true || last === undefined || !diffable
      ? { pass, message }
      : { pass, message, actual, expected: wanted };
  },
);

// A RegExp message matches the exit message; everything else is the runner's equality.
function matches(
  context: MatcherContext,
  actual: Record<string, unknown>,
  wanted: Record<string, unknown>,
): boolean {
  const pattern = wanted['message'];
  if (!isRegExp(pattern)) return context.equals(actual, wanted);

  const others = (record: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'message'));
  return (
    matchesPattern(pattern, String(actual['message'])) &&
    context.equals(others(actual), others(wanted))
  );
}

function readExpected(expected: unknown): Record<string, unknown> {
  if (typeof expected !== 'object' || expected === null || Array.isArray(expected)) {
    throw new BadArgument(
      `expected: ${showValue(expected)} is not an object such as { exitCode: 1 }`,
    );
  }

  const wanted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(expected)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      const suggestion = didYouMean(key, KEYS);
      const hintText = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
      throw new BadArgument(
        `expected.${key}: not a termination field${hintText}; use exitCode, signal or message`,
      );
    }
    if (value === undefined) continue;
    if (!accepts(key as Key, value)) {
      throw new BadArgument(
        `expected.${key}: ${showValue(value)} is not ${TAKES[key as Key]} or an asymmetric matcher`,
      );
    }
    wanted[key] = value;
  }
  return wanted;
}

function accepts(key: Key, value: unknown): boolean {
  if (isAsymmetric(value)) return true;
  if (key === 'message') return typeof value === 'string' || isRegExp(value);
  return typeof value === 'number';
}
