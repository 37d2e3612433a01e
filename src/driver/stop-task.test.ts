import { describe, expect, it } from 'vitest';

import { MockDriver } from './mock-driver.js';

const ms = 1_000_000;
const s = 1_000_000_000;

// Starts a task, lets `stopAfter` pass, stops it and reports when and how it exited.
async function stopRun(
  config: Record<string, unknown>,
  stopAfter: number,
  ...args: [timeout?: string | number, signal?: string | number]
) {
  const driver = new MockDriver();
  await driver.startTask({ id: 'a1', name: 'web', config });
  await driver.clock.advance(stopAfter);

  let stoppedAt: number | undefined;
  const stopped = driver.stopTask('a1', ...args).then(() => (stoppedAt = driver.clock.now));
  await driver.clock.runUntilIdle();
  await stopped;

  const exit = await driver.waitTask('a1');
  return { driver, stoppedAt, exit, output: driver.output('a1') };
}

describe('stopTask', () => {
  it('kills at once when kill_after is unset, reporting SIGINT and the configured code and message', async () => {
    const { stoppedAt, exit } = await stopRun(
      { run_for: '10s', exit_code: 7, exit_err_msg: 'bye' },
      3 * s,
    );

    expect(stoppedAt).toBe(3 * s);
    expect(exit).toStrictEqual({
      exitCode: 7,
      signal: 2,
      err: 'bye',
      oomKilled: false,
      successful: false,
    });
  });

  it('settles at once, without advancing, when kill_after is unset', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web', config: { run_for: '10s' } });
    await driver.stopTask('a1');

    expect(driver.inspectTask('a1')).toMatchObject({ state: 'exited', completedAt: 0 });
  });

  it.each([
    ['SIGTERM', 15],
    ['term', 15],
    ['Hup', 1],
    [10, 10],
  ])('reports the stop signal %j as %i when exit_signal is unset', async (signal, number) => {
    const { exit } = await stopRun({ run_for: '10s' }, 0, '5s', signal);

    expect(exit.signal).toBe(number);
  });

  it('reports exit_signal rather than the stop signal when it is set', async () => {
    const { exit } = await stopRun({ run_for: '10s', exit_signal: 11 }, 0, '5s', 'SIGTERM');

    expect(exit.signal).toBe(11);
  });

  it('dies kill_after after the stop when that fits in the timeout, output running on meanwhile', async () => {
    const config = {
      run_for: '1m',
      kill_after: '2s',
      stdout_string: '.',
      stdout_repeat: 100,
      stdout_repeat_duration: '1s',
    };
    const { stoppedAt, exit, output } = await stopRun(config, 3 * s, '5s');

    expect(stoppedAt).toBe(5 * s);
    expect(exit.signal).toBe(2);
    // Writes at 0-4 s; the kill timer (set at 3 s) comes before the 5 s write (set at 4 s).
    expect(output.stdoutWrites).toBe(5);
  });

  it('dies gracefully when kill_after equals the timeout', async () => {
    const { stoppedAt, exit } = await stopRun({ run_for: '1m', kill_after: '5s' }, 0, '5s');

    expect(stoppedAt).toBe(5 * s);
    expect(exit.signal).toBe(2);
  });

  it('is force-killed at the timeout with signal 9 when kill_after is longer', async () => {
    const config = { run_for: '1m', kill_after: '30s', exit_signal: 11, exit_code: 1 };
    const { stoppedAt, exit } = await stopRun(config, 1 * s, '5s');

    expect(stoppedAt).toBe(6 * s);
    expect(exit).toMatchObject({ exitCode: 1, signal: 9 });
  });

  it('takes the timeout as milliseconds when given a number', async () => {
    const { stoppedAt, exit } = await stopRun({ run_for: '1m', kill_after: '1s' }, 0, 250);

    expect(stoppedAt).toBe(250 * ms);
    expect(exit.signal).toBe(9);
  });

  it('ends with the natural result when the natural exit comes before the kill', async () => {
    const { stoppedAt, exit } = await stopRun({ run_for: '4s', kill_after: '2s' }, 3 * s);

    expect(stoppedAt).toBe(4 * s);
    expect(exit).toMatchObject({ signal: 0, successful: true });
  });

  it('lets a natural exit due at the kill instant win, since its timer was set first', async () => {
    const { stoppedAt, exit } = await stopRun({ run_for: '5s', kill_after: '5s' }, 0);

    expect(stoppedAt).toBe(5 * s);
    expect(exit.signal).toBe(0);
  });

  it('stops the output loops a natural exit was waiting for, and exits at once', async () => {
    const config = {
      run_for: '1s',
      stdout_string: 'x',
      stdout_repeat: 10,
      stdout_repeat_duration: '1s',
    };
    const { stoppedAt, output, driver } = await stopRun(config, 3 * s);

    expect(stoppedAt).toBe(3 * s);
    expect(output.stdoutWrites).toBe(4);
    expect(driver.clock.pending()).toEqual([]);
  });

  it('resolves at once for a task that has already exited', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web', config: { exit_code: 4 } });
    await driver.clock.advance(1 * s);
    await driver.stopTask('a1');

    expect((await driver.waitTask('a1')).exitCode).toBe(4);
    expect((await driver.waitTask('a1')).signal).toBe(0);
  });

  it('records StopTask with the timeout and the signal', async () => {
    const { driver } = await stopRun({ run_for: '1m' }, 0, '3s', 'term');

    expect(driver.timeline.toArray().map(({ type, message }) => `${type}: ${message}`)).toEqual([
      'StartTask: started',
      'StopTask: stop with SIGTERM, timeout 3s',
      'Exited: exit code 0, signal 15',
    ]);
  });

  it('refuses a bad timeout, a bad signal and an unknown id', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web' });

    await expect(driver.stopTask('a1', '5 s')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: stopTask timeout: "5 s" is not a duration: unknown unit " s" (units: ns, us, µs, ms, s, m, h)]`,
    );
    await expect(driver.stopTask('a1', '5s', 'SIGNOPE')).rejects.toThrow(
      /^taskdouble: stopTask signal: "SIGNOPE" is not a signal \(did you mean SIGFPE\?\);/,
    );
    await expect(driver.stopTask('nope')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[DriverError: task not found for given id]`,
    );
  });
});
