import { showValue } from '../errors/index.js';

/** The part of a zod issue our messages read, whatever its code. */
export interface RawIssue {
  readonly code?: string | undefined;
  readonly input?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
}

/**
 * A zod `error` option saying what a key accepts and echoing the raw value, e.g.
 * `expected an integer, got 1.5`. zod hands error maps the value as given, before any
 * transform, so the message shows what the user wrote.
 */
export function expected(what: string): (issue: RawIssue) => string | undefined {
  return (issue) => {
    // Unknown keys get their own message, with a did-you-mean, from the issue formatter.
    if (issue.code === 'unrecognized_keys') return undefined;
    if (issue.input === undefined) return `missing (expected ${what})`;
    return `expected ${what}, got ${showValue(issue.input)}`;
  };
}

/** Lists accepted values the way our messages do: `"a", "b" or "c"`. */
export function oneOf(values: readonly string[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  const last = quoted.pop();
  return quoted.length === 0 ? String(last) : `${quoted.join(', ')} or ${String(last)}`;
}
