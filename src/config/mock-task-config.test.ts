import { describe, expect, it } from 'vitest';

import { ConfigError } from './config-error.js';
import { parseMockTaskConfig } from './mock-task-config.js';

function problemOf(input: unknown): string {
  try {
    parseMockTaskConfig(input);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseMockTaskConfig defaults', () => {
  it.each([
    ['run_for', 0],
    ['exit_code', 0],
    ['exit_signal', 0],
    ['exit_err_msg', ''],
    ['signal_error', ''],
    ['stdout_string', ''],
    ['stdout_repeat', 0],
    ['stdout_repeat_duration', 0],
    ['stderr_string', ''],
    ['stderr_repeat', 0],
    ['stderr_repeat_duration', 0],
    ['start_error', ''],
    ['start_error_recoverable', false],
    ['start_block_for', 0],
    ['kill_after', 0],
    ['plugin_exit_after', 0],
    ['driver_ip', ''],
    ['driver_advertise', false],
    ['driver_port_map', ''],
    ['exec_command', undefined],
  ] as const)('defaults %s to %j', (key, value) => {
    expect(parseMockTaskConfig({})[key]).toBe(value);
  });

  it('gives all defaults for no argument, and the same for an empty object', () => {
    expect(parseMockTaskConfig()).toEqual(parseMockTaskConfig({}));
  });

  it('fills an empty exec_command block with the command defaults, dropping signal_error', () => {
    expect(parseMockTaskConfig({ exec_command: { signal_error: 'unused' } }).exec_command)
      .toMatchInlineSnapshot(`
        {
          "exit_code": 0,
          "exit_err_msg": "",
          "exit_signal": 0,
          "run_for": 0,
          "stderr_repeat": 0,
          "stderr_repeat_duration": 0,
          "stderr_string": "",
          "stdout_repeat": 0,
          "stdout_repeat_duration": 0,
          "stdout_string": "",
        }
      `);
  });
});

describe('parseMockTaskConfig durations', () => {
  it.each([
    ['run_for', '30s', 30e9],
    ['run_for', '1m30s', 90e9],
    ['run_for', '', 0],
    ['run_for', 1500, 1.5e9],
    ['run_for', '-1.5h', -5.4e12],
    ['kill_after', '10s', 10e9],
    ['start_block_for', '1ms', 1e6],
    ['plugin_exit_after', 250, 2.5e8],
    ['stdout_repeat_duration', '1µs', 1e3],
    ['stderr_repeat_duration', '1ns', 1],
  ] as const)('parses %s %j to %d ns', (key, input, ns) => {
    expect(parseMockTaskConfig({ [key]: input })[key]).toBe(ns);
  });

  it('parses exec_command durations too', () => {
    expect(parseMockTaskConfig({ exec_command: { run_for: '2s' } }).exec_command?.run_for).toBe(
      2e9,
    );
  });
});

describe('parseMockTaskConfig values', () => {
  it.each([
    [-4, 0],
    [0, 0],
    [3, 3],
    [1e9, 1e9],
  ])('turns stdout_repeat %d into %d', (input, output) => {
    expect(parseMockTaskConfig({ stdout_repeat: input }).stdout_repeat).toBe(output);
    expect(parseMockTaskConfig({ stderr_repeat: input }).stderr_repeat).toBe(output);
  });

  it.each(['http:8080', ':8080', 'http:+8080', 'http:-1', 'http:007', 'http:9223372036854775807'])(
    'keeps the port map %j as written',
    (portMap) => {
      expect(parseMockTaskConfig({ driver_port_map: portMap }).driver_port_map).toBe(portMap);
    },
  );

  it('gives -0 back as 0', () => {
    expect(Object.is(parseMockTaskConfig({ exit_code: -0 }).exit_code, 0)).toBe(true);
  });
});

