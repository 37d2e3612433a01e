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
  const raw = withDurations(config, TASK_DURATIONS, 'exec_command');
  if (config.exec_command !== undefined) {
    raw.exec_command = withDurations(config.exec_command, COMMAND_DURATIONS);
  }
  return raw;
}

/**
 * A copy of `source` without the key `skip`, its `keys` as duration strings. Built key by key
 * rather than copied then `delete`d: a delete turns the object into a slow dictionary.
 */
function withDurations<T extends MockCommand>(
  source: T,
  keys: readonly (keyof T & string)[],
  skip?: string,
): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    if (key !== skip) raw[key] = (source as Record<string, unknown>)[key];
  }
  for (const key of keys) raw[key] = formatDuration(source[key] as number);
  return raw;
}
