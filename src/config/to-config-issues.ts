import type { z } from 'zod';

import { didYouMean } from '../errors/index.js';
import type { ConfigIssue } from './config-error.js';
import { formatPath } from './format-path.js';
import { keysAt } from './keys-at.js';
import type { RawProblem } from './unique-names.js';

/** Where an input sits, so issues can name full paths. */
export interface IssueContext {
  /** The schema that was parsed, to look up the keys an object accepts. */
  schema: z.ZodType;
  /** Path of the input's root as the user knows it (`config`), or `''` for top-level keys. */
  base: string;
  /** How to name the root itself when an issue is about the whole input (`task`). */
  rootLabel: string;
  /**
   * Checks on the raw input to run when parsing fails, for problems zod stops looking for
   * once another is found (duplicate names in a list whose items failed).
   */
  rawProblems?: (input: unknown) => RawProblem[];
}

/**
 * Turns zod's issues into ours: full dotted paths, one issue per unknown key with a
 * did-you-mean, and one issue per key (the first zod found) so no key is reported twice.
 */
export function toConfigIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  context: IssueContext,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  const add = (issue: ConfigIssue): void => {
    if (seen.has(issue.path)) return;
    seen.add(issue.path);
    issues.push(issue);
  };

  for (const issue of zodIssues) {
    if (issue.code === 'unrecognized_keys') {
      const accepted = keysAt(context.schema, issue.path);
      for (const key of issue.keys) {
        add({
          path: formatPath(context.base, [...issue.path, key], context.rootLabel),
          message: unknownKeyMessage(key, accepted),
        });
      }
      continue;
    }

    const path = formatPath(context.base, issue.path, context.rootLabel);
    const nomadMessage = issue.code === 'custom' ? issue.params?.['nomadMessage'] : undefined;
    add(
      typeof nomadMessage === 'string'
        ? { path, message: issue.message, nomadMessage }
        : { path, message: issue.message },
    );
  }

  return issues;
}

function unknownKeyMessage(key: string, accepted: readonly string[]): string {
  const suggestion = didYouMean(key, accepted);
  if (suggestion !== undefined) return `unknown key (did you mean "${suggestion}"?)`;
  return `unknown key (accepted: ${accepted.join(', ')})`;
}
