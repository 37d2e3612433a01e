import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';

import { ConfigError, mockTask, scenario, type TaskSpecInput } from '../../src/index.js';

describe('s.task()', () => {
  it('appends Received at once and nothing else until time advances', () => {
    const s = scenario();
    const task = s.task();

    expect(task).toHaveExactEventSequence('Received');
    expect([task.state, task.startedAt, task.finishedAt, task.exitResult]).toEqual([
      'pending',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('starts the task at advance(0), with Nomad defaults for everything not given', async () => {
    const s = scenario();
    const task = s.task({ config: { run_for: '1m' } });

    await s.advance(0);

    expect(task).toMatchInlineSnapshot(`
      MockTask "task" [
        0s  Received    Task received by client
        0s  Task Setup  Building Task Directory
        0s  Started     Task started by client
      ]
    `);
    expect([task.state, task.startedAt, task.restarts, task.failed]).toEqual([
      'running',
      0,
      0,
      false,
    ]);
  });

  it('takes a partial task in jobspec shape, `config` pasted from HCL unchanged', async () => {
    const s = scenario({ seed: 7 });
    const web = s.task({
      name: 'web',
      config: { run_for: '30s', exit_code: 1, exit_err_msg: 'boom', stdout_string: 'hi\n' },
      restart: { attempts: 1, delay: '5s' },
    });

    await s.advance('2m');

    expect(web).toMatchInlineSnapshot(`
      MockTask "web" [
        0s              Received        Task received by client
        0s              Task Setup      Building Task Directory
        0s              Started         Task started by client
        30s             Terminated      Exit Code: 1, Exit Message: "boom"
        30s             Restarting      Task restarting in 6.133339076s
        36.133339076s   Started         Task started by client
        1m6.133339076s  Terminated      Exit Code: 1, Exit Message: "boom"
        1m6.133339076s  Not Restarting  Exceeded allowed attempts 1 in interval 30m0s and mode is "fail"
      ]
    `);
    expect([web.state, web.failed, web.restarts, web.startedAt, web.finishedAt]).toEqual([
      'dead',
      true,
      1,
      36_133_339_076,
      66_133_339_076,
    ]);
    expect(web.exitResult).toEqual({
      exitCode: 1,
      signal: 0,
      err: 'boom',
      oomKilled: false,
      successful: false,
    });
    expect([web.stdout, web.stderr]).toEqual(['hi\nhi\n', '']);
  });

  it('reports the driver network of the last start', async () => {
    const s = scenario();
    const task = s.task({
      config: {
        run_for: '1m',
        driver_ip: '10.0.0.5',
        driver_advertise: true,
        driver_port_map: 'http:8080',
      },
    });

    expect(task.network).toBeUndefined();
    await s.advance(0);

    expect(task.network).toMatchInlineSnapshot(`
      {
        "autoAdvertise": true,
        "ip": "10.0.0.5",
        "portMap": {
          "http": 8080,
        },
      }
    `);
  });

  it('makes each task its own allocation: one dying never kills another', async () => {
    const s = scenario({ jobType: 'batch' });
    const short = s.task({ config: { run_for: '1s', exit_code: 1 }, restart: { attempts: 0 } });
    const long = s.task({ config: { run_for: '1m' } });

    await s.advance('10s');

    expect([short.alloc, long.alloc]).toEqual(['job.task[0]', 'job.task-2[0]']);
    expect([short.state, short.failed, long.state]).toEqual(['dead', true, 'running']);
    expect(long).not.toHaveEvent('Sibling Task Failed');
  });

  it('names unnamed tasks task, task-2, task-3, skipping names already taken', () => {
    const s = scenario();
    const names = [s.task(), s.task({ name: 'task-2' }), s.task(), s.task({ config: {} })].map(
      (task) => task.name,
    );

    expect(names).toEqual(['task', 'task-2', 'task-3', 'task-4']);
  });

  it('starts over with `task` in every scenario (no state between scenarios)', () => {
    expect([scenario().task().name, scenario().task().name]).toEqual(['task', 'task']);
  });
});

describe('bad s.task() input', () => {
  it.each([
    ['a duplicate name', { name: 'web' }],
    ['an unknown key', { nme: 'web' }],
    ['a bad duration', { config: { run_for: '10 s' } }],
    ['an unknown config key', { config: { exit_cod: 1 } }],
    ['a bad restart policy', { restart: { mode: 'sometimes' } }],
    ['an ambiguous restart policy', { restart: { attempts: 0, mode: 'delay' } }],
    ['null', null],
    ['a number', 5],
    ['an array', []],
  ])('refuses %s with a ConfigError and schedules nothing', (_, input) => {
    const s = scenario();
    s.task({ name: 'web' });
    const before = [s.timeline.length, s.clock.pending().length];

    // @ts-expect-error -- bad input on purpose: the runtime check is under test.
    expect(() => s.task(input)).toThrow(ConfigError);
    expect([s.timeline.length, s.clock.pending().length]).toEqual(before);
  });

  it('pins the messages', () => {
    const s = scenario();
    s.task({ name: 'web' });
    const inputs: unknown[] = [
      { name: 'web' },
      { nme: 'web' },
      { config: { run_for: '10 s' } },
      { config: { exit_cod: 1 } },
      { restart: { mode: 'sometimes' } },
      { restart: { attempts: 0, mode: 'delay' } },
      { name: 7 },
      null,
      5,
    ];

    expect(inputs.map((input) => messageOf(() => s.task(input as TaskSpecInput))))
      .toMatchInlineSnapshot(`
      [
        "taskdouble: name: "web" is already the name of a task in this scenario (s.task() names must be unique)",
        "taskdouble: nme: unknown key (did you mean "name"?)",
        "taskdouble: config.run_for: "10 s" is not a duration: unknown unit " s" (units: ns, us, µs, ms, s, m, h)",
        "taskdouble: config.exit_cod: unknown key (did you mean "exit_code"?)",
        "taskdouble: restart.mode: Unsupported restart mode: "sometimes" (accepted: "fail" or "delay")",
        "taskdouble: restart: Restart policy "delay" with 0 attempts is ambiguous",
        "taskdouble: name: expected a non-empty string, got 7",
        "taskdouble: task: expected an object of task settings, got null",
        "taskdouble: task: expected an object of task settings, got 5",
      ]
    `);
  });
});

describe('s.task() input with a taken name and other problems', () => {
  it('reports every problem in one ConfigError, the name first', () => {
    const s = scenario();
    s.task({ name: 'web' });

    expect(() =>
      s.task({ name: 'web', config: { run_for: '10 s' }, restart: { mode: 'sometimes' } } as never),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: taskdouble: 3 problems in the task:
        - name: "web" is already the name of a task in this scenario (s.task() names must be unique)
        - config.run_for: "10 s" is not a duration: unknown unit " s" (units: ns, us, µs, ms, s, m, h)
        - restart.mode: Unsupported restart mode: "sometimes" (accepted: "fail" or "delay")]
    `);
  });

  it('reports the taken name with an input that is otherwise fine', () => {
    const s = scenario();
    s.task({ name: 'web' });

    expect(() =>
      s.task({ name: 'web', config: { run_for: '1s' } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: name: "web" is already the name of a task in this scenario (s.task() names must be unique)]`,
    );
  });

  it('leaves the name free when the input is refused, so a corrected call takes it', () => {
    const s = scenario();
    // @ts-expect-error -- a bad key on purpose: the runtime check is under test.
    expect(() => s.task({ name: 'web', config: { run_fro: '1s' } })).toThrow(ConfigError);

    expect(s.task({ name: 'web', config: { run_for: '1s' } }).name).toBe('web');
  });
});

describe('mockTask()', () => {
  it('returns the validated full spec with defaults, without running anything', () => {
    expect(mockTask({ name: 'web', config: { run_for: '30s' } })).toMatchInlineSnapshot(`
      {
        "config": {
          "driver_advertise": false,
          "driver_ip": "",
          "driver_port_map": "",
          "exec_command": undefined,
          "exit_code": 0,
          "exit_err_msg": "",
          "exit_signal": 0,
          "kill_after": 0,
          "plugin_exit_after": 0,
          "run_for": 30000000000,
          "signal_error": "",
          "start_block_for": 0,
          "start_error": "",
          "start_error_recoverable": false,
          "stderr_repeat": 0,
          "stderr_repeat_duration": 0,
          "stderr_string": "",
          "stdout_repeat": 0,
          "stdout_repeat_duration": 0,
          "stdout_string": "",
        },
        "driver": "mock_driver",
        "kill_signal": "SIGINT",
        "kill_timeout": 5000000000,
        "leader": false,
        "lifecycle": undefined,
        "name": "web",
        "restart": {
          "attempts": 2,
          "delay": 15000000000,
          "interval": 1800000000000,
          "mode": "fail",
        },
        "shutdown_delay": 0,
      }
    `);
  });

  it('takes the job type that sets the default restart policy', () => {
    expect(mockTask({}, { jobType: 'batch' }).restart).toEqual({
      attempts: 3,
      interval: 86_400_000_000_000,
      delay: 15_000_000_000,
      mode: 'fail',
    });
  });

  it('refuses bad input with the same ConfigError as s.task()', () => {
    // @ts-expect-error -- the typo is the point: the types catch it, and so does the runtime.
    expect(() => mockTask({ config: { exit_cod: 1 } })).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: config.exit_cod: unknown key (did you mean "exit_code"?)]`,
    );
  });
});

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'no error';
}
