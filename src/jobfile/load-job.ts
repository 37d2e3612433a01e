import type { JobVariables } from './input-variables.js';
import { parseJob, type LoadedJob } from './parse-job.js';
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
  const text = await readText(path, 'job file');
  return parseJob(text, {
    filename: path,
    ...(options.vars === undefined ? {} : { vars: options.vars }),
  });
}
