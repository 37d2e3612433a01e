import type { z } from 'zod';

import { restartPolicyProblems } from './resolve-restart-policy.js';
import type { RestartPolicy } from './restart-policy.js';

/** Records a problem found after parsing, at a path relative to the schema being parsed. */
export type ReportProblem = (path: readonly PropertyKey[], message: string) => void;

/** A reporter that adds custom issues to a zod transform's context. */
export function reporterFor(context: z.core.$RefinementCtx): ReportProblem {
  return (path, message) => {
    context.addIssue({ code: 'custom', message, path: [...path] });
  };
}

/** Reports Nomad's objections to a merged restart policy under `at` (a `restart` key). */
export function reportPolicyProblems(
  policy: RestartPolicy,
  report: ReportProblem,
  at: readonly PropertyKey[],
): void {
  for (const problem of restartPolicyProblems(policy)) {
    report(problem.key === undefined ? at : [...at, problem.key], problem.message);
  }
}
