import type { ConfigIssue } from '../config/index.js';
import type { JobDraft } from './build-job-input.js';
import type { Position } from './hcl-positions.js';

/**
 * Rewrites the schema's issues (paths in the spec input: `groups[0].tasks[1].config.run_for`)
 * into the job file's terms (`job.group["web"].task["api"].config.run_for`).
 */
export function jobIssues(issues: readonly ConfigIssue[], draft: JobDraft): ConfigIssue[] {
  return issues.map((issue) => ({ ...issue, path: jobPath(issue.path, draft) }));
}

/** Says which input variables a value came from, when it came from some: `(from var.dur)`. */
export function fromVariables(
  issue: ConfigIssue,
  origins: ReadonlyMap<string, string>,
): ConfigIssue {
  const origin = origins.get(issue.path);
  return origin === undefined ? issue : { ...issue, message: `${issue.message} (from ${origin})` };
}

/** Adds `(at file:line:column)` to an issue whose path (or an enclosing block) is located. */
export function positioned(
  issue: ConfigIssue,
  positions: ReadonlyMap<string, Position>,
  filename: string,
): ConfigIssue {
  const position = locate(issue.path, positions);
  if (position === undefined) return issue;
  return {
    ...issue,
    message: `${issue.message} (at ${filename}:${position.line}:${position.column})`,
  };
}

function jobPath(path: string, draft: JobDraft): string {
  const group = /^groups\[(\d+)\](.*)$/.exec(path);
  if (group === null) {
    if (path === 'name' || path === 'job') return 'job';
    return path.startsWith('groups') ? `job.group${path.slice('groups'.length)}` : `job.${path}`;
  }

  const groupIndex = Number(group[1]);
  const rest = group[2] ?? '';
  const groupPath = draft.groupPaths[groupIndex] ?? `job.group[${groupIndex}]`;

  const task = /^\.tasks\[(\d+)\](.*)$/.exec(rest);
  if (task === null) return `${groupPath}${rest.replace(/^\.tasks/, '.task')}`;

  const taskIndex = Number(task[1]);
  const taskPath = draft.taskPaths[groupIndex]?.[taskIndex] ?? `${groupPath}.task[${taskIndex}]`;
  return `${taskPath}${task[2] ?? ''}`;
}

// A key the file does not have (a missing one) points at the block that should hold it.
function locate(path: string, positions: ReadonlyMap<string, Position>): Position | undefined {
  let current = path;
  while (current !== '') {
    const position = positions.get(current);
    if (position !== undefined) return position;
    const shorter = current.replace(/(?:\.[^.[\]]+|\[[^\]]*\])$/, '');
    if (shorter === current) return undefined;
    current = shorter;
  }
  return undefined;
}
