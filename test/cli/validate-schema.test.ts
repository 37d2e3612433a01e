import packageJson from '../../package.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

describe('taskdouble validate', () => {
  it('shows what would run: groups with their allocations, tasks with their settings', async () => {
    const result = await runCli(['validate', 'examples/leader-sidecar.nomad.hcl']);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "job "nightly-report" (batch)
        group "report": 1 allocation (nightly-report.report[0])
          restart: attempts 3, interval 24h0m0s, delay 15s, mode fail
          task "fetch-inputs": kill_timeout 5s, kill_signal SIGINT, lifecycle prestart
            config:
              run_for       = 5s
              stdout_string = "fetched 3 inputs\\n"
          task "log-shipper": kill_timeout 2s, kill_signal SIGINT, lifecycle prestart, sidecar
            config:
              run_for                = 24h0m0s
              stdout_string          = "shipped logs\\n"
              stdout_repeat          = 1000
              stdout_repeat_duration = 10s
          task "build-report": kill_timeout 5s, kill_signal SIGINT, leader
            config:
              run_for       = 45s
              stdout_string = "report written for nightly-report\\n"
      ignored:
        - job.datacenters
      "
    `);
  });

  it('lists what is ignored, count and interpolation included', async () => {
    const result = await runCli(['validate', 'test/cli/fixtures/docker.nomad.hcl']);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "job "mixed" (service)
        group "web": 2 allocations (mixed.web[0], mixed.web[1])
          restart: attempts 2, interval 30m0s, delay 15s, mode fail
          task "api": kill_timeout 5s, kill_signal SIGINT
            config:
              run_for       = 10s
              stdout_string = "alloc \${NOMAD_ALLOC_INDEX} of mixed\\n"
      ignored:
        - job.group["web"].network
        - job.group["web"].task["db"]: driver "docker"
      "
    `);
  });

  it('shows the same for the HCL and the JSON form of a job', async () => {
    const hcl = await runCli(['validate', 'examples/mock.nomad.hcl']);
    const json = await runCli(['validate', 'examples/mock.json']);

    expect(json).toStrictEqual(hcl);
    expect(hcl.stdout).toMatchInlineSnapshot(`
      "job "mock" (service)
        group "group": 1 allocation (mock.group[0])
          restart: attempts 2, interval 30m0s, delay 15s, mode fail
          task "task": kill_timeout 5s, kill_signal SIGINT
            config:
              run_for                = 30s
              exit_signal            = 9
              exit_err_msg           = "error on exit"
              stdout_string          = "hello, world!\\n"
              stdout_repeat          = 1
              stdout_repeat_duration = 10s
              start_block_for        = 1s
              kill_after             = 3s
      ignored:
        - job.datacenters
      "
    `);
  });
});

describe('taskdouble schema', () => {
  it('prints the JSON Schema of the mock task config', async () => {
    const result = await runCli(['schema']);
    const schema = JSON.parse(result.stdout) as {
      type: string;
      properties: Record<string, unknown>;
    };

    expect(result.code).toBe(0);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toContain('run_for');
    expect(Object.keys(schema.properties)).toContain('exit_err_msg');
  });
});

describe('taskdouble --version', () => {
  it("prints the package's version and exits 0", async () => {
    const result = await runCli(['--version']);

    expect(result).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });
});
