import { describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

const MOCK = 'examples/mock.nomad.hcl';

describe('--format json', () => {
  it('writes Nomad TaskStates with each Time as the exact Unix nanoseconds', async () => {
    const result = await runCli(['run', MOCK, '--for', '1m', '--format', 'json']);

    expect(result.code).toBe(0);
    // 2026-01-01T00:00:47.839683314Z is beyond 2^53 ns: a JSON number written by
    // JSON.stringify would end in ...683264; the text must carry every digit.
    const times = [...result.stdout.matchAll(/"Time": (\d+)/g)].map((match) => match[1]);
    expect(times).toStrictEqual([
      '1767225600000000000',
      '1767225600000000000',
      '1767225601000000000',
      '1767225631000000000',
      '1767225631000000000',
      '1767225647839683314',
    ]);
  });

  it('writes one allocation object per allocation with its client status and task states', async () => {
    const result = await runCli(['run', MOCK, '--for', '1m', '--format', 'json']);
    const allocations = JSON.parse(result.stdout) as {
      Name: string;
      ClientStatus: string;
      TaskStates: Record<
        string,
        {
          State: string;
          Restarts: number;
          StartedAt: string;
          Events: { Type: string; StartDelay: number }[];
        }
      >;
    }[];

    expect(allocations).toHaveLength(1);
    const [alloc] = allocations;
    expect(alloc?.Name).toBe('mock.group[0]');
    expect(alloc?.ClientStatus).toBe('running');
    expect(alloc?.TaskStates['task']).toMatchObject({
      State: 'running',
      Restarts: 1,
      StartedAt: '2026-01-01T00:00:47.839683314Z',
    });
    expect(alloc?.TaskStates['task']?.Events.map((event) => event.Type)).toStrictEqual([
      'Received',
      'Task Setup',
      'Started',
      'Terminated',
      'Restarting',
      'Started',
    ]);
  });

  it("keeps Nomad's last 10 events, or every one with --events all", async () => {
    const count = async (...extra: string[]): Promise<number> => {
      const result = await runCli([
        'run',
        'examples/crash-loop.nomad.hcl',
        '--format',
        'json',
        ...extra,
      ]);
      return [...result.stdout.matchAll(/"Type": /g)].length;
    };

    expect(await count()).toBe(10);
    expect(await count('--events', 'all')).toBe(11);
    expect(await count('--events', '3')).toBe(3);
  });
});

describe('--format timeline', () => {
  it('adds the driver turning unhealthy when the plugin config sets shutdown_periodic_*', async () => {
    const result = await runCli([
      'run',
      MOCK,
      '--plugin-config',
      'test/cli/fixtures/agent-10s.hcl',
      '--for',
      '12s',
      '--format',
      'timeline',
    ]);

    expect(result.stdout).toMatchInlineSnapshot(`
      "Offset  Alloc          Task         Type        Description
      0s      driver         mock_driver  Health      healthy: Healthy
      0s      mock.group[0]  task         Received    Task received by client
      0s      mock.group[0]  task         Task Setup  Building Task Directory
      1s      mock.group[0]  task         Started     Task started by client
      10s     driver         mock_driver  Health      undetected: disabled
      "
    `);
  });
});

describe('actions at an offset', () => {
  it('stops the job with --stop-at', async () => {
    const result = await runCli(['run', MOCK, '--stop-at', '10s', '--format', 'timeline']);

    expect(result.stdout).toMatchInlineSnapshot(`
      "Offset  Alloc          Task  Type        Description
      0s      mock.group[0]  task  Received    Task received by client
      0s      mock.group[0]  task  Task Setup  Building Task Directory
      1s      mock.group[0]  task  Started     Task started by client
      10s     mock.group[0]  task  Killing     Sent interrupt. Waiting 5s before force killing
      13s     mock.group[0]  task  Terminated  Exit Code: 0, Signal: 9, Exit Message: "error on exit"
      13s     mock.group[0]  task  Killed      Task successfully killed
      "
    `);
  });

  it('signals the running tasks with --signal, once per occurrence', async () => {
    const result = await runCli([
      'run',
      MOCK,
      '--for',
      '20s',
      '--signal',
      'SIGUSR1@5s',
      '--signal',
      'hup@6s',
      '--format',
      'timeline',
    ]);

    expect(result.stdout).toMatchInlineSnapshot(`
      "Offset  Alloc          Task  Type        Description
      0s      mock.group[0]  task  Received    Task received by client
      0s      mock.group[0]  task  Task Setup  Building Task Directory
      1s      mock.group[0]  task  Started     Task started by client
      5s      mock.group[0]  task  Signaling   Task being sent a signal
      6s      mock.group[0]  task  Signaling   Task being sent a signal
      "
    `);
  });

  it('restarts the running tasks with --restart-at, without using a restart attempt', async () => {
    const result = await runCli([
      'run',
      MOCK,
      '--for',
      '20s',
      '--restart-at',
      '10s',
      '--format',
      'timeline',
    ]);

    expect(result.stdout).toMatchInlineSnapshot(`
      "Offset  Alloc          Task  Type              Description
      0s      mock.group[0]  task  Received          Task received by client
      0s      mock.group[0]  task  Task Setup        Building Task Directory
      1s      mock.group[0]  task  Started           Task started by client
      10s     mock.group[0]  task  Restart Signaled  User requested task to restart
      13s     mock.group[0]  task  Terminated        Exit Code: 0, Signal: 9, Exit Message: "error on exit"
      13s     mock.group[0]  task  Restarting        Task restarting in 0s
      14s     mock.group[0]  task  Started           Task started by client
      "
    `);
  });

  it('notes on stderr an action that found no running task', async () => {
    const result = await runCli(['run', MOCK, '--for', '1m', '--signal', 'SIGUSR1@40s']);

    expect(result.code).toBe(0);
    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: note: --signal SIGUSR1@40s: no task was running at 40s; nothing was done
      "
    `);
  });

  it('notes on stderr each action after the end of the run, with the time the run ended', async () => {
    const result = await runCli([
      'run',
      MOCK,
      '--for',
      '1m',
      '--stop-at',
      '2h',
      '--signal',
      'SIGHUP@90s',
      '--restart-at',
      '2h',
      '--format',
      'timeline',
    ]);

    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/Signaling|Restart Signaled|Killing/);
    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: note: --stop-at 2h0m0s: the run ended at 1m0s, before 2h0m0s; nothing was done (use --for to run longer)
      taskdouble: note: --signal SIGHUP@90s: the run ended at 1m0s, before 1m30s; nothing was done (use --for to run longer)
      taskdouble: note: --restart-at 2h: the run ended at 1m0s, before 2h0m0s; nothing was done (use --for to run longer)
      "
    `);
  });

  it('acts at an offset equal to --for, the last instant of the run', async () => {
    const result = await runCli(['run', MOCK, '--for', '1m', '--restart-at', '1m']);

    expect(result.stdout).toContain('Restart Signaled  User requested task to restart');
    expect(result.stderr).toBe('');
  });

  it('without --for, runs on to an action after the job settled: it finds no running task', async () => {
    const result = await runCli(['run', MOCK, '--restart-at', '2h', '--format', 'timeline']);

    expect(result.stdout.split('\n').at(-2)).toMatchInlineSnapshot(
      `"2m5.629310833s   mock.group[0]  task  Not Restarting  Exceeded allowed attempts 2 in interval 30m0s and mode is "fail""`,
    );
    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: note: --restart-at 2h: no task was running at 2h0m0s; nothing was done
      "
    `);
  });

  it('without --for, notes an action after the virtual day a run may last', async () => {
    const result = await runCli(['run', MOCK, '--restart-at', '30h', '--format', 'timeline']);

    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: note: the job was still busy after 24h0m0s of virtual time and was stopped there; use --for to choose how long to run
      taskdouble: note: --restart-at 30h: the run ended at 24h0m0s, before 30h0m0s; nothing was done (use --for to run longer)
      "
    `);
  });
});

