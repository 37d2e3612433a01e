import { ConfigError } from '../config/index.js';
import { showValue } from '../errors/index.js';
import type { JobSource } from './build-job-input.js';
import { labeledBlocks, type Body } from './hcl-shape.js';

/**
 * Finds the one `job "<id>" { ... }` block of a parsed HCL file and its `variable` blocks.
 * Other top-level blocks (`locals`) are listed as ignored.
 */
export function jobSourceFromHcl(document: Body, filename: string): JobSource {
  const jobs = labeledBlocks(document['job']);
  const fail = (message: string): never => {
    throw new ConfigError(`job file ${filename}`, [{ path: filename, message }]);
  };

  if (jobs === undefined) {
    const got = document['job'] === undefined ? 'none' : showValue(document['job']);
    return fail(`expected one job "<name>" { ... } block, got ${got}`);
  }
  const [first, ...others] = jobs;
  if (first === undefined || others.length > 0) {
    return fail(
      `expected one job "<name>" { ... } block, got ${jobs.length} (write one job per file)`,
    );
  }

  const ignored = Object.keys(document).filter((key) => key !== 'job' && key !== 'variable');
  const variables = { blocks: document['variable'] };
  return { id: first[0], body: first[1], ignored, strictKeys: true, variables };
}
