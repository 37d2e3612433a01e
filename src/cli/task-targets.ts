import { didYouMean, showValue } from '../errors/index.js';
import type { LoadedJob } from '../jobfile/index.js';
import type { RestartAt, SignalAt } from './option-values.js';
import { UsageError } from './usage-error.js';

/**
 * Checks that every `--signal` and `--restart-at` that names a task names one the job
 * simulates, before anything runs: a typo would otherwise only show as an action that never
 * happened. The job file is fine, the command line is not: a usage error (exit 2).
 */
export function checkTaskTargets(
  loaded: LoadedJob,
  signals: readonly SignalAt[],
  restarts: readonly RestartAt[],
): void {
  // Task names are unique within a group only; one name may stand for tasks of several groups.
  const names = [...new Set(loaded.spec.groups.flatMap((group) => group.tasks.map((t) => t.name)))];
  const actions = [
    ...signals.map((action) => ({ option: '--signal', ...action })),
    ...restarts.map((action) => ({ option: '--restart-at', ...action })),
  ];

  for (const { option, task, raw } of actions) {
    if (task === undefined || names.includes(task)) continue;
    throw new UsageError(`${option}: ${showValue(raw)} ${problemWith(task, loaded, names)}`);
  }
}

function problemWith(task: string, loaded: LoadedJob, names: readonly string[]): string {
  const listed = names.map((name) => showValue(name)).join(', ');

  // A task with another driver is in the job file but not in the simulation: say so, rather
  // than claim the job has no such task.
  const driver = ignoredDriver(task, loaded.ignored);
  if (driver !== undefined) {
    return `names task ${showValue(task)}, which is not simulated (${driver}); the simulated tasks: ${listed}`;
  }

  const near = didYouMean(task, names);
  const hint = near === undefined ? '' : ` (did you mean ${showValue(near)}?)`;
  return `names task ${showValue(task)}, which job ${showValue(loaded.spec.name)} does not have${hint}; its tasks: ${listed}`;
}

// The loader lists a task it leaves out as `job.group["web"].task["db"]: driver "docker"`.
function ignoredDriver(task: string, ignored: readonly string[]): string | undefined {
  const marker = `.task[${JSON.stringify(task)}]: `;
  const entry = ignored.find((line) => line.includes(marker));
  return entry?.slice(entry.indexOf(marker) + marker.length);
}
