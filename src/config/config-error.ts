import { PREFIX, TaskdoubleError } from '../errors/index.js';

/** One problem with a user's input: where it is and what is wrong with it. */
export interface ConfigIssue {
  /** Dotted path of the offending key as written in the input, e.g. `config.run_for`. */
  path: string;
  /** What is wrong, naming the raw value and what is accepted (no path, no prefix). */
  message: string;
  /**
   * The start error Nomad's mock driver gives for the same value, when it has one
   * (`run_for 10x not a valid duration: ...`, `malformed port map: "http"`).
   */
  nomadMessage?: string;
}

/**
 * Every problem found in one input (a task config, a task, a group, a job, a plugin config),
 * listed in `issues` and printed one per line in the message.
 */
export class ConfigError extends TaskdoubleError {
  /** Each problem, in the order of the input's keys. */
  readonly issues: readonly ConfigIssue[];

  /** @param what names the input in the heading, e.g. `task config`. */
  constructor(what: string, issues: readonly ConfigIssue[]) {
    super(renderIssues(what, issues));
    this.issues = issues;
  }
}

// One problem reads best inline; several get a count and a line each, so none hides.
function renderIssues(what: string, issues: readonly ConfigIssue[]): string {
  const [first] = issues;
  if (issues.length === 1 && first !== undefined) {
    return `${PREFIX} ${first.path}: ${first.message}`;
  }

  const lines = issues.map((issue) => `  - ${issue.path}: ${issue.message}`);
  return `${PREFIX} ${issues.length} problems in the ${what}:\n${lines.join('\n')}`;
}
