import type { ConfigIssue } from '../config/index.js';
import type { JobSource } from './build-job-input.js';
import { resolveVariables, type JobVariables, type VarsGivenAs } from './input-variables.js';
import { substituteVariables } from './substitute-variables.js';

/** A job source with its input variables evaluated. */
export interface Evaluated {
  source: JobSource;
  /** The variables each substituted value came from, by its path in messages. */
  origins: ReadonlyMap<string, string>;
  issues: ConfigIssue[];
}

/**
 * Gives the file's `variable` blocks their values (`given`, else the defaults) and puts them
 * in the job body. A Nomad API JSON job declares none, so any given value is an issue there.
 */
export function evaluateVariables(
  source: JobSource,
  given: JobVariables,
  filename: string,
  givenAs: VarsGivenAs = 'vars',
): Evaluated {
  const blocks = source.variables?.blocks;
  const variables = resolveVariables(blocks, given, filename, source.order, givenAs);
  const ignored = [...source.ignored, ...variables.ignored];
  if (source.variables === undefined) {
    return { source: { ...source, ignored }, origins: new Map(), issues: variables.issues };
  }

  const substituted = substituteVariables(source.body, 'job', variables);
  return {
    source: { ...source, body: substituted.body, ignored },
    origins: substituted.origins,
    issues: [...variables.issues, ...substituted.issues],
  };
}
