import { describe, expect, it } from 'vitest';

import type { TaskHandle } from './driver-types.js';
import { MockDriver } from './mock-driver.js';

const s = 1_000_000_000;

const pluginShutDown = {
  exitCode: 0,
  signal: 0,
  err: 'plugin is shut down',
  oomKilled: false,
  successful: false,
};

describe('plugin_exit_after', () => {
  it('makes waitTask resolve with "plugin is shut down" after that long', async () => {
    const driver = new MockDriver();
    await driver.startTask({
      id: 'a1',
      name: 'web',
      config: { run_for: '10s', exit_code: 3, plugin_exit_after: '2s' },
    });
    const exit = driver.waitTask('a1');
    await driver.clock.runUntilIdle();

    expect(await exit).toStrictEqual(pluginShutDown);
    expect(driver.inspectTask('a1')).toMatchObject({ state: 'exited', completedAt: 2 * s });
    expect(driver.timeline.at(-1)).toMatchObject({
      type: 'PluginExited',
      at: 2 * s,
      message: 'plugin exited',
    });
  });

  it('does not wait for the output loops', async () => {
    const driver = new MockDriver();
    const config = {
      run_for: '10s',
      plugin_exit_after: '2500ms',
      stdout_string: 'x',
      stdout_repeat: 9,
      stdout_repeat_duration: '1s',
    };
    await driver.startTask({ id: 'a1', name: 'web', config });
    await driver.clock.runUntilIdle();

    expect(driver.output('a1').stdoutWrites).toBe(3);
    expect(driver.clock.now).toBe(2500_000_000);
  });

  it('fires at once when negative', async () => {
    const driver = new MockDriver();
    await driver.startTask({
      id: 'a1',
      name: 'web',
      config: { run_for: '10s', plugin_exit_after: '-1s' },
    });
    await driver.clock.advance(0);

    expect((await driver.waitTask('a1')).err).toBe('plugin is shut down');
  });

  it('wins a tie with run_for, because its timer is set first', async () => {
    const driver = new MockDriver();
    await driver.startTask({
      id: 'a1',
      name: 'web',
      config: { run_for: '5s', plugin_exit_after: '5s' },
    });
    await driver.clock.runUntilIdle();

    expect((await driver.waitTask('a1')).err).toBe('plugin is shut down');
  });

  it('is no longer observed once run_for is over and only output is awaited', async () => {
    const driver = new MockDriver();
    const config = {
      run_for: '1s',
      plugin_exit_after: '3s',
      stdout_string: 'x',
      stdout_repeat: 5,
      stdout_repeat_duration: '1s',
    };
    await driver.startTask({ id: 'a1', name: 'web', config });
    await driver.clock.runUntilIdle();

    expect(await driver.waitTask('a1')).toMatchObject({ successful: true });
    expect(driver.inspectTask('a1').completedAt).toBe(5 * s);
  });
});

describe('recoverTask', () => {
  it('resumes with run_for less the time already run and keeps StartedAt', async () => {
    const driver = new MockDriver();
    const { handle } = await driver.startTask({
      id: 'a1',
      name: 'web',
      config: { run_for: '10s', exit_code: 1, plugin_exit_after: '7s' },
    });
    await driver.clock.advance(7 * s);
    await driver.recoverTask(handle);

    const exit = driver.waitTask('a1');
    await driver.clock.advance(3 * s - 1);
    expect(driver.inspectTask('a1').state).toBe('running');

    await driver.clock.advance(1);
    expect(await exit).toMatchObject({ exitCode: 1, successful: false });
    expect(driver.inspectTask('a1')).toMatchObject({ startedAt: 0, completedAt: 10 * s });
  });

  it('re-arms plugin_exit_after at its full value after each recovery', async () => {
    const driver = new MockDriver();
    const { handle } = await driver.startTask({
      id: 'a1',
      name: 'web',
      config: { run_for: '10s', plugin_exit_after: '3s' },
    });
    const ends: string[] = [];

    for (;;) {
      const exit = await driverWait(driver, 'a1');
      ends.push(`${driver.clock.now / s}s ${exit.err ?? 'exited'}`);
      if (exit.err === undefined) break;
      await driver.recoverTask(handle);
    }

    expect(ends).toEqual([
      '3s plugin is shut down',
      '6s plugin is shut down',
      '9s plugin is shut down',
      '10s exited',
    ]);
    expect(
      driver.timeline
        .toArray()
        .filter((entry) => entry.type === 'RecoverTask')
        .map((entry) => entry.at),
    ).toEqual([3 * s, 6 * s, 9 * s]);
  });

  it('exits at once with the configured result when no run time is left', async () => {
    const driver = new MockDriver();
    const config = { run_for: '2s', exit_code: 5, plugin_exit_after: '2s', stdout_string: 'x' };
    const { handle } = await driver.startTask({ id: 'a1', name: 'web', config });
    await driver.clock.advance(2 * s);
    await driver.recoverTask(handle);

    expect(await driver.waitTask('a1')).toMatchObject({ exitCode: 5 });
    expect(driver.inspectTask('a1').completedAt).toBe(2 * s);
    expect(driver.output('a1').stdoutWrites).toBe(1);
  });

  it('starts the output over, as the re-run command does', async () => {
    const driver = new MockDriver();
    const config = { run_for: '5s', plugin_exit_after: '1s', stdout_string: 'x' };
    const { handle } = await driver.startTask({ id: 'a1', name: 'web', config });
    await driver.clock.advance(1 * s);
    await driver.recoverTask(handle);

    expect(driver.output('a1')).toMatchObject({ stdout: 'xx', stdoutWrites: 2 });
  });

  it('leaves a running task alone', async () => {
    const driver = new MockDriver();
    const { handle } = await driver.startTask({
      id: 'a1',
      name: 'web',
      config: { run_for: '10s' },
    });
    await driver.recoverTask(handle);
    await driver.clock.runUntilIdle();

    expect(driver.inspectTask('a1').completedAt).toBe(10 * s);
    expect(driver.timeline.toArray().some((entry) => entry.type === 'RecoverTask')).toBe(false);
  });

  it('brings back a task the driver no longer holds', async () => {
    const driver = new MockDriver();
    const { handle } = await driver.startTask({
      id: 'a1',
      name: 'web',
      config: { run_for: '10s', plugin_exit_after: '6s', stdout_string: 'x' },
    });
    await driver.clock.advance(6 * s);
    driver.destroyTask('a1', false);
    const written: string[] = [];
    await driver.recoverTask(handle, { stdout: (text) => written.push(text) });
    await driver.clock.runUntilIdle();

    expect(driver.inspectTask('a1')).toMatchObject({
      state: 'exited',
      startedAt: 0,
      completedAt: 10 * s,
    });
    expect(written).toEqual(['x']);
  });

  it.each([[null], [undefined]])("refuses a %s handle with Nomad's text", async (handle) => {
    const driver = new MockDriver();

    await expect(
      driver.recoverTask(handle as unknown as TaskHandle),
    ).rejects.toThrowErrorMatchingInlineSnapshot(`[DriverError: handle cannot be nil]`);
  });

  it('refuses a handle it cannot read', async () => {
    const driver = new MockDriver();
    const handle = { version: 2, id: 'a1' } as unknown as TaskHandle;

    await expect(driver.recoverTask(handle)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[DriverError: failed to decode task state from handle: version 2 is not 1]`,
    );
  });
});

async function driverWait(driver: MockDriver, id: string) {
  const exit = driver.waitTask(id);
  await driver.clock.runUntil(() => driver.inspectTask(id).state === 'exited', 3600 * s);
  return exit;
}
