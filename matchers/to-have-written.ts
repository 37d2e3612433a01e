import { didYouMean, showValue } from '../src/errors/index.js';
import { BadArgument } from './bad-argument.js';
import { defineMatcher, footer, hint } from './define-matcher.js';
import type { MatcherContext } from './matcher-context.js';
import { isRegExp, matchesPattern } from './is-reg-exp.js';
import { readReceived } from './read-received.js';

const STREAMS = ['stdout', 'stderr'] as const;
type Stream = (typeof STREAMS)[number];
type Expectation = string | RegExp | number;

/**
 * Passes when the task's output is as given, per stream: a string is the whole output, a
 * RegExp must match it, a number is how many writes the task made.
 *
 * @example expect(task).toHaveWritten({ stdout: /hello/, stderr: 0 })
 */
export const toHaveWritten = defineMatcher(
  {
    name: 'toHaveWritten',
    args: 'expected',
    accepts:
      'It takes { stdout?, stderr? }, each a string (the whole output), a RegExp (must match it) or a number (the count of writes), and receives a MockTask.',
  },
  (context, received, expected: unknown) => {
    const subject = readReceived(received, 'a MockTask', ['task']);
    const wanted = readExpected(expected);

    const checks = wanted.map(([stream, expectation]) => {
      const output = String(subject.value[stream] ?? '');
      const writes = Number(subject.value[`${stream}Writes`] ?? 0);
      const ok =
        typeof expectation === 'number'
          ? writes === expectation
          : typeof expectation === 'string'
            ? output === expectation
            : matchesPattern(expectation, output);
      return { stream, expectation, output, writes, ok };
    });
    const pass = checks.every((check) => check.ok);

    const message = (): string => {
      const not = pass ? 'not ' : '';
      const lines = checks.map(({ stream, expectation, output, writes }) =>
        typeof expectation === 'number'
          ? `Expected ${stream} writes: ${not}${context.utils.printExpected(expectation)}\nReceived ${stream} writes: ${context.utils.printReceived(writes)}`
          : `Expected ${stream}: ${not}${describe(context, expectation)}\nReceived ${stream}: ${context.utils.printReceived(output)}`,
      );
      return `${hint(context, 'toHaveWritten', 'expected')}\n\n${lines.join('\n\n')}${footer(subject)}`;
    };

    // One whole-output string that differs: Vitest can draw its diff (the message has none).
    const failed = checks.filter((check) => !check.ok);
    const only = failed.length === 1 ? failed[0] : undefined;
    if (
      !pass &&
      context.isNot !== true &&
      only !== undefined &&
      typeof only.expectation === 'string'
    ) {
      return { pass, message, actual: only.output, expected: only.expectation };
    }
    return { pass, message };
  },
);

function describe(context: MatcherContext, expectation: string | RegExp): string {
  return typeof expectation === 'string'
    ? context.utils.printExpected(expectation)
    : `matching ${context.utils.printExpected(expectation)}`;
}

function readExpected(expected: unknown): [Stream, Expectation][] {
  if (
    typeof expected !== 'object' ||
    expected === null ||
    Array.isArray(expected) ||
    isRegExp(expected)
  ) {
    throw new BadArgument(
      `expected: ${showValue(expected)} is not an object such as { stdout: 'hello\\n' }`,
    );
  }

  const wanted: [Stream, Expectation][] = [];
  for (const [key, value] of Object.entries(expected)) {
    if (!(STREAMS as readonly string[]).includes(key)) {
      const suggestion = didYouMean(key, STREAMS);
      const hintText = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
      throw new BadArgument(
        `expected.${key}: not an output stream${hintText}; use stdout or stderr`,
      );
    }
    if (value === undefined) continue;
    const countOk = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
    if (!(typeof value === 'string' || isRegExp(value) || countOk)) {
      throw new BadArgument(
        `expected.${key}: ${showValue(value)} is not a string, a RegExp or a whole number of writes`,
      );
    }
    wanted.push([key as Stream, value as Expectation]);
  }

  if (wanted.length === 0) throw new BadArgument('expected: give stdout, stderr or both');
  return wanted;
}