describe('parseMockTaskConfig rejections', () => {
  it('names the key, the raw value and the duration grammar for a bad duration', () => {
    expect(() => parseMockTaskConfig({ run_for: '10 s' })).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: config.run_for: "10 s" is not a duration: unknown unit " s" (units: ns, us, µs, ms, s, m, h)]`,
    );
  });

  it.each([
    [{ exit_code: 1.5 }, 'taskdouble: config.exit_code: expected an integer, got 1.5'],
    [{ exit_code: '1' }, 'taskdouble: config.exit_code: expected an integer, got "1"'],
    [
      { exit_signal: 1e20 },
      'taskdouble: config.exit_signal: expected an integer within ±(2^53 - 1), got 100000000000000000000',
    ],
    [
      { stdout_repeat: 2 ** 53 },
      'taskdouble: config.stdout_repeat: expected an integer within ±(2^53 - 1), got 9007199254740992',
    ],
    [{ stdout_string: 5 }, 'taskdouble: config.stdout_string: expected a string, got 5'],
    [{ driver_ip: null }, 'taskdouble: config.driver_ip: expected a string, got null'],
    [
      { start_error_recoverable: 'yes' },
      'taskdouble: config.start_error_recoverable: expected true or false, got "yes"',
    ],
    [
      { run_for: true },
      'taskdouble: config.run_for: expected a duration (a string such as "1m30s" or a number of milliseconds), got true',
    ],
    [
      { kill_after: Infinity },
      'taskdouble: config.kill_after: expected a duration (a string such as "1m30s" or a number of milliseconds), got Infinity',
    ],
    [
      { run_for: '1d' },
      'taskdouble: config.run_for: "1d" is not a duration: unknown unit "d" (units: ns, us, µs, ms, s, m, h)',
    ],
    [
      { exec_command: { exit_code: 'x' } },
      'taskdouble: config.exec_command.exit_code: expected an integer, got "x"',
    ],
    [
      { exec_command: null },
      'taskdouble: config.exec_command: expected an object of exec command settings, got null',
    ],
  ])('refuses %j', (input, message) => {
    expect(problemOf(input)).toBe(message);
  });

  it.each([
    ['http', 'malformed port map: "http"'],
    ['a:b:1', 'malformed port map: "a:b:1"'],
    ['http:', 'malformed port map: "http:" -- error: strconv.Atoi: parsing "": invalid syntax'],
    [
      'http:80x',
      'malformed port map: "http:80x" -- error: strconv.Atoi: parsing "80x": invalid syntax',
    ],
    [
      'http: 80',
      'malformed port map: "http: 80" -- error: strconv.Atoi: parsing " 80": invalid syntax',
    ],
    [
      'http:9223372036854775808',
      'malformed port map: "http:9223372036854775808" -- error: strconv.Atoi: parsing "9223372036854775808": value out of range',
    ],
  ])('refuses the port map %j, with Nomad start error %j', (portMap, nomadMessage) => {
    try {
      parseMockTaskConfig({ driver_port_map: portMap });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues).toEqual([
        {
          path: 'config.driver_port_map',
          message: expect.stringContaining(`got ${JSON.stringify(portMap)}`),
          nomadMessage,
        },
      ]);
    }
  });

  it('words a port map problem in our format', () => {
    expect(problemOf({ driver_port_map: 'http:99999999999999999999' })).toMatchInlineSnapshot(
      `"taskdouble: config.driver_port_map: expected a port map "label:port" with an integer port, e.g. "http:8080", got "http:99999999999999999999" (port out of range)"`,
    );
  });

  it('carries the Nomad start error of a bad duration, showing the raw value where Nomad shows 0s', () => {
    try {
      parseMockTaskConfig({ run_for: '10x', stdout_repeat_duration: 'soon' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).issues.map((issue) => issue.nomadMessage)).toEqual([
        'run_for 10x not a valid duration: time: unknown unit "x" in duration "10x"',
        'stdout_repeat_duration soon not a valid duration: time: invalid duration "soon"',
      ]);
    }
  });

  it('lists several problems one per line', () => {
    expect(() => parseMockTaskConfig({ run_for: '10 s', exit_code: 1.5, exit_cod: 1 }))
      .toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: taskdouble: 3 problems in the task config:
        - config.run_for: "10 s" is not a duration: unknown unit " s" (units: ns, us, µs, ms, s, m, h)
        - config.exit_code: expected an integer, got 1.5
        - config.exit_cod: unknown key (did you mean "exit_code"?)]
    `);
  });

  it('suggests the key meant by a near miss', () => {
    expect(problemOf({ exit_cod: 1 })).toMatchInlineSnapshot(
      `"taskdouble: config.exit_cod: unknown key (did you mean "exit_code"?)"`,
    );
  });

  it('lists the accepted keys when nothing is near', () => {
    expect(problemOf({ colour: 'red' })).toMatchInlineSnapshot(
      `"taskdouble: config.colour: unknown key (accepted: run_for, exit_code, exit_signal, exit_err_msg, stdout_string, stdout_repeat, stdout_repeat_duration, stderr_string, stderr_repeat, stderr_repeat_duration, signal_error, start_error, start_error_recoverable, start_block_for, kill_after, plugin_exit_after, driver_ip, driver_advertise, driver_port_map, exec_command)"`,
    );
  });

  it('checks exec_command keys against the command keys', () => {
    expect(problemOf({ exec_command: { start_error: 'x' } })).toMatchInlineSnapshot(
      `"taskdouble: config.exec_command.start_error: unknown key (accepted: run_for, exit_code, exit_signal, exit_err_msg, stdout_string, stdout_repeat, stdout_repeat_duration, stderr_string, stderr_repeat, stderr_repeat_duration, signal_error)"`,
    );
  });

  it.each([
    [null, 'null'],
    [5, '5'],
    ['run_for=1s', '"run_for=1s"'],
    [[], '[]'],
    [true, 'true'],
  ])('refuses the non-object %j', (input, shown) => {
    expect(problemOf(input)).toBe(
      `taskdouble: config: expected an object of mock_driver settings, got ${shown}`,
    );
  });

  it('names the block by the path it is given', () => {
    expect(() => parseMockTaskConfig({ exit_code: 'x' }, 'groups[0].tasks[1].config')).toThrow(
      'taskdouble: groups[0].tasks[1].config.exit_code: expected an integer, got "x"',
    );
  });
});
