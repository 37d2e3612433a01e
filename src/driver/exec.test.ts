import { describe, expect, it } from 'vitest';

import { DriverError } from './driver-errors.js';
import { MockDriver } from './mock-driver.js';

const ms = 1_000_000;
const s = 1_000_000_000;

describe('execTask', () => {
  it('answers Exec(<name>, <argv>) in Go quoting, exit code 0, at once', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web', config: { run_for: '1m' } });

    expect(await driver.execTask('a1', ['/bin/sh', '-c', 'echo hi'], '1s')).toStrictEqual({
      stdout: 'Exec("web", ["/bin/sh" "-c" "echo hi"])',
      stderr: '',
      exitResult: { exitCode: 0, signal: 0, oomKilled: false, successful: true },
    });
    expect(driver.timeline.at(-1)).toMatchObject({
      type: 'ExecTask',
      message: 'exec /bin/sh -c echo hi, exit code 0',
    });
  });

  it('quotes names and words the way Go does', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'we"b', config: { run_for: '1m' } });

    expect((await driver.execTask('a1', ['a\tb', ''])).stdout).toBe('Exec("we\\"b", ["a\\tb" ""])');
  });

  it('works after the task exited, while the driver still holds it', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web' });
    await driver.clock.advance(1 * s);

    expect((await driver.execTask('a1', ['ls'])).stdout).toBe('Exec("web", ["ls"])');
  });

  it('refuses an unknown id, a command that is not a list of strings, and a bad timeout', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web' });

    await expect(driver.execTask('nope', ['ls'])).rejects.toThrow(
      new DriverError('task not found for given id'),
    );
    await expect(
      driver.execTask('a1', 'ls' as unknown as string[]),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: execTask command: "ls" is not a command; give a list of strings such as ["ls", "-l"]]`,
    );
    await expect(driver.execTask('a1', ['ls'], 'soon')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: execTask timeout: "soon" is not a duration: invalid duration (units: ns, us, µs, ms, s, m, h)]`,
    );
  });
});

describe('execTaskStreaming', () => {
  const execCommand = {
    run_for: '2s',
    exit_code: 3,
    stdout_string: 'tick ',
    stdout_repeat: 3,
    stdout_repeat_duration: '1s',
    stderr_string: 'warn',
  };

  it("refuses a task without exec_command with Nomad's text", async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web' });

    await expect(driver.execTaskStreaming('a1', { command: ['showinput'] })).rejects.toThrow(
      new DriverError('no exec command is configured'),
    );
  });

  it('echoes stdin for showinput and answers after 1 ms', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web', config: { exec_command: {} } });
    const seen: string[] = [];
    let doneAt: number | undefined;
    const done = driver
      .execTaskStreaming('a1', {
        command: ['showinput'],
        stdin: 'hi',
        tty: false,
        stdout: (text) => seen.push(text),
      })
      .then((result) => ((doneAt = driver.clock.now), result));
    await driver.clock.advance(1 * ms);

    expect(await done).toStrictEqual({
      stdout: 'TTY: false\nStdin:\nhi\n',
      stderr: '',
      exitResult: { exitCode: 0, signal: 0, oomKilled: false, successful: true },
    });
    expect(seen).toEqual(['TTY: false\nStdin:\nhi\n']);
    expect(doneAt).toBe(1 * ms);
  });

  it('reports TTY: true when asked for a terminal', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web', config: { exec_command: {} } });
    const done = driver.execTaskStreaming('a1', { command: ['showinput'], tty: true });
    await driver.clock.advance(1 * ms);

    expect((await done).stdout).toBe('TTY: true\nStdin:\n\n');
  });

  it("runs exec_command with the fake process's rules, waiting for its output", async () => {
    const driver = new MockDriver();
    await driver.startTask({
      id: 'a1',
      name: 'web',
      config: { run_for: '1m', exec_command: execCommand },
    });
    let doneAt: number | undefined;
    const done = driver
      .execTaskStreaming('a1', { command: ['/bin/anything', 'at all'] })
      .then((result) => ((doneAt = driver.clock.now), result));
    await driver.clock.advance(10 * s);

    expect(await done).toMatchObject({
      stdout: 'tick tick tick tick ',
      stderr: 'warn',
      exitResult: { exitCode: 3 },
    });
    expect(doneAt).toBe(3 * s);
  });

  it('is not cancelled when the task is stopped', async () => {
    const driver = new MockDriver();
    await driver.startTask({
      id: 'a1',
      name: 'web',
      config: { run_for: '1m', exec_command: execCommand },
    });
    const done = driver.execTaskStreaming('a1', { command: ['x'] });
    await driver.stopTask('a1');
    await driver.clock.advance(3 * s);

    expect((await done).stdout).toBe('tick tick tick tick ');
  });

  it('refuses bad options by name', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web', config: { exec_command: {} } });

    await expect(
      driver.execTaskStreaming('a1', { command: ['showinput'], stdin: 42 as unknown as string }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: execTaskStreaming stdin: 42 is not a string]`,
    );
  });
});
