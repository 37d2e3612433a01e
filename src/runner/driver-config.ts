import type { MockCommand, MockTaskConfig } from '../config/index.js';
import { formatDuration } from '../duration/index.js';

const COMMAND_DURATIONS = ['run_for', 'stdout_repeat_duration', 'stderr_repeat_duration'] as const;
const TASK_DURATIONS = [
  ...COMMAND_DURATIONS,
  'start_block_for',
  'kill_after',
  'plugin_exit_after',
] as const;

/**
 * The validated config as the raw `config` block the driver takes. Durations go back to Go
 * duration strings, which round-trip exactly, because a bare number there means milliseconds.
 */
export function toDriverConfig(config: MockTaskConfig): Record<string, unknown> {
  const raw: Record<string, unknown> = withDurations(config, TASK_DURATIONS);
  delete raw.exec_command;

  if (config.exec_command !== undefined) {
    raw.exec_command = withDurations(config.exec_command, COMMAND_DURATIONS);
  }
  return raw;
}

function withDurations<T extends MockCommand>(
  source: T,
  keys: readonly (keyof T & string)[],
): Record<string, unknown> {
  const raw: Record<string, unknown> = { ...(source as object) };
  for (const key of keys) raw[key] = formatDuration(source[key] as number);
  return raw;
}
