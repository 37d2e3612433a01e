import { z } from 'zod';

import { showValue } from '../errors/index.js';
import { expected, oneOf, type RawIssue } from './expected.js';

/** A string key; anything else (a number, null) is refused rather than converted. */
export function stringField(description: string) {
  return z.string({ error: expected('a string') }).meta({ description });
}

/** A boolean key; `"true"` or `1` are refused rather than converted. */
export function booleanField(description: string) {
  return z.boolean({ error: expected('true or false') }).meta({ description });
}

/**
 * An integer key (Go's `int`): a whole number within ±(2^53 - 1), optionally with a floor.
 * `-0` comes out as `0` so outputs compare and print plainly.
 */
export function integerField(description: string, options: { min?: number } = {}) {
  const what =
    options.min === undefined ? 'an integer' : `a whole number of at least ${options.min}`;
  const error = integerError(what);
  const field = z.int({ error });
  const bounded = options.min === undefined ? field : field.min(options.min, { error });
  return bounded.overwrite((value) => value + 0).meta({ description });
}

/** A key whose value is one of a few strings, e.g. a job type. */
export function enumField<const T extends readonly [string, ...string[]]>(
  values: T,
  description: string,
) {
  return z.enum(values, { error: expected(oneOf(values)) }).meta({ description });
}

function integerError(what: string): (issue: RawIssue) => string | undefined {
  const plain = expected(what);
  return (issue) => {
    // zod's own bound for integers: beyond it a number no longer holds every whole value.
    const unsafe =
      (issue.code === 'too_big' && issue.maximum === Number.MAX_SAFE_INTEGER) ||
      (issue.code === 'too_small' && issue.minimum === Number.MIN_SAFE_INTEGER);
    if (unsafe) return `expected ${what} within ±(2^53 - 1), got ${showValue(issue.input)}`;
    return plain(issue);
  };
}

/** A name key (job, group, task): a non-empty string with a default. */
export function nameField(fallback: string, description: string) {
  const error = expected('a non-empty string');
  return z.string({ error }).min(1, { error }).meta({ description }).default(fallback);
}