describe('actions on one task, named before the signal or the offset', () => {
  const LEADER = 'examples/leader-sidecar.nomad.hcl';
  const COUNT_2 = 'test/cli/fixtures/docker.nomad.hcl';
  const TWO_GROUPS = 'test/cli/fixtures/two-groups.nomad.hcl';
  const lines = (stdout: string, type: string): string[] =>
    stdout.split('\n').filter((line) => line.includes(type));

  it('signals only the task named with --signal <task>:<SIG>@<offset>', async () => {
    const result = await runCli([
      'run',
      LEADER,
      '--for',
      '12s',
      '--signal',
      'log-shipper:SIGHUP@10s',
      '--format',
      'timeline',
    ]);

    expect(result.code).toBe(0);
    expect(lines(result.stdout, 'Signaling')).toMatchInlineSnapshot(`
      [
        "10s     nightly-report.report[0]  log-shipper   Signaling   Task being sent a signal",
      ]
    `);
  });

  it('restarts only the task named with --restart-at <task>@<offset>', async () => {
    const result = await runCli([
      'run',
      LEADER,
      '--for',
      '25s',
      '--restart-at',
      'build-report@20s',
      '--format',
      'timeline',
    ]);

    expect(result.stdout.split('\n').filter((line) => /^2\ds/.test(line))).toMatchInlineSnapshot(`
      [
        "20s     nightly-report.report[0]  build-report  Restart Signaled  User requested task to restart",
        "20s     nightly-report.report[0]  build-report  Terminated        Exit Code: 0, Signal: 2",
        "20s     nightly-report.report[0]  build-report  Restarting        Task restarting in 0s",
        "20s     nightly-report.report[0]  build-report  Started           Task started by client",
      ]
    `);
  });

  it('still acts on every running task without a task name', async () => {
    const result = await runCli([
      'run',
      LEADER,
      '--for',
      '12s',
      '--signal',
      'SIGHUP@10s',
      '--format',
      'timeline',
    ]);

    expect(lines(result.stdout, 'Signaling')).toMatchInlineSnapshot(`
      [
        "10s     nightly-report.report[0]  log-shipper   Signaling   Task being sent a signal",
        "10s     nightly-report.report[0]  build-report  Signaling   Task being sent a signal",
      ]
    `);
  });

  it('acts on the named task in every allocation of its group (count = 2)', async () => {
    const result = await runCli([
      'run',
      COUNT_2,
      '--for',
      '6s',
      '--signal',
      'api:SIGUSR1@5s',
      '--format',
      'timeline',
    ]);

    expect(lines(result.stdout, 'Signaling')).toMatchInlineSnapshot(`
      [
        "5s      mixed.web[0]  api   Signaling   Task being sent a signal",
        "5s      mixed.web[1]  api   Signaling   Task being sent a signal",
      ]
    `);
  });

  it('acts on the tasks of that name in every group, and on no other task', async () => {
    const result = await runCli([
      'run',
      TWO_GROUPS,
      '--for',
      '6s',
      '--signal',
      'web:SIGHUP@5s',
      '--format',
      'timeline',
    ]);

    expect(lines(result.stdout, 'Signaling')).toMatchInlineSnapshot(`
      [
        "5s      pair.blue[0]   web      Signaling   Task being sent a signal",
        "5s      pair.blue[1]   web      Signaling   Task being sent a signal",
        "5s      pair.green[0]  web      Signaling   Task being sent a signal",
      ]
    `);
  });

  it('skips the copies of the named task that are not running at that offset', async () => {
    // At 26s the first allocation's api has restarted (at 25.8s) and the second's has not.
    const result = await runCli([
      'run',
      COUNT_2,
      '--for',
      '27s',
      '--signal',
      'api:SIGUSR1@26s',
      '--format',
      'timeline',
    ]);

    expect(lines(result.stdout, 'Signaling')).toMatchInlineSnapshot(`
      [
        "26s            mixed.web[0]  api   Signaling   Task being sent a signal",
      ]
    `);
    expect(result.stderr).not.toContain('note');
  });

  it('notes on stderr a named task that was not running, and acts on no other', async () => {
    // build-report waits for the prestart task fetch-inputs, which runs 5s.
    const result = await runCli([
      'run',
      LEADER,
      '--for',
      '10s',
      '--signal',
      'build-report:SIGHUP@3s',
      '--restart-at',
      'fetch-inputs@8s',
      '--format',
      'timeline',
    ]);

    expect(result.code).toBe(0);
    expect(lines(result.stdout, 'Signal')).toStrictEqual([]);
    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: note: --signal build-report:SIGHUP@3s: task "build-report" was not running at 3s; nothing was done
      taskdouble: note: --restart-at fetch-inputs@8s: task "fetch-inputs" was not running at 8s; nothing was done
      "
    `);
  });
});

describe('--events', () => {
  it('shows every event in the table with --events all', async () => {
    const last10 = await runCli(['run', 'examples/crash-loop.nomad.hcl']);
    const all = await runCli(['run', 'examples/crash-loop.nomad.hcl', '--events', 'all']);

    expect(last10.stdout).not.toContain('Received');
    expect(all.stdout.split('\n').at(-2)).toBe(
      '2026-01-01T00:00:00Z  Received        Task received by client',
    );
  });
});

describe('--seed and --start', () => {
  it('gives the same output for the same seed and another restart jitter for another', async () => {
    const first = await runCli(['run', MOCK, '--seed', '7', '--format', 'timeline']);
    const again = await runCli(['run', MOCK, '--seed', '7', '--format', 'timeline']);
    const other = await runCli(['run', MOCK, '--seed', '8', '--format', 'timeline']);

    expect(again).toStrictEqual(first);
    expect(other.stdout).not.toBe(first.stdout);
  });

  it('prints times from the start given with --start', async () => {
    const result = await runCli([
      'run',
      MOCK,
      '--for',
      '2s',
      '--start',
      '2030-06-15T12:00:00+02:00',
    ]);

    expect(result.stdout).toContain('2030-06-15T10:00:01Z  Started     Task started by client');
  });
});

describe('how long a run goes', () => {
  it('stops a job that never settles after a virtual day, with a note on stderr', async () => {
    const result = await runCli([
      'run',
      'test/cli/fixtures/forever.nomad.hcl',
      '--format',
      'timeline',
    ]);

    expect(result.code).toBe(0);
    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: note: the job was still busy after 24h0m0s of virtual time and was stopped there; use --for to choose how long to run
      "
    `);
    expect(result.stdout.split('\n').at(-2)).toMatchInlineSnapshot(
      `"23h25m30.939917586s  forever.app[0]  server  Started     Task started by client"`,
    );
  });
});

describe('color', () => {
  it('makes headings bold on a terminal', async () => {
    const result = await runCli(['run', MOCK, '--for', '1s'], { color: true });

    expect(result.stdout).toContain('\u001b[1m==> Task "task" is "running"\u001b[22m');
  });

  it('prints plain text with --no-color, even on a terminal', async () => {
    const result = await runCli(['run', MOCK, '--for', '1s', '--no-color'], { color: true });

    expect(result.stdout).not.toContain('\u001b');
  });
});
