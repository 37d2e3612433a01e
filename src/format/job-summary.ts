import {
  parseMockTaskConfig,
  type JobSpec,
  type MockCommand,
  type RestartPolicy,
  type TaskSpec,
} from '../config/index.js';
import { formatDuration, goQuote } from '../duration/index.js';

/** What `renderJobSummary` reads: a loaded job file. */
export interface JobSummarySource {
  readonly spec: JobSpec;
  readonly ignored: readonly string[];
  readonly notes: readonly string[];
}

// Config keys whose values are durations in ns, shown in Go's notation.
const DURATION_KEYS = new Set([
  'run_for',
  'stdout_repeat_duration',
  'stderr_repeat_duration',
  'start_block_for',
  'kill_after',
  'plugin_exit_after',
]);

const DEFAULTS: Readonly<Record<string, unknown>> = parseMockTaskConfig({}) as unknown as Record<
  string,
  unknown
>;

/**
 * What a job would run, for `taskdouble validate`: the job and its type, each group with its
 * count, allocation names and restart policy, each task with the settings that differ from the
 * mock's defaults; then what the simulation ignores and the reader's notes.
 */
export function renderJobSummary(job: JobSummarySource): string {
  const { spec } = job;
  const lines = [`job ${goQuote(spec.name)} (${spec.type})`];

  for (const group of spec.groups) {
    const names = Array.from({ length: group.count }, (_, i) => `${spec.name}.${group.name}[${i}]`);
    const allocations = group.count === 1 ? '1 allocation' : `${group.count} allocations`;
    lines.push(`  group ${goQuote(group.name)}: ${allocations} (${names.join(', ') || 'none'})`);
    lines.push(`    restart: ${restartText(group.restart)}`);
    for (const task of group.tasks) lines.push(...taskLines(task, group.restart));
  }

  lines.push(...listLines('ignored', job.ignored), ...listLines('notes', job.notes));
  return lines.join('\n');
}

function taskLines(task: TaskSpec, groupRestart: RestartPolicy): string[] {
  const settings = [
    `kill_timeout ${formatDuration(task.kill_timeout)}`,
    `kill_signal ${task.kill_signal}`,
  ];
  if (task.leader) settings.push('leader');
  if (task.lifecycle !== undefined) {
    const sidecar = task.lifecycle.sidecar ? ', sidecar' : '';
    settings.push(`lifecycle ${task.lifecycle.hook}${sidecar}`);
  }
  if (task.shutdown_delay > 0)
    settings.push(`shutdown_delay ${formatDuration(task.shutdown_delay)}`);

  const lines = [`    task ${goQuote(task.name)}: ${settings.join(', ')}`];
  if (restartText(task.restart) !== restartText(groupRestart)) {
    lines.push(`      restart: ${restartText(task.restart)}`);
  }
  lines.push(...configLines(task.config, '      '));
  return lines;
}

// Only what differs from the defaults: the settings that make this task behave as it does.
function configLines(config: object, margin: string): string[] {
  const changed = Object.entries(config).filter(
    ([key, value]) => value !== undefined && value !== DEFAULTS[key],
  );
  if (changed.length === 0) return [`${margin}config: all defaults`];

  const width = Math.max(...changed.map(([key]) => key.length));
  const lines = [`${margin}config:`];
  for (const [key, value] of changed) {
    if (key === 'exec_command') {
      lines.push(
        `${margin}  exec_command:`,
        ...commandLines(value as MockCommand, `${margin}    `),
      );
    } else {
      lines.push(`${margin}  ${key.padEnd(width)} = ${valueText(key, value)}`);
    }
  }
  return lines;
}

function commandLines(command: MockCommand, margin: string): string[] {
  const entries = Object.entries(command).filter(([key, value]) => value !== DEFAULTS[key]);
  if (entries.length === 0) return [`${margin}all defaults`];
  const width = Math.max(...entries.map(([key]) => key.length));
  return entries.map(([key, value]) => `${margin}${key.padEnd(width)} = ${valueText(key, value)}`);
}

function valueText(key: string, value: unknown): string {
  if (DURATION_KEYS.has(key) && typeof value === 'number') return formatDuration(value);
  if (typeof value === 'string') return goQuote(value);
  return String(value);
}

function restartText(policy: RestartPolicy): string {
  return `attempts ${policy.attempts}, interval ${formatDuration(policy.interval)}, delay ${formatDuration(policy.delay)}, mode ${policy.mode}`;
}

function listLines(title: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  return [`${title}:`, ...items.map((item) => `  - ${item}`)];
}
