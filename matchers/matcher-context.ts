/**
 * The part of `this.utils` that Vitest 4.1 and Jest 30 give custom matchers alike. Matchers use
 * nothing else, so one core serves both runners and the standalone `expect` package.
 */
export interface MatcherUtils {
  matcherHint(
    matcherName: string,
    received?: string,
    expected?: string,
    options?: { isNot?: boolean; promise?: string; secondArgument?: string },
  ): string;
  printReceived(value: unknown): string;
  printExpected(value: unknown): string;
  EXPECTED_COLOR(text: string): string;
  RECEIVED_COLOR(text: string): string;
}

/** The `this` of a matcher: whether it runs under `.not`, deep equality, and the printers. */
export interface MatcherContext {
  readonly isNot?: boolean | undefined;
  readonly promise?: string | undefined;
  equals(actual: unknown, expected: unknown): boolean;
  readonly utils: MatcherUtils;
}

/** What a matcher returns; `actual`/`expected` let Vitest draw a diff (Jest ignores them). */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
  actual?: unknown;
  expected?: unknown;
}

/** A matcher in the shape `expect.extend` takes in Vitest, Jest and the `expect` package. */
export type Matcher<Args extends unknown[]> = (
  this: MatcherContext,
  received: unknown,
  ...args: Args
) => MatcherResult;
