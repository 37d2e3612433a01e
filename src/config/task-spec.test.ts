import { describe, expect, expectTypeOf, it } from 'vitest';

import { configErrorMessage as messageOf } from './config-error-message.test-helper.js';
import { parseMockTaskConfig } from './mock-task-config.js';
import { defaultRestartPolicy } from './restart-policy.js';
import { parseTaskSpec, taskSpecSchema, type TaskSpec, type TaskSpecInput } from './task-spec.js';

describe('parseTaskSpec defaults', () => {
  it('fills every key for no argument', () => {
    expect(parseTaskSpec()).toEqual({
      name: 'task',
      driver: 'mock_driver',
      config: parseMockTaskConfig(),
      kill_timeout: 5e9,
      kill_signal: 'SIGINT',
      restart: defaultRestartPolicy('service'),
      lifecycle: undefined,
      leader: false,
      shutdown_delay: 0,
    });
  });

  it('defaults the sidecar flag of a lifecycle block', () => {
    expect(parseTaskSpec({ lifecycle: { hook: 'prestart' } }).lifecycle).toEqual({
      hook: 'prestart',
      sidecar: false,
    });
  });

  it('parses its durations to ns', () => {
    const task = parseTaskSpec({ kill_timeout: '30s', shutdown_delay: 250 });
    expect([task.kill_timeout, task.shutdown_delay]).toEqual([30e9, 2.5e8]);
  });

  it('takes the batch default restart policy for a batch job', () => {
    expect(parseTaskSpec({}, { jobType: 'batch' }).restart).toEqual(defaultRestartPolicy('batch'));
  });

  it('lays its restart block over the group block given in the options', () => {
    const task = parseTaskSpec(
      { restart: { delay: '1s' } },
      { jobType: 'batch', groupRestart: { attempts: 5 } },
    );
    expect(task.restart).toEqual({ attempts: 5, interval: 86400e9, delay: 1e9, mode: 'fail' });
  });

  it('is what the exported schema gives', () => {
    expect(taskSpecSchema.parse({ name: 'web' })).toEqual(parseTaskSpec({ name: 'web' }));
  });

  it('types its input as partial and its output as complete', () => {
    expectTypeOf<{ name: 'web'; config: { run_for: '1s' } }>().toExtend<TaskSpecInput>();
    expectTypeOf(parseTaskSpec()).toEqualTypeOf<TaskSpec>();
  });
});

