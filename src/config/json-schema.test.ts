import { describe, expect, it } from 'vitest';

import { taskConfigJsonSchema } from './json-schema.js';

describe('taskConfigJsonSchema', () => {
  const schema = taskConfigJsonSchema();

  it('describes an object with no other keys', () => {
    expect(schema).toMatchObject({ type: 'object', additionalProperties: false });
  });

  it('shows durations as a string or a number', () => {
    expect(schema).toHaveProperty(['properties', 'run_for', 'type'], ['string', 'number']);
  });

  it('shows counts as integers with their default', () => {
    expect(schema).toHaveProperty(['properties', 'stdout_repeat', 'type'], 'integer');
    expect(schema).toHaveProperty(['properties', 'stdout_repeat', 'default'], 0);
  });

  it('lists every task config key', () => {
    expect(Object.keys(schema['properties'] as object)).toMatchInlineSnapshot(`
      [
        "run_for",
        "exit_code",
        "exit_signal",
        "exit_err_msg",
        "stdout_string",
        "stdout_repeat",
        "stdout_repeat_duration",
        "stderr_string",
        "stderr_repeat",
        "stderr_repeat_duration",
        "signal_error",
        "start_error",
        "start_error_recoverable",
        "start_block_for",
        "kill_after",
        "plugin_exit_after",
        "driver_ip",
        "driver_advertise",
        "driver_port_map",
        "exec_command",
      ]
    `);
  });

  it('describes exec_command as a nested object', () => {
    expect(schema).toHaveProperty(['properties', 'exec_command', 'type'], 'object');
  });
});
