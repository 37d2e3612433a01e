import { parseJob, type LoadedJob } from './parse-job.js';
import { readText } from './read-text.js';

/**
 * Reads a job file from disk: HCL2 for `.hcl` and `.nomad`, Nomad API JSON for `.json`, and
 * for any other name whichever the content looks like.
 *
 * @example const { spec } = await loadJob('examples/mock.nomad.hcl')
 */
export async function loadJob(path: string): Promise<LoadedJob> {
  return parseJob(await readText(path, 'job file'), { filename: path });
}
