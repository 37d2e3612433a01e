import type { JobVariables, VarsGivenAs } from './input-variables.js';
import { readJob, type LoadedJob } from './parse-job.js';
import { readText } from './read-text.js';

/** Options of `loadJob`. */
export interface LoadJobOptions {
  /**
   * Values of the file's input variables, by name, over their defaults (`nomad job run -var`).
   * Text is converted to the declared type (string, number, bool).
   */
  vars?: JobVariables;
}

/**
 * Reads a job file from disk: HCL2 for `.hcl` and `.nomad`, Nomad API JSON for `.json`, and
 * for any other name whichever the content looks like.
 *
 * @example const { spec } = await loadJob('examples/mock.nomad.hcl')
 * @example await loadJob('examples/variables.nomad.hcl', { vars: { run_for: '5s' } })
 */
export async function loadJob(path: string, options: LoadJobOptions = {}): Promise<LoadedJob> {
  return readJobFile(path, options, 'vars');
}

/** `loadJob` for a caller that took the values another way (the CLI's `--var`), named so. */
export async function readJobFile(
  path: string,
  options: LoadJobOptions,
  givenAs: VarsGivenAs,
): Promise<LoadedJob> {
  const text = await readText(path, 'job file');
  const vars = options.vars === undefined ? {} : { vars: options.vars };
  return readJob(text, { filename: path, ...vars }, givenAs);
}
