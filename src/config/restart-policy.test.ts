import { describe, expect, it } from 'vitest';

import { configErrorMessage as messageOf } from './config-error-message.test-helper.js';
import { mergeRestartPolicy, resolveRestartPolicy } from './resolve-restart-policy.js';
import { defaultRestartPolicy, type JobType } from './restart-policy.js';

const MINUTE = 60e9;

describe('defaultRestartPolicy', () => {
  it.each([
    ['service', 2, 30 * MINUTE],
    ['system', 2, 30 * MINUTE],
    ['batch', 3, 24 * 60 * MINUTE],
    ['sysbatch', 3, 24 * 60 * MINUTE],
  ] as const)(
    'gives a %s job %d attempts in %d ns, 15s apart, mode fail',
    (type, attempts, interval) => {
      expect(defaultRestartPolicy(type)).toEqual({ attempts, interval, delay: 15e9, mode: 'fail' });
    },
  );
});

describe('mergeRestartPolicy', () => {
  it('takes each key the override gives and keeps the others', () => {
    expect(
      mergeRestartPolicy(defaultRestartPolicy('service'), { delay: 1e9, mode: 'delay' }),
    ).toEqual({ attempts: 2, interval: 30 * MINUTE, delay: 1e9, mode: 'delay' });
  });

  it('keeps the base for no override', () => {
    expect(mergeRestartPolicy(defaultRestartPolicy('batch'), undefined)).toEqual(
      defaultRestartPolicy('batch'),
    );
  });
});

describe('resolveRestartPolicy', () => {
  it('lays the task block over the group block over the job type default', () => {
    expect(resolveRestartPolicy('batch', { attempts: 1, interval: '1h' }, { delay: '5s' })).toEqual(
      {
        attempts: 1,
        interval: 60 * MINUTE,
        delay: 5e9,
        mode: 'fail',
      },
    );
  });

  it('gives the job type default when neither block is given', () => {
    expect(resolveRestartPolicy('system')).toEqual(defaultRestartPolicy('system'));
  });

  it('ignores the lifecycle, which does not change the policy', () => {
    expect(resolveRestartPolicy('service', undefined, undefined, { hook: 'prestart' })).toEqual(
      defaultRestartPolicy('service'),
    );
  });

  it('accepts attempts 0 in mode fail and a zero delay', () => {
    expect(resolveRestartPolicy('service', undefined, { attempts: 0, delay: 0 })).toMatchObject({
      attempts: 0,
      delay: 0,
    });
  });

  it('accepts a product of attempts and delay exactly equal to the interval', () => {
    expect(() =>
      resolveRestartPolicy('batch', undefined, { attempts: 4, delay: '15s', interval: '1m' }),
    ).not.toThrow();
  });

  it.each([
    [
      { mode: 'x' },
      'taskdouble: restart.mode: Unsupported restart mode: "x" (accepted: "fail" or "delay")',
    ],
    [{ mode: 1 }, 'taskdouble: restart.mode: expected "fail" or "delay", got 1'],
    [
      { mode: 'delay', attempts: 0 },
      'taskdouble: restart: Restart policy "delay" with 0 attempts is ambiguous',
    ],
    [
      { attempts: 0, interval: '1s' },
      'taskdouble: restart.interval: Interval can not be less than 5s (got 1s)',
    ],
    [
      { attempts: 3, interval: '1m', delay: '30s' },
      "taskdouble: restart: Nomad can't restart the TaskGroup 3 times in an interval of 1m0s with a delay of 30s",
    ],
    [
      { attempts: -1 },
      'taskdouble: restart.attempts: expected a whole number of at least 0, got -1',
    ],
    [
      { attempts: 1.5 },
      'taskdouble: restart.attempts: expected a whole number of at least 0, got 1.5',
    ],
    [
      { delay: '-1s' },
      'taskdouble: restart.delay: "-1s" is negative (expected a duration of 0 or more)',
    ],
    [{ atempts: 1 }, 'taskdouble: restart.atempts: unknown key (did you mean "attempts"?)'],
    [null, 'taskdouble: restart: expected an object of restart settings, got null'],
  ])('refuses the task block %j with Nomad’s rule', (taskRestart, message) => {
    expect(messageOf(() => resolveRestartPolicy('service', undefined, taskRestart))).toBe(message);
  });

  it('checks the merged policy, so a task delay can break the group interval', () => {
    expect(() =>
      resolveRestartPolicy('service', { interval: '1m' }, { delay: '1m' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: restart: Nomad can't restart the TaskGroup 2 times in an interval of 1m0s with a delay of 1m0s]`,
    );
  });

  it('lists every problem of both blocks and the job type', () => {
    expect(() => resolveRestartPolicy('nightly' as JobType, { mode: 'never' }, { interval: '1x' }))
      .toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: taskdouble: 3 problems in the restart policy:
        - jobType: expected "service", "batch", "system" or "sysbatch", got "nightly"
        - group.restart.mode: Unsupported restart mode: "never" (accepted: "fail" or "delay")
        - restart.interval: "1x" is not a duration: unknown unit "x" (units: ns, us, µs, ms, s, m, h)]
    `);
  });

  it('reports a bad group block under group.restart', () => {
    expect(() => resolveRestartPolicy('service', { interval: '1s' }))
      .toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: taskdouble: 2 problems in the restart policy:
        - group.restart.interval: Interval can not be less than 5s (got 1s)
        - group.restart: Nomad can't restart the TaskGroup 2 times in an interval of 1s with a delay of 15s]
    `);
  });
});
