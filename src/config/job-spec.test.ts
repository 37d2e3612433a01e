import { describe, expect, it } from 'vitest';

import { configErrorMessage as messageOf } from './config-error-message.test-helper.js';
import { parseJobSpec } from './job-spec.js';
import { defaultRestartPolicy } from './restart-policy.js';

describe('parseJobSpec', () => {
  it('defaults the name and the type', () => {
    const job = parseJobSpec({ groups: [{ tasks: [{}] }] });
    expect([job.name, job.type]).toEqual(['job', 'service']);
  });

  it.each(['service', 'batch', 'system', 'sysbatch'] as const)(
    'gives the tasks of a %s job that type’s default policy',
    (type) => {
      const job = parseJobSpec({ type, groups: [{ tasks: [{}] }] });
      expect(job.groups[0]?.restart).toEqual(defaultRestartPolicy(type));
      expect(job.groups[0]?.tasks[0]?.restart).toEqual(defaultRestartPolicy(type));
    },
  );

  it('resolves task over group over job type in every group', () => {
    const job = parseJobSpec({
      type: 'batch',
      groups: [
        { name: 'a', restart: { attempts: 0 }, tasks: [{ restart: { attempts: 1 } }] },
        { name: 'b', tasks: [{}] },
      ],
    });
    expect(job.groups.map((group) => group.tasks[0]?.restart.attempts)).toEqual([1, 3]);
  });

  it.each([
    [
      { type: 'cron', groups: [{ tasks: [{}] }] },
      'taskdouble: type: expected "service", "batch", "system" or "sysbatch", got "cron"',
    ],
    [{ groups: [] }, 'taskdouble: groups: expected at least one group, got []'],
    [undefined, 'taskdouble: job: missing (expected an object of job settings)'],
    [
      { groups: [{ tasks: [{ name: 'a' }, { name: 'b', config: { exit_code: 1.5 } }] }] },
      'taskdouble: groups[0].tasks[1].config.exit_code: expected an integer, got 1.5',
    ],
    [
      { type: 'batch', groups: [{ tasks: [{ restart: { attempts: 10000 } }] }] },
      "taskdouble: groups[0].tasks[0].restart: Nomad can't restart the TaskGroup 10000 times in an interval of 24h0m0s with a delay of 15s",
    ],
    [
      { groups: [{ tasks: [{}], cuont: 2 }] },
      'taskdouble: groups[0].cuont: unknown key (did you mean "count"?)',
    ],
  ])('refuses %j', (input, message) => {
    expect(messageOf(() => parseJobSpec(input))).toBe(message);
  });

  it('lists problems across groups with full paths', () => {
    expect(() =>
      parseJobSpec({
        name: 'web',
        groups: [
          { name: 'api', tasks: [{ kill_signal: 'SIGNOPE' }] },
          { name: 'api', tasks: [{ config: { run_for: '1 m' } }] },
        ],
      }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: taskdouble: 3 problems in the job:
        - groups[0].tasks[0].kill_signal: "SIGNOPE" is not a signal name (accepted: SIGINT, SIGTERM, SIGKILL, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, ...; the SIG prefix is optional)
        - groups[1].tasks[0].config.run_for: "1 m" is not a duration: unknown unit " m" (units: ns, us, µs, ms, s, m, h)
        - groups[1].name: "api" is also the name of groups[0] (group names must be unique in a job)]
    `);
  });

  it("refuses two leaders in a group, at that group's path", () => {
    expect(() =>
      parseJobSpec({
        groups: [
          { name: 'ok', tasks: [{ name: 'a', leader: true }, { name: 'b' }] },
          {
            name: 'web',
            tasks: [
              { name: 'a', leader: true },
              { name: 'b', leader: true },
            ],
          },
        ],
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: groups[1]: Only one task may be marked as leader (leader = true on tasks[0] "a" and tasks[1] "b")]`,
    );
  });
});
