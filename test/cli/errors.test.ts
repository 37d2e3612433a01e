import { describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

const MOCK = 'examples/mock.nomad.hcl';

describe('job file and input errors exit 1 with one taskdouble: message', () => {
  it.each([
    ['a missing file', ['run', 'test/cli/fixtures/missing.nomad.hcl']],
    ['a directory', ['validate', 'test/cli/fixtures']],
    ['an HCL syntax error, with line:column', ['run', 'test/cli/fixtures/syntax.nomad.hcl']],
    ['an unknown config key, with did-you-mean', ['run', 'test/cli/fixtures/typo.nomad.hcl']],
    ['an agent config without a mock_driver plugin', ['run', MOCK, '--plugin-config', MOCK]],
    ['a missing agent config', ['run', MOCK, '--plugin-config', 'nowhere.hcl']],
  ])('%s', async (_, args) => {
    const result = await runCli(args);

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^taskdouble: [^\n]+\n$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the file, line and column of an HCL syntax error', async () => {
    const result = await runCli(['run', 'test/cli/fixtures/syntax.nomad.hcl']);

    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: test/cli/fixtures/syntax.nomad.hcl:3:13: Invalid block definition: A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.
      "
    `);
  });

  it('suggests the key meant by an unknown config key', async () => {
    const result = await runCli(['validate', 'test/cli/fixtures/typo.nomad.hcl']);

    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: job.group["g"].task["t"].config.exit_cod: unknown key (did you mean "exit_code"?) (at test/cli/fixtures/typo.nomad.hcl:7:9)
      "
    `);
  });

  it('names the file that cannot be read', async () => {
    const result = await runCli(['run', 'test/cli/fixtures/missing.nomad.hcl']);

    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: cannot read the job file "test/cli/fixtures/missing.nomad.hcl": no such file
      "
    `);
  });
});

describe('a task with another driver is ignored, not an error', () => {
  it('runs the mock_driver tasks and lists the rest on stderr', async () => {
    const result = await runCli(['run', 'test/cli/fixtures/docker.nomad.hcl', '--for', '1s']);

    expect(result.code).toBe(0);
    expect(result.stderr).toMatchInlineSnapshot(`
      "taskdouble: ignored (not simulated): job.group["web"].network, job.group["web"].task["db"]: driver "docker"
      "
    `);
    expect(result.stdout).toContain('Name          = mixed.web[1]');
    expect(result.stdout).not.toContain('"db"');
  });
});

describe('usage errors exit 2', () => {
  it.each([
    ['no command', []],
    ['an unknown command', ['frob']],
    ['a missing job file', ['run']],
    ['an unknown option', ['run', MOCK, '--bogus']],
    ['a bad --format', ['run', MOCK, '--format', 'xml']],
    ['a bad --for', ['run', MOCK, '--for', '10 s']],
    ['a negative --stop-at', ['run', MOCK, '--stop-at', '-5s']],
    ['a --signal without an offset', ['run', MOCK, '--signal', 'SIGUSR1']],
    ['an unknown signal', ['run', MOCK, '--signal', 'SIGUSR3@1s']],
    ['a bad --restart-at', ['run', MOCK, '--restart-at', 'soon']],
    ['a --signal naming a task the job does not have', ['run', MOCK, '--signal', 'web:HUP@1s']],
    ['a --restart-at naming a task the job does not have', ['run', MOCK, '--restart-at', 'x@1s']],
    ['a bad --seed', ['run', MOCK, '--seed', '1.5']],
    ['a --start without a zone', ['run', MOCK, '--start', '2026-01-01T00:00:00']],
    ['a bad --events', ['run', MOCK, '--events', 'none']],
    ['an extra argument', ['schema', 'extra']],
  ])('%s', async (_, args) => {
    const result = await runCli(args);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });

  it('explains each bad option value by name, with the value given and what is accepted', async () => {
    const messages = await Promise.all(
      [
        ['--for', '10 s'],
        ['--stop-at', '-5s'],
        ['--signal', 'SIGUSR1'],
        ['--signal', 'SIGUSR3@1s'],
        ['--signal', 'KILL@1x'],
        ['--seed', '1.5'],
        ['--start', '2026-01-01T00:00:00'],
        ['--events', 'none'],
        ['--format', 'xml'],
        ['--bogus'],
      ].map(async (option) => (await runCli(['run', MOCK, ...option])).stderr),
    );

    expect(messages.join('')).toMatchInlineSnapshot(`
      "taskdouble: --for: "10 s" is not a duration: unknown unit " s" (units: ns, us, µs, ms, s, m, h)
      (run "taskdouble help" for usage)
      taskdouble: --stop-at: "-5s" is negative; expected an offset from the start such as "30s"
      (run "taskdouble help" for usage)
      taskdouble: --signal: "SIGUSR1" is not [<task>:]<signal>@<duration>; expected e.g. "SIGUSR1@10s" or "web:SIGUSR1@10s"
      (run "taskdouble help" for usage)
      taskdouble: --signal: "SIGUSR3" is not a signal name (did you mean SIGUSR1?)
      (run "taskdouble help" for usage)
      taskdouble: --signal: "1x" is not a duration: unknown unit "x" (units: ns, us, µs, ms, s, m, h)
      (run "taskdouble help" for usage)
      taskdouble: --seed: "1.5" is not an integer; expected e.g. 42
      (run "taskdouble help" for usage)
      taskdouble: --start: "2026-01-01T00:00:00" is not an ISO-8601 time with a zone; expected e.g. "2026-01-01T00:00:00Z" or "2026-01-01"
      (run "taskdouble help" for usage)
      taskdouble: --events: "none" is not a count; expected a positive integer or "all"
      (run "taskdouble help" for usage)
      taskdouble: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, timeline, json.
      (run "taskdouble help" for usage)
      taskdouble: unknown option '--bogus'
      (run "taskdouble help" for usage)
      "
    `);
  });

  it('explains a task name that cannot be acted on, listing the tasks the job has', async () => {
    const messages = await Promise.all(
      [
        ['examples/leader-sidecar.nomad.hcl', '--signal', 'build-reprot:HUP@10s'],
        ['examples/leader-sidecar.nomad.hcl', '--restart-at', 'shipper@1m'],
        ['test/cli/fixtures/docker.nomad.hcl', '--restart-at', 'db@1s'],
        [MOCK, '--signal', ':SIGHUP@1s'],
        [MOCK, '--restart-at', '@1s'],
        [MOCK, '--signal', 'HUP:task@1s'],
        [MOCK, '--restart-at', 'task@soon'],
        // The task is all before the signal's ":" or the offset's "@", whatever it holds.
        [MOCK, '--signal', 'a:b@c:HUP@1s'],
        [MOCK, '--restart-at', 'a:b@c@1s'],
      ].map(async (args) => (await runCli(['run', ...args])).stderr),
    );

    expect(messages.join('')).toMatchInlineSnapshot(`
      "taskdouble: --signal: "build-reprot:HUP@10s" names task "build-reprot", which job "nightly-report" does not have (did you mean "build-report"?); its tasks: "fetch-inputs", "log-shipper", "build-report"
      (run "taskdouble help" for usage)
      taskdouble: --restart-at: "shipper@1m" names task "shipper", which job "nightly-report" does not have; its tasks: "fetch-inputs", "log-shipper", "build-report"
      (run "taskdouble help" for usage)
      taskdouble: --restart-at: "db@1s" names task "db", which is not simulated (driver "docker"); the simulated tasks: "api"
      (run "taskdouble help" for usage)
      taskdouble: --signal: ":SIGHUP@1s" has no task name before ":"; expected e.g. "web:SIGUSR1@10s"
      (run "taskdouble help" for usage)
      taskdouble: --restart-at: "@1s" has no task name before "@"; expected e.g. "web@45s"
      (run "taskdouble help" for usage)
      taskdouble: --signal: "HUP:task@1s" gives the signal before the task; expected "task:HUP@1s"
      (run "taskdouble help" for usage)
      taskdouble: --restart-at: "soon" is not a duration: invalid duration (units: ns, us, µs, ms, s, m, h)
      (run "taskdouble help" for usage)
      taskdouble: --signal: "a:b@c:HUP@1s" names task "a:b@c", which job "mock" does not have; its tasks: "task"
      (run "taskdouble help" for usage)
      taskdouble: --restart-at: "a:b@c@1s" names task "a:b@c", which job "mock" does not have; its tasks: "task"
      (run "taskdouble help" for usage)
      "
    `);
  });

  it('prints the help on stdout and exits 0 when asked for it', async () => {
    const result = await runCli(['run', '--help']);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: taskdouble run [options] <jobfile>

      run a job file in virtual time and print each allocation like \`nomad alloc
      status\`

      Arguments:
        jobfile                         a Nomad job file: HCL2, or API JSON ({"Job":
                                        {...}})

      Options:
        --for <duration>                run this long (a Go duration, 1m30s); by
                                        default until idle, at most 24h
        --seed <n>                      seed of the restart jitter (default: 1)
        --start <time>                  virtual start time, ISO-8601 with a zone
                                        (default: 2026-01-01T00:00:00Z)
        --stop-at <duration>            stop the job at this offset
        --signal <[task:]SIG@duration>  signal the running tasks, or the named one, at
                                        an offset (repeatable)
        --restart-at <[task@]duration>  restart the running tasks, or the named one,
                                        at an offset (repeatable)
        --var <name=value>              set an input variable of the job file
                                        (repeatable)
        --plugin-config <file>          agent config with a plugin "mock_driver" block
        --format <format>               output format (choices: "table", "timeline",
                                        "json", default: "table")
        --events <n|all>                recent events shown per task (default: 10,
                                        like Nomad)
        --no-color                      plain output even on a terminal
        -h, --help                      display help for command
      "
    `);
  });
});
