import { z } from 'zod';

import { durationField } from './duration-field.js';
import { expected } from './expected.js';
import { parseInput } from './parse-input.js';
import { commandFields, execCommandSchema, type MockCommand } from './mock-command.js';
import { portMapField } from './port-map-field.js';
import { booleanField, stringField } from './scalar-fields.js';

/** A validated mock_driver task config: Nomad's defaults filled in, durations in ns. */
export interface MockTaskConfig extends MockCommand {
  signal_error: string;
  start_error: string;
  start_error_recoverable: boolean;
  start_block_for: number;
  kill_after: number;
  plugin_exit_after: number;
  driver_ip: string;
  driver_advertise: boolean;
  /** Raw `label:port`, already checked; `""` when unset. */
  driver_port_map: string;
  exec_command: MockCommand | undefined;
}

/**
 * The `config { ... }` block of a `mock_driver` task (NOMAD-REFERENCE §1.3): every key
 * optional, unknown keys refused, durations as Go strings or milliseconds.
 */
export const mockTaskConfigSchema = z
  .strictObject(
    {
      ...commandFields,
      signal_error: stringField(
        'If set, every signal sent to the task fails with this text.',
      ).default(''),
      start_error: stringField('If set, starting the task fails with this text.').default(''),
      start_error_recoverable: booleanField(
        'Whether the start error lets the restart policy try again.',
      ).default(false),
      start_block_for: durationField('How long starting takes, before any start_error.', {
        nomad: { key: 'start_block_for' },
      }).default(0),
      kill_after: durationField('How long the task takes to exit once stopped.').default(0),
      plugin_exit_after: durationField(
        'After this long, waiting on the task reports "plugin is shut down"; 0 disables it.',
        { nomad: { key: 'plugin_exit_after' } },
      ).default(0),
      driver_ip: stringField('IP address the driver reports for the task.').default(''),
      driver_advertise: booleanField('Whether the driver asks to advertise that address.').default(
        false,
      ),
      driver_port_map: portMapField('A "label:port" pair reported as the port map.').default(''),
      exec_command: execCommandSchema.optional(),
    },
    { error: expected('an object of mock_driver settings') },
  )
  // One literal, no spread: on Node 20's V8 each property written after a spread in an object
  // literal takes a slow runtime path (about 1 us each), which made this transform cost more than
  // the whole validation before it.
  .transform((parsed): MockTaskConfig => ({
    run_for: parsed.run_for,
    exit_code: parsed.exit_code,
    exit_signal: parsed.exit_signal,
    exit_err_msg: parsed.exit_err_msg,
    stdout_string: parsed.stdout_string,
    stdout_repeat: parsed.stdout_repeat,
    stdout_repeat_duration: parsed.stdout_repeat_duration,
    stderr_string: parsed.stderr_string,
    stderr_repeat: parsed.stderr_repeat,
    stderr_repeat_duration: parsed.stderr_repeat_duration,
    signal_error: parsed.signal_error,
    start_error: parsed.start_error,
    start_error_recoverable: parsed.start_error_recoverable,
    start_block_for: parsed.start_block_for,
    kill_after: parsed.kill_after,
    plugin_exit_after: parsed.plugin_exit_after,
    driver_ip: parsed.driver_ip,
    driver_advertise: parsed.driver_advertise,
    driver_port_map: parsed.driver_port_map,
    exec_command: parsed.exec_command,
  }));

/** What `mockTaskConfigSchema` accepts: every key optional. */
export type MockTaskConfigInput = z.input<typeof mockTaskConfigSchema>;

/**
 * Validates a task's mock_driver config: Nomad's defaults filled in, durations parsed to ns.
 * No argument means all defaults; `path` names the block in messages.
 *
 * @example parseMockTaskConfig({ run_for: '30s', exit_code: 1 }).run_for // => 30000000000
 */
export function parseMockTaskConfig(input?: unknown, path = 'config'): MockTaskConfig {
  return parseInput(mockTaskConfigSchema, input === undefined ? {} : input, {
    schema: mockTaskConfigSchema,
    base: path,
    rootLabel: 'config',
    what: 'task config',
  });
}

/** An independent copy of a parsed config, for memos that hand out one result many times. */
export function copyMockTaskConfig(config: MockTaskConfig): MockTaskConfig {
  // A spread then an assignment: a key written after a spread inside one literal is slow.
  const copy = { ...config };
  if (config.exec_command !== undefined) copy.exec_command = { ...config.exec_command };
  return copy;
}
