import { renderJobSummary } from '../format/index.js';
import { loadJob } from '../jobfile/index.js';
import type { CliIo } from './cli-io.js';

/** `taskdouble validate <jobfile>`: what would run and what is ignored, or the errors. */
export async function validateCommand(jobfile: string, io: CliIo): Promise<void> {
  const loaded = await loadJob(jobfile);
  io.stdout(`${renderJobSummary(loaded)}\n`);
}
