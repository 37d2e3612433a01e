import { renderJobSummary } from '../format/index.js';
import { readJobFile } from '../jobfile/index.js';
import type { CliIo } from './cli-io.js';

/** `taskdouble validate`'s options, parsed. */
export interface ValidateOptions {
  /** `--var name=value`, by name. */
  var?: Record<string, string>;
}

/** `taskdouble validate <jobfile>`: what would run and what is ignored, or the errors. */
export async function validateCommand(
  jobfile: string,
  options: ValidateOptions,
  io: CliIo,
): Promise<void> {
  const vars = options.var === undefined ? {} : { vars: options.var };
  const loaded = await readJobFile(jobfile, vars, '--var');
  io.stdout(`${renderJobSummary(loaded)}\n`);
}
