import { PREFIX } from '../src/errors/index.js';
import { BadArgument } from './bad-argument.js';
import type { Matcher, MatcherContext, MatcherResult } from './matcher-context.js';
import type { Subject } from './read-received.js';

/** How a matcher is called and what it accepts, for messages about bad arguments. */
export interface MatcherUsage {
  readonly name: string;
  /** The argument list the hint line shows, e.g. `expected` or `expected, count`. */
  readonly args: string;
  /** One sentence on what it accepts. */
  readonly accepts: string;
}

/**
 * Wraps a matcher body so a BadArgument (a bad expected value or an unsupported received value)
 * fails the assertion with its explanation, whether or not the assertion runs under `.not`.
 */
export function defineMatcher<Args extends unknown[]>(
  usage: MatcherUsage,
  body: (context: MatcherContext, received: unknown, ...args: Args) => MatcherResult,
): Matcher<Args> {
  return function matcher(this: MatcherContext, received: unknown, ...args: Args): MatcherResult {
    try {
      return body(this, received, ...args);
    } catch (error) {
      if (!(error instanceof BadArgument)) throw error;
      return {
        pass: this.isNot === true,
        message: () =>
          `${hint(this, usage.name, usage.args)}\n\n${PREFIX} ${usage.name}: ${error.detail}\n\n${usage.accepts}`,
      };
    }
  };
}

/** The first line of every message: `expect(received).not.toX(expected)`. */
export function hint(context: MatcherContext, name: string, args: string): string {
  const options: { isNot: boolean; promise?: string } = { isNot: context.isNot === true };
  if (context.promise !== undefined) options.promise = context.promise;
  return context.utils.matcherHint(name, 'received', args, options);
}

/** The last paragraph of every message: what was received and the seed that reproduces it. */
export function footer(subject: Subject): string {
  const seed = subject.seed === undefined ? '' : `, scenario seed ${subject.seed}`;
  return `\n\nReceived value: ${subject.label}${seed}`;
}
