import type { z } from 'zod';

import { ConfigError, type ConfigIssue } from './config-error.js';
import { formatPath } from './format-path.js';
import { toConfigIssues, type IssueContext } from './to-config-issues.js';

/** What one parse found: the value, or every problem with the input. */
export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; issues: ConfigIssue[] };

/**
 * Parses `input` with `schema` and reports problems as our issues, never as a thrown zod or
 * runtime error (a getter that throws, an input too deep to print).
 */
export function checkInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: IssueContext,
): ParseOutcome<z.output<S>> {
  try {
    const result = schema.safeParse(input);
    if (result.success) return { ok: true, value: result.data };
    const extra = (context.rawProblems?.(input) ?? []).map((problem): z.core.$ZodIssue => ({
      code: 'custom',
      input: undefined,
      ...problem,
    }));
    return { ok: false, issues: toConfigIssues([...result.error.issues, ...extra], context) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const path = formatPath(context.base, [], context.rootLabel);
    return { ok: false, issues: [{ path, message: `could not be read: ${reason}` }] };
  }
}

/** Parses `input` with `schema` or throws one ConfigError listing every problem. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: IssueContext & { what: string },
): z.output<S> {
  const outcome = checkInput(schema, input, context);
  if (!outcome.ok) throw new ConfigError(context.what, outcome.issues);
  return outcome.value;
}

/** The outcome's value, or `undefined` after adding its issues to `issues`. */
export function valueOrCollect<T>(outcome: ParseOutcome<T>, issues: ConfigIssue[]): T | undefined {
  if (outcome.ok) return outcome.value;
  issues.push(...outcome.issues);
  return undefined;
}
