import { describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

// Every job file of examples/ as `taskdouble run` prints it: the alloc status view, the
// timeline, and the ignored blocks on stderr.
describe('taskdouble run on the examples', () => {
  it('prints the documentation example as the mock driver documentation shows it', async () => {
    const result = await runCli(['run', 'examples/mock.nomad.hcl', '--for', '1m']);

    expect(result.code).toBe(0);
    expect(result.stderr).toMatchInlineSnapshot(`""`);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Name          = mock.group[0]
      Client Status = running

      ==> Task "task" is "running"
      Task Events:
      Started At     = 2026-01-01T00:00:47Z
      Finished At    = N/A
      Total Restarts = 1
      Last Restart   = 2026-01-01T00:00:31Z

      Recent Events:
      Time                  Type        Description
      2026-01-01T00:00:47Z  Started     Task started by client
      2026-01-01T00:00:31Z  Restarting  Task restarting in 15.839683314s
      2026-01-01T00:00:31Z  Terminated  Exit Code: 0, Signal: 9, Exit Message: "error on exit"
      2026-01-01T00:00:01Z  Started     Task started by client
      2026-01-01T00:00:00Z  Task Setup  Building Task Directory
      2026-01-01T00:00:00Z  Received    Task received by client
      "
    `);
  });

  it('shows a crash loop until the restart policy gives up', async () => {
    const result = await runCli(['run', 'examples/crash-loop.nomad.hcl']);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Name          = crash-loop.api[0]
      Client Status = failed

      ==> Task "server" is "dead"
      Task Events:
      Started At     = 2026-01-01T00:00:15Z
      Finished At    = 2026-01-01T00:00:17Z
      Total Restarts = 2
      Last Restart   = 2026-01-01T00:00:09Z

      Recent Events:
      Time                  Type            Description
      2026-01-01T00:00:17Z  Not Restarting  Exceeded allowed attempts 2 in interval 5m0s and mode is "fail"
      2026-01-01T00:00:17Z  Terminated      Exit Code: 1, Exit Message: "panic: connection refused"
      2026-01-01T00:00:15Z  Started         Task started by client
      2026-01-01T00:00:09Z  Restarting      Task restarting in 5.539627519s
      2026-01-01T00:00:09Z  Terminated      Exit Code: 1, Exit Message: "panic: connection refused"
      2026-01-01T00:00:07Z  Started         Task started by client
      2026-01-01T00:00:02Z  Restarting      Task restarting in 5.839683314s
      2026-01-01T00:00:02Z  Terminated      Exit Code: 1, Exit Message: "panic: connection refused"
      2026-01-01T00:00:00Z  Started         Task started by client
      2026-01-01T00:00:00Z  Task Setup      Building Task Directory
      "
    `);
  });

  it('shows a leader, a prestart task and a sidecar killed when the leader is done', async () => {
    const result = await runCli(['run', 'examples/leader-sidecar.nomad.hcl']);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Name          = nightly-report.report[0]
      Client Status = complete

      ==> Task "fetch-inputs" is "dead"
      Task Events:
      Started At     = 2026-01-01T00:00:00Z
      Finished At    = 2026-01-01T00:00:05Z
      Total Restarts = 0
      Last Restart   = N/A

      Recent Events:
      Time                  Type        Description
      2026-01-01T00:00:05Z  Terminated  Exit Code: 0
      2026-01-01T00:00:00Z  Started     Task started by client
      2026-01-01T00:00:00Z  Task Setup  Building Task Directory
      2026-01-01T00:00:00Z  Received    Task received by client

      ==> Task "log-shipper" is "dead"
      Task Events:
      Started At     = 2026-01-01T00:00:00Z
      Finished At    = 2026-01-01T00:00:50Z
      Total Restarts = 0
      Last Restart   = N/A

      Recent Events:
      Time                  Type              Description
      2026-01-01T00:00:50Z  Killed            Task successfully killed
      2026-01-01T00:00:50Z  Terminated        Exit Code: 0, Signal: 2
      2026-01-01T00:00:50Z  Killing           Sent interrupt. Waiting 2s before force killing
      2026-01-01T00:00:50Z  Leader Task Dead  Leader Task in Group dead
      2026-01-01T00:00:00Z  Started           Task started by client
      2026-01-01T00:00:00Z  Task Setup        Building Task Directory
      2026-01-01T00:00:00Z  Received          Task received by client

      ==> Task "build-report" is "dead"
      Task Events:
      Started At     = 2026-01-01T00:00:05Z
      Finished At    = 2026-01-01T00:00:50Z
      Total Restarts = 0
      Last Restart   = N/A

      Recent Events:
      Time                  Type        Description
      2026-01-01T00:00:50Z  Terminated  Exit Code: 0
      2026-01-01T00:00:05Z  Started     Task started by client
      2026-01-01T00:00:05Z  Task Setup  Building Task Directory
      2026-01-01T00:00:00Z  Received    Task received by client
      "
    `);
  });

  it('shows the kill flow of a task that dies slower than its kill_timeout', async () => {
    const result = await runCli([
      'run',
      'examples/slow-kill.nomad.hcl',
      '--stop-at',
      '10s',
      '--format',
      'timeline',
    ]);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Offset  Alloc               Task   Type        Description
      0s      slow-kill.cache[0]  redis  Received    Task received by client
      0s      slow-kill.cache[0]  redis  Task Setup  Building Task Directory
      0s      slow-kill.cache[0]  redis  Started     Task started by client
      10s     slow-kill.cache[0]  redis  Killing     Sent interrupt. Waiting 5s before force killing
      15s     slow-kill.cache[0]  redis  Terminated  Exit Code: 137, Signal: 9
      15s     slow-kill.cache[0]  redis  Killed      Task successfully killed
      "
    `);
  });

  it('exits 0 for a job whose task fails to start: the failure is the result shown', async () => {
    const result = await runCli(['run', 'examples/start-error.nomad.hcl']);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Name          = start-error.worker[0]
      Client Status = failed

      ==> Task "job" is "dead"
      Task Events:
      Started At     = N/A
      Finished At    = 2026-01-01T00:00:31Z
      Total Restarts = 2
      Last Restart   = 2026-01-01T00:00:18Z

      Recent Events:
      Time                  Type            Description
      2026-01-01T00:00:31Z  Not Restarting  Exceeded allowed attempts 2 in interval 1m0s and mode is "fail"
      2026-01-01T00:00:31Z  Driver Failure  failed to pull image: registry unavailable
      2026-01-01T00:00:18Z  Restarting      Task restarting in 10.539627519s
      2026-01-01T00:00:18Z  Driver Failure  failed to pull image: registry unavailable
      2026-01-01T00:00:03Z  Restarting      Task restarting in 12.089683314s
      2026-01-01T00:00:03Z  Driver Failure  failed to pull image: registry unavailable
      2026-01-01T00:00:00Z  Task Setup      Building Task Directory
      2026-01-01T00:00:00Z  Received        Task received by client
      "
    `);
  });

  it('reads the plugin options of the example agent config', async () => {
    const result = await runCli([
      'run',
      'examples/mock.nomad.hcl',
      '--plugin-config',
      'examples/agent.hcl',
      '--for',
      '2s',
      '--format',
      'timeline',
    ]);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Offset  Alloc          Task         Type        Description
      0s      driver         mock_driver  Health      healthy: Healthy
      0s      mock.group[0]  task         Received    Task received by client
      0s      mock.group[0]  task         Task Setup  Building Task Directory
      1s      mock.group[0]  task         Started     Task started by client
      "
    `);
  });
});

describe('what run prints depends only on the job', () => {
  it.each(['table', 'timeline', 'json'])(
    'prints the HCL and the Nomad JSON form of one job the same (--format %s)',
    async (format) => {
      const options = ['--format', format, '--events', 'all'];
      const hcl = await runCli(['run', 'examples/mock.nomad.hcl', ...options]);
      const json = await runCli(['run', 'examples/mock.json', ...options]);

      expect(hcl.code).toBe(0);
      expect(json).toStrictEqual(hcl);
    },
  );
});
