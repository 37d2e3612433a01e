import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { ConfigError } from '../config/index.js';
import { loadJob, parseJob } from './index.js';
import { formatOf } from './parse-job.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const example = (name: string): string =>
  fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));

const MINIMAL = `
job "web" {
  group "api" {
    task "server" {
      driver = "mock_driver"
      config {
        run_for   = "30s"
        exit_code = 1
      }
    }
  }
}
`;

describe('parseJob', () => {
  it.each([
    ['the mock driver example', example('mock.nomad.hcl'), example('mock.json')],
    [
      'a batch job with lifecycle hooks and a leader',
      example('leader-sidecar.nomad.hcl'),
      fixture('leader-sidecar.json'),
    ],
    [
      'a job with a group restart block, as a bare job object',
      example('crash-loop.nomad.hcl'),
      fixture('crash-loop.json'),
    ],
  ])('gives the same spec for the HCL and the Nomad JSON of %s', async (_, hcl, json) => {
    const fromHcl = await loadJob(hcl);
    const fromJson = await loadJob(json);

    expect(fromJson.spec).toEqual(fromHcl.spec);
    expect(fromJson.ignored).toEqual(fromHcl.ignored);
  });

  it('maps the example job of the mock driver documentation to its spec', async () => {
    const { spec } = await loadJob(example('mock.nomad.hcl'));

    expect(spec).toMatchObject({
      name: 'mock',
      type: 'service',
      groups: [{ name: 'group', count: 1 }],
    });
    expect(spec.groups[0]?.tasks[0]).toMatchObject({
      name: 'task',
      kill_timeout: 5e9,
      config: {
        start_block_for: 1e9,
        run_for: 30e9,
        exit_code: 0,
        exit_signal: 9,
        exit_err_msg: 'error on exit',
        stdout_string: 'hello, world!\n',
        stdout_repeat: 1,
        stdout_repeat_duration: 10e9,
        kill_after: 3e9,
      },
    });
  });

  it('maps restart, kill, leader, shutdown and lifecycle settings to the spec keys', async () => {
    const { spec } = await parseJob(`
      job "j" {
        type = "batch"
        group "g" {
          count = 3
          restart {
            attempts = 1
            interval = "1h"
            delay    = "10s"
            mode     = "delay"
          }
          task "main" {
            driver         = "mock_driver"
            leader         = true
            kill_timeout   = "12s"
            kill_signal    = "SIGTERM"
            shutdown_delay = "3s"
            restart {
              attempts = 4
            }
          }
          task "side" {
            driver = "mock_driver"
            lifecycle {
              hook    = "poststart"
              sidecar = true
            }
          }
        }
      }
    `);
    const group = spec.groups[0]!;

    expect(spec.type).toBe('batch');
    expect(group.count).toBe(3);
    expect(group.restart).toEqual({ attempts: 1, interval: 3600e9, delay: 10e9, mode: 'delay' });
    expect(group.tasks[0]).toMatchObject({
      name: 'main',
      leader: true,
      kill_timeout: 12e9,
      kill_signal: 'SIGTERM',
      shutdown_delay: 3e9,
      restart: { attempts: 4, interval: 3600e9, delay: 10e9, mode: 'delay' },
      lifecycle: undefined,
    });
    expect(group.tasks[1]).toMatchObject({
      name: 'side',
      lifecycle: { hook: 'poststart', sidecar: true },
    });
  });

  it('defaults the job type to service', async () => {
    const { spec } = await parseJob(MINIMAL);

    expect(spec.type).toBe('service');
    expect(spec.groups[0]?.restart).toEqual({
      attempts: 2,
      interval: 1800e9,
      delay: 15e9,
      mode: 'fail',
    });
  });

  it('keeps groups and tasks in file order although the parser sorts labels', async () => {
    const { spec } = await loadJob(example('leader-sidecar.nomad.hcl'));

    expect(spec.groups[0]?.tasks.map((task) => task.name)).toEqual([
      'fetch-inputs',
      'log-shipper',
      'build-report',
    ]);
  });

  it('lists tasks with another driver as ignored and leaves them out', async () => {
    const loaded = await parseJob(`
      job "shop" {
        group "web" {
          task "app" {
            driver = "mock_driver"
          }
          task "db" {
            driver = "docker"
            config {
              image = "postgres:16"
            }
          }
        }
        group "cache" {
          task "redis" {
            driver = "exec"
          }
        }
      }
    `);

    expect(loaded.spec.groups.map((group) => group.tasks.map((task) => task.name))).toEqual([
      ['app'],
    ]);
    expect(loaded.ignored).toEqual([
      'job.group["web"].task["db"]: driver "docker"',
      'job.group["cache"].task["redis"]: driver "exec"',
      'job.group["cache"]: no task uses driver "mock_driver"',
    ]);
  });

  it('converts nanosecond durations of Nomad JSON exactly', async () => {
    const { spec } = await parseJob(
      JSON.stringify({
        Job: {
          ID: 'j',
          TaskGroups: [
            {
              Name: 'g',
              Tasks: [
                {
                  Name: 't',
                  Driver: 'mock_driver',
                  KillTimeout: 1_500_000_001,
                  ShutdownDelay: 0,
                  RestartPolicy: { Delay: 7 },
                },
              ],
            },
          ],
        },
      }),
    );

    expect(spec.groups[0]?.tasks[0]).toMatchObject({
      kill_timeout: 1_500_000_001,
      shutdown_delay: 0,
    });
    expect(spec.groups[0]?.tasks[0]?.restart.delay).toBe(7);
  });

  it('reads HCL written in its JSON syntax', async () => {
    const { spec } = await parseJob(
      JSON.stringify({
        job: { web: { group: { api: { task: { server: { driver: 'mock_driver' } } } } } },
      }),
    );

    expect(spec.groups[0]?.tasks[0]?.name).toBe('server');
  });
});

