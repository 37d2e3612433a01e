import {
  ConfigError,
  copyMockTaskConfig,
  type MockTaskConfig,
  ParseMemo,
  parseMockTaskConfig,
} from '../config/index.js';
import { DurationError, parseGoDuration } from '../duration/index.js';
import { DriverStartError } from './driver-errors.js';

// Nomad's mock parses its durations in this order and reports the first bad one.
const TASK_DURATIONS = [
  'start_block_for',
  'plugin_exit_after',
  'run_for',
  'stdout_repeat_duration',
  'stderr_repeat_duration',
] as const;
const EXEC_DURATIONS = ['run_for', 'stdout_repeat_duration', 'stderr_repeat_duration'] as const;

/**
 * Validates a task config handed straight to `startTask` and answers the way Nomad's driver
 * does: a bad duration string is an unrecoverable start error with Nomad's text
 * (`run_for 10x not a valid duration: time: unknown unit "x" in duration "10x"`), where the
 * repeat durations show the raw input rather than Nomad's `0s`; any other problem is an
 * unrecoverable start error carrying the config module's message. `driver_port_map` is left raw:
 * Nomad checks it only after `start_block_for` and `start_error`.
 */
export function parseStartConfig(raw: unknown): MockTaskConfig {
  // Every restart hands the same config again, and tests write the same few: validate each once.
  return startConfigs.parse(raw, () => parseFresh(raw));
}

const startConfigs = new ParseMemo(copyMockTaskConfig);

function parseFresh(raw: unknown): MockTaskConfig {
  if (isRecord(raw)) {
    checkDurations(raw, TASK_DURATIONS);
    if (isRecord(raw.exec_command)) checkDurations(raw.exec_command, EXEC_DURATIONS);
  }

  // The config module would refuse a malformed port map with its own words; keep Nomad's.
  const portMap = isRecord(raw) ? raw.driver_port_map : undefined;
  const rest = isRecord(raw) && typeof portMap === 'string' ? withoutPortMap(raw) : raw;

  try {
    const config = parseMockTaskConfig(rest);
    if (typeof portMap === 'string') config.driver_port_map = portMap;
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new DriverStartError(error.message, false, { cause: error });
    }
    throw error;
  }
}

function checkDurations(config: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) {
    const value = config[key];
    if (typeof value !== 'string') continue;

    try {
      parseGoDuration(value);
    } catch (error) {
      if (!(error instanceof DurationError)) throw error;
      throw new DriverStartError(
        `${key} ${value} not a valid duration: ${error.goMessage}`,
        false,
        {
          cause: error,
        },
      );
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A copy built key by key: a spread of a dictionary-mode object (the runner's config has had a key
// deleted) is slow and stays slow to read. `__proto__` is defined, as assigning it would set the
// copy's prototype instead.
function withoutPortMap(record: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(record)) {
    if (name === 'driver_port_map') continue;
    if (name === '__proto__') {
      Object.defineProperty(copy, name, {
        value: record[name],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      copy[name] = record[name];
    }
  }
  return copy;
}
