import { ConfigError, parseJobSpec, type JobSpec } from '../config/index.js';
import { buildJobInput, type JobSource } from './build-job-input.js';
import { jobSourceFromHcl } from './hcl-job.js';
import { hclPositions, type Position } from './hcl-positions.js';
import { readHcl } from './hcl-reader.js';
import { jobIssues, positioned } from './job-issues.js';
import { jobSourceFromJson } from './nomad-json-reader.js';

/** The formats a job file may be written in. */
export type JobFileFormat = 'hcl' | 'json';

/** Options of `parseJob`. */
export interface ParseJobOptions {
  /** The file's format. @defaultValue from `filename`'s extension, else sniffed from the text */
  format?: JobFileFormat;
  /** The name messages give the file. @defaultValue `'job.nomad.hcl'` or `'job.json'` */
  filename?: string;
}

/** A job file read into a validated spec, with what the simulation left out. */
export interface LoadedJob {
  spec: JobSpec;
  /**
   * Every block and key the simulation does not use, and every task with another driver, by
   * path: `job.group["web"].network`, `job.group["web"].task["db"]: driver "docker"`.
   */
  ignored: string[];
  /** What the reader did that one might not expect, e.g. a `${...}` kept as written. */
  notes: string[];
}

/**
 * Reads a Nomad job file, HCL2 or Nomad API JSON, into a validated JobSpec. Rejects with a
 * ConfigError naming the file, line and column where known, and the path in the job.
 *
 * @example
 * const { spec, ignored } = await parseJob(`
 *   job "mock" {
 *     group "g" {
 *       task "t" {
 *         driver = "mock_driver"
 *       }
 *     }
 *   }`)
 */
export async function parseJob(text: string, options: ParseJobOptions = {}): Promise<LoadedJob> {
  const format = options.format ?? formatOf(options.filename, text);
  const filename = options.filename ?? (format === 'hcl' ? 'job.nomad.hcl' : 'job.json');

  let source: JobSource;
  let positions: ReadonlyMap<string, Position> = new Map();
  if (format === 'hcl') {
    const located = hclPositions(text);
    const order = (path: string): number | undefined => {
      const position = located.get(path);
      return position === undefined ? undefined : position.line * 1e6 + position.column;
    };
    source = { ...jobSourceFromHcl(await readHcl(text, filename), filename), order };
    positions = located;
  } else {
    source = jobSourceFromJson(text, filename);
  }

  const draft = buildJobInput(source);
  const what = `job file ${filename}`;
  if (draft.issues.length > 0) {
    throw new ConfigError(
      what,
      draft.issues.map((issue) => positioned(issue, positions, filename)),
    );
  }

  try {
    return { spec: parseJobSpec(draft.input), ignored: draft.ignored, notes: draft.notes };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new ConfigError(what, jobIssues(error.issues, draft, positions, filename));
  }
}

/** The format named by a file's extension, else the one its first character suggests. */
export function formatOf(filename: string | undefined, text: string): JobFileFormat {
  if (filename !== undefined) {
    if (/\.(?:hcl|nomad)$/i.test(filename)) return 'hcl';
    if (/\.json$/i.test(filename)) return 'json';
  }
  return /^\s*[{[]/.test(text) ? 'json' : 'hcl';
}