describe('parseJob errors', () => {
  const message = async (promise: Promise<unknown>): Promise<string> => {
    const error: unknown = await promise.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  };

  it('gives the file, line and column of an HCL syntax error', async () => {
    const text = MINIMAL.replace('exit_code = 1', 'exit_code =');

    expect(await message(parseJob(text, { filename: 'web.nomad.hcl' }))).toMatchInlineSnapshot(
      `"taskdouble: web.nomad.hcl:8:20: Invalid expression: Expected the start of an expression, but found an invalid expression token."`,
    );
  });

  it('names an unknown config key with a did-you-mean, its path and its position', async () => {
    const text = MINIMAL.replace('exit_code', 'exit_cod');

    expect(await message(parseJob(text, { filename: 'web.nomad.hcl' }))).toMatchInlineSnapshot(
      `"taskdouble: job.group["api"].task["server"].config.exit_cod: unknown key (did you mean "exit_code"?) (at web.nomad.hcl:8:9)"`,
    );
  });

  it('names a bad config value with its path and position', async () => {
    const text = MINIMAL.replace('"30s"', '"30 s"');

    expect(await message(parseJob(text, { filename: 'web.nomad.hcl' }))).toMatchInlineSnapshot(
      `"taskdouble: job.group["api"].task["server"].config.run_for: "30 s" is not a duration: unknown unit " s" (units: ns, us, µs, ms, s, m, h) (at web.nomad.hcl:7:9)"`,
    );
  });

  it('takes a near miss of a jobspec key for a typo', async () => {
    const text = MINIMAL.replace('driver', 'kill_timout = "1s"\n      driver');

    expect(await message(parseJob(text, { filename: 'web.nomad.hcl' }))).toMatchInlineSnapshot(
      `"taskdouble: job.group["api"].task["server"].kill_timout: unknown key (did you mean "kill_timeout"?) (at web.nomad.hcl:5:7)"`,
    );
  });

  it('lists every problem of a job, each with its position', async () => {
    const text = MINIMAL.replace('exit_code = 1', 'exit_code = "one"').replace(
      'group "api" {',
      'group "api" {\n    count = -1',
    );

    expect(await message(parseJob(text, { filename: 'web.nomad.hcl' }))).toMatchInlineSnapshot(`
      "taskdouble: 2 problems in the job file web.nomad.hcl:
        - job.group["api"].count: expected a whole number of at least 0, got -1 (at web.nomad.hcl:4:5)
        - job.group["api"].task["server"].config.exit_code: expected an integer, got "one" (at web.nomad.hcl:9:9)"
    `);
  });

  it.each([
    [
      'no job block',
      'group "g" {}',
      'taskdouble: job.nomad.hcl: expected one job "<name>" { ... } block, got none',
    ],
    [
      'two job blocks',
      'job "a" {}\njob "b" {}',
      'taskdouble: job.nomad.hcl: expected one job "<name>" { ... } block, got 2 (write one job per file)',
    ],
    [
      'no mock_driver task',
      'job "a" {\n  group "g" {\n    task "t" {\n      driver = "docker"\n    }\n  }\n}',
      'taskdouble: job: no task uses driver "mock_driver" (set driver = "mock_driver" on the tasks to simulate) (at job.nomad.hcl:1:1)',
    ],
    [
      'a task without a driver',
      'job "a" {\n  group "g" {\n    task "t" {}\n  }\n}',
      'taskdouble: job.group["g"].task["t"].driver: missing (write driver = "mock_driver" to simulate this task) (at job.nomad.hcl:3:5)',
    ],
  ])('rejects a file with %s', async (_, text, expected) => {
    expect(await message(parseJob(text))).toBe(expected);
  });

  // The reason is V8's own text; the position is ours.
  it.each([
    [
      'invalid JSON',
      '{"Job": {"ID": "a",\n  "TaskGroups": ]}}',
      /^taskdouble: job\.json: Unexpected token '\]' \(the file is not valid JSON\)$/,
    ],
    [
      'truncated JSON',
      '{"Job": {\n  "ID": "a"',
      /^taskdouble: job\.json:2:12: .+ \(the file is not valid JSON\)$/,
    ],
  ])('rejects %s', async (_, text, expected) => {
    expect(await message(parseJob(text, { format: 'json' }))).toMatch(expected);
  });

  it.each([
    [
      'JSON that is not a job',
      '[1, 2]',
      'taskdouble: job.json: expected a Nomad JSON job ({"Job": {...}}), got [1,2]',
    ],
    [
      'a fractional nanosecond duration',
      '{"ID": "a", "TaskGroups": [{"Name": "g", "Tasks": [{"Name": "t", "Driver": "mock_driver", "KillTimeout": 1.5}]}]}',
      'taskdouble: job.group["g"].task["t"].kill_timeout: expected integer nanoseconds (Nomad JSON durations: 5000000000 = 5s), got 1.5',
    ],
  ])('rejects %s', async (_, text, expected) => {
    expect(await message(parseJob(text, { format: 'json' }))).toBe(expected);
  });

  it('rejects a file it cannot read, naming the path', async () => {
    await expect(loadJob('/no/such/job.nomad.hcl')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: cannot read the job file "/no/such/job.nomad.hcl": no such file]`,
    );
  });
});

describe('formatOf', () => {
  it.each([
    ['job.nomad.hcl', '{', 'hcl'],
    ['job.nomad', '{', 'hcl'],
    ['job.JSON', 'job', 'json'],
    ['job.txt', '  {"Job": {}}', 'json'],
    ['job.txt', 'job "a" {}', 'hcl'],
    [undefined, '\n[', 'json'],
  ])('reads %s starting with %j as %s', (filename, text, format) => {
    expect(formatOf(filename, text)).toBe(format);
  });
});
