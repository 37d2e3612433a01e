import { describe, expect, it } from 'vitest';

import { configErrorMessage as messageOf } from './config-error-message.test-helper.js';
import { groupSpecSchema, parseGroupSpec } from './group-spec.js';
import { defaultRestartPolicy } from './restart-policy.js';

describe('parseGroupSpec', () => {
  it('defaults the name, the count and the restart policy', () => {
    const group = parseGroupSpec({ tasks: [{}] });
    expect([group.name, group.count, group.restart]).toEqual([
      'group',
      1,
      defaultRestartPolicy('service'),
    ]);
  });

  it('accepts a count of 0', () => {
    expect(parseGroupSpec({ count: 0, tasks: [{}] }).count).toBe(0);
  });

  it('gives each task the group policy, under its own restart block', () => {
    const group = parseGroupSpec(
      {
        restart: { attempts: 1, interval: '1h' },
        tasks: [{ name: 'a' }, { name: 'b', restart: { mode: 'delay' } }],
      },
      { jobType: 'batch' },
    );
    expect(group.restart).toEqual({ attempts: 1, interval: 3600e9, delay: 15e9, mode: 'fail' });
    expect(group.tasks.map((task) => task.restart.mode)).toEqual(['fail', 'delay']);
    expect(group.tasks[1]?.restart.interval).toBe(3600e9);
  });

  it('is what the exported schema gives for a service job', () => {
    expect(groupSpecSchema.parse({ tasks: [{}] })).toEqual(parseGroupSpec({ tasks: [{}] }));
  });

  it.each([
    [{ tasks: [] }, 'taskdouble: tasks: expected at least one task, got []'],
    [{}, 'taskdouble: tasks: missing (expected an array of tasks)'],
    [{ tasks: {} }, 'taskdouble: tasks: expected an array of tasks, got {}'],
    [
      { count: -1, tasks: [{}] },
      'taskdouble: count: expected a whole number of at least 0, got -1',
    ],
    [
      { tasks: [{}], restart: { interval: '1m', delay: '1m' } },
      "taskdouble: restart: Nomad can't restart the TaskGroup 2 times in an interval of 1m0s with a delay of 1m0s",
    ],
    [
      { tasks: [{ restart: { delay: '20m' } }], restart: { interval: '1m', attempts: 1 } },
      "taskdouble: tasks[0].restart: Nomad can't restart the TaskGroup 1 times in an interval of 1m0s with a delay of 20m0s",
    ],
    [[], 'taskdouble: group: expected an object of group settings, got []'],
  ])('refuses %j', (input, message) => {
    expect(messageOf(() => parseGroupSpec(input))).toBe(message);
  });

  it('refuses duplicate task names, naming both indexes, along with other problems', () => {
    expect(() =>
      parseGroupSpec({
        tasks: [{ name: 'web' }, { name: 'db', config: { exit_code: 0.5 } }, { name: 'web' }],
      }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: taskdouble: 2 problems in the group:
        - tasks[1].config.exit_code: expected an integer, got 0.5
        - tasks[2].name: "web" is also the name of tasks[0] (task names must be unique in a group)]
    `);
  });

  it('refuses two tasks that both take the default name', () => {
    expect(messageOf(() => parseGroupSpec({ tasks: [{}, {}] }))).toMatchInlineSnapshot(
      `"taskdouble: tasks[1].name: "task" is also the name of tasks[0] (task names must be unique in a group)"`,
    );
  });

  it("refuses two leaders with Nomad's text, at the group, naming the leaders", () => {
    expect(
      messageOf(() =>
        parseGroupSpec({
          tasks: [
            { name: 'a', leader: true },
            { name: 'b', leader: true },
          ],
        }),
      ),
    ).toMatchInlineSnapshot(
      `"taskdouble: group: Only one task may be marked as leader (leader = true on tasks[0] "a" and tasks[1] "b")"`,
    );
  });

  it("reports several leaders along with the group's other problems", () => {
    expect(() =>
      parseGroupSpec({
        restart: { interval: '1s' },
        tasks: [
          { name: 'a', leader: true },
          { name: 'b' },
          { name: 'c', leader: true },
          { leader: true },
        ],
      }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: taskdouble: 3 problems in the group:
        - restart.interval: Interval can not be less than 5s (got 1s)
        - restart: Nomad can't restart the TaskGroup 2 times in an interval of 1s with a delay of 15s
        - group: Only one task may be marked as leader (leader = true on tasks[0] "a", tasks[2] "c" and tasks[3] "task")]
    `);
  });

  it('accepts one leader', () => {
    const group = parseGroupSpec({ tasks: [{ name: 'a', leader: true }, { name: 'b' }] });
    expect(group.tasks.map((task) => task.leader)).toEqual([true, false]);
  });
});
