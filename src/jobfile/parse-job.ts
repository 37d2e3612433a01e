import { ConfigError, parseJobSpec, type ConfigIssue, type JobSpec } from '../config/index.js';
import { buildJobInput, type JobSource } from './build-job-input.js';
import { evaluateVariables } from './evaluate-variables.js';
import { jobSourceFromHcl } from './hcl-job.js';
import { hclPositions, type Position } from './hcl-positions.js';
import { readHcl } from './hcl-reader.js';
import type { JobVariables, VarsGivenAs } from './input-variables.js';
import { fromVariables, jobIssues, positioned } from './job-issues.js';
import { jobSourceFromJson } from './nomad-json-reader.js';

/** The formats a job file may be written in. */
export type JobFileFormat = 'hcl' | 'json';

/** Options of `parseJob`. */
export interface ParseJobOptions {
  /** The file's format. @defaultValue from `filename`'s extension, else sniffed from the text */
  format?: JobFileFormat;
  /** The name messages give the file. @defaultValue `'job.nomad.hcl'` or `'job.json'` */
  filename?: string;
  /**
   * Values of the file's input variables (`variable "name" { ... }`), by name, over their
   * defaults: what `nomad job run -var name=value` gives. Text is converted to the declared
   * type (string, number, bool); list, map and object variables take their default only.
   */
  vars?: JobVariables;
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
 * Reads a Nomad job file, HCL2 or Nomad API JSON, into a validated JobSpec, with the HCL
 * file's input variables (`var.name`) given their values. Rejects with a ConfigError naming
 * the file, line and column where known, and the path in the job.
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
  return readJob(text, options, 'vars');
}

/** `parseJob` for a caller that took the values another way (the CLI's `--var`), named so. */
export async function readJob(
  text: string,
  options: ParseJobOptions,
  givenAs: VarsGivenAs,
): Promise<LoadedJob> {
  const format = options.format ?? formatOf(options.filename, text);
  const filename = options.filename ?? (format === 'hcl' ? 'job.nomad.hcl' : 'job.json');
  const { source, positions } = await readSource(text, format, filename);
  const what = `job file ${filename}`;

  const evaluated = evaluateVariables(source, options.vars ?? {}, filename, givenAs);
  const fail = (issues: readonly ConfigIssue[]): never => {
    throw new ConfigError(
      what,
      issues.map((issue) =>
        positioned(fromVariables(issue, evaluated.origins), positions, filename),
      ),
    );
  };
  // A reference that could not be resolved would only resurface as a confusing value error.
  if (evaluated.issues.length > 0) fail(evaluated.issues);

  const draft = buildJobInput(evaluated.source);
  if (draft.issues.length > 0) fail(draft.issues);

  try {
    return { spec: parseJobSpec(draft.input), ignored: draft.ignored, notes: draft.notes };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return fail(jobIssues(error.issues, draft));
  }
}

async function readSource(
  text: string,
  format: JobFileFormat,
  filename: string,
): Promise<{ source: JobSource; positions: ReadonlyMap<string, Position> }> {
  if (format === 'json') return { source: jobSourceFromJson(text, filename), positions: new Map() };

  const positions = hclPositions(text);
  const order = (path: string): number | undefined => {
    const position = positions.get(path);
    return position === undefined ? undefined : position.line * 1e6 + position.column;
  };
  const source = { ...jobSourceFromHcl(await readHcl(text, filename), filename), order };
  return { source, positions };
}

/** The format named by a file's extension, else the one its first character suggests. */
export function formatOf(filename: string | undefined, text: string): JobFileFormat {
  if (filename !== undefined) {
    if (/\.(?:hcl|nomad)$/i.test(filename)) return 'hcl';
    if (/\.json$/i.test(filename)) return 'json';
  }
  return /^\s*[{[]/.test(text) ? 'json' : 'hcl';
}