describe('parseTaskSpec kill_signal', () => {
  it.each([
    ['SIGTERM', 'SIGTERM'],
    ['TERM', 'SIGTERM'],
    ['term', 'SIGTERM'],
    ['sigHup', 'SIGHUP'],
    ['SIGKILL', 'SIGKILL'],
    ['usr1', 'SIGUSR1'],
  ])('reads %j as %j', (input, name) => {
    expect(parseTaskSpec({ kill_signal: input }).kill_signal).toBe(name);
  });

  it('refuses an unknown signal, listing a few it accepts', () => {
    expect(() => parseTaskSpec({ kill_signal: 'SIGFOO' })).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: kill_signal: "SIGFOO" is not a signal name (accepted: SIGINT, SIGTERM, SIGKILL, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, ...; the SIG prefix is optional)]`,
    );
  });
});

describe('parseTaskSpec rejections', () => {
  it.each([
    [{ name: '' }, 'taskdouble: name: expected a non-empty string, got ""'],
    [{ name: 7 }, 'taskdouble: name: expected a non-empty string, got 7'],
    [
      { driver: 'docker' },
      'taskdouble: driver: expected "mock_driver" (the driver taskdouble simulates), got "docker"',
    ],
    [
      { kill_timeout: '-5s' },
      'taskdouble: kill_timeout: "-5s" is negative (expected a duration of 0 or more)',
    ],
    [{ leader: 1 }, 'taskdouble: leader: expected true or false, got 1'],
    [
      { lifecycle: { hook: 'poststart', sidecar: 'yes' } },
      'taskdouble: lifecycle.sidecar: expected true or false, got "yes"',
    ],
    [
      { lifecycle: {} },
      'taskdouble: lifecycle.hook: missing (expected "prestart", "poststart" or "poststop")',
    ],
    [
      { lifecycle: { hook: 'main' } },
      'taskdouble: lifecycle.hook: expected "prestart", "poststart" or "poststop", got "main"',
    ],
    [{ config: { exit_code: 'x' } }, 'taskdouble: config.exit_code: expected an integer, got "x"'],
    [
      { restart: { attempts: 3, delay: '30s', interval: '1m' } },
      "taskdouble: restart: Nomad can't restart the TaskGroup 3 times in an interval of 1m0s with a delay of 30s",
    ],
    [{ kill_timout: '5s' }, 'taskdouble: kill_timout: unknown key (did you mean "kill_timeout"?)'],
    [null, 'taskdouble: task: expected an object of task settings, got null'],
  ])('refuses %j', (input, message) => {
    expect(messageOf(() => parseTaskSpec(input))).toBe(message);
  });

  it('prefixes paths with the task path it is given', () => {
    expect(
      messageOf(() => parseTaskSpec({ config: { run_for: 'x' } }, { path: 'groups[0].tasks[2]' })),
    ).toMatchInlineSnapshot(
      `"taskdouble: groups[0].tasks[2].config.run_for: "x" is not a duration: invalid duration (units: ns, us, µs, ms, s, m, h)"`,
    );
  });

  it('reports the problems of the group block and of the task together', () => {
    expect(() => parseTaskSpec({ leader: 'no' }, { groupRestart: { mode: 'sometimes' } }))
      .toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: taskdouble: 2 problems in the task:
        - group.restart.mode: Unsupported restart mode: "sometimes" (accepted: "fail" or "delay")
        - leader: expected true or false, got "no"]
    `);
  });

  it('refuses a job type it does not know', () => {
    expect(
      messageOf(() => parseTaskSpec({}, { jobType: 'cron' as 'batch' })),
    ).toMatchInlineSnapshot(
      `"taskdouble: jobType: expected "service", "batch", "system" or "sysbatch", got "cron""`,
    );
  });
});

describe('parseTaskSpec on tasks seen before', () => {
  it('gives a task written again under another name its own name', () => {
    const config = { run_for: '30s', exit_code: 1 };
    const names = ['web', 'api', 'web'].map((name) => parseTaskSpec({ name, config }).name);

    expect(names).toEqual(['web', 'api', 'web']);
  });

  it('hands out independent specs, so changing one reaches no later one', () => {
    const first = parseTaskSpec({
      name: 'web',
      config: { run_for: '1s' },
      restart: { attempts: 1 },
    });
    first.config.run_for = 0;
    first.restart.attempts = 9;

    expect(
      parseTaskSpec({ name: 'web', config: { run_for: '1s' }, restart: { attempts: 1 } }),
    ).toMatchObject({ config: { run_for: 1e9 }, restart: { attempts: 1 } });
  });

  it('reads an input object as it is now, after a change to it', () => {
    const input = { name: 'web', config: { run_for: '1s' } };
    parseTaskSpec(input);
    input.config.run_for = '2s';

    expect(parseTaskSpec(input).config.run_for).toBe(2e9);
  });

  it('rejects bad tasks with their own words after a good task of the same shape', () => {
    parseTaskSpec({ name: 'web', config: { run_for: '1s' } });

    expect(
      messageOf(() => parseTaskSpec({ name: '', config: { run_for: '1s' } })),
    ).toMatchInlineSnapshot(`"taskdouble: name: expected a non-empty string, got """`);
    expect(
      messageOf(() => parseTaskSpec({ name: 7, config: { run_for: '1s' } })),
    ).toMatchInlineSnapshot(`"taskdouble: name: expected a non-empty string, got 7"`);
    expect(
      messageOf(() => parseTaskSpec({ name: 'web', config: { run_for: '1x' } })),
    ).toMatchInlineSnapshot(
      `"taskdouble: config.run_for: "1x" is not a duration: unknown unit "x" (units: ns, us, µs, ms, s, m, h)"`,
    );
  });

  it('tells the job types apart', () => {
    expect(parseTaskSpec({ name: 'web' }, { jobType: 'batch' }).restart).toEqual(
      defaultRestartPolicy('batch'),
    );
    expect(parseTaskSpec({ name: 'web' }, { jobType: 'service' }).restart).toEqual(
      defaultRestartPolicy('service'),
    );
  });
});
