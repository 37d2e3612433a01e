import { describe, expect, it } from 'vitest';

import { DriverError } from './driver-errors.js';
import { MockDriver } from './mock-driver.js';

const s = 1_000_000_000;

describe('signalTask', () => {
  it('resolves and leaves the process alone', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web', config: { run_for: '10s' } });
    await driver.signalTask('a1', 'SIGHUP');
    await driver.signalTask('a1', 9);
    await driver.clock.runUntilIdle();

    expect(await driver.waitTask('a1')).toMatchObject({ signal: 0, successful: true });
    expect(driver.inspectTask('a1').completedAt).toBe(10 * s);
    expect(
      driver.timeline
        .toArray()
        .filter((entry) => entry.type === 'SignalTask')
        .map((entry) => entry.message),
    ).toEqual(['signal SIGHUP', 'signal SIGKILL']);
  });

  it('rejects with exactly signal_error when it is set', async () => {
    const driver = new MockDriver();
    await driver.startTask({
      id: 'a1',
      name: 'web',
      config: { run_for: '10s', signal_error: 'no signals today' },
    });

    await expect(driver.signalTask('a1', 'usr1')).rejects.toThrow(
      new DriverError('no signals today'),
    );
    expect(driver.timeline.at(-1)).toMatchObject({
      type: 'SignalTask',
      message: 'signal SIGUSR1 failed: no signals today',
    });
    expect(driver.inspectTask('a1').state).toBe('running');
  });

  it('refuses an unknown id and an unknown signal', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web' });

    await expect(driver.signalTask('nope', 'HUP')).rejects.toThrow(
      new DriverError('task not found for given id'),
    );
    await expect(driver.signalTask('a1', 'SIGHUPP')).rejects.toThrow(
      /^taskdouble: signalTask signal: "SIGHUPP" is not a signal \(did you mean SIGHUP\?\);/,
    );
  });
});

describe('inspectTask', () => {
  it('answers at once with the state, times and exit result', async () => {
    const driver = new MockDriver();
    await driver.clock.advance(1 * s);
    await driver.startTask({ id: 'a1', name: 'web', config: { run_for: '2s', exit_code: 1 } });

    expect(driver.inspectTask('a1')).toStrictEqual({
      id: 'a1',
      name: 'web',
      state: 'running',
      startedAt: 1 * s,
      completedAt: undefined,
      exitResult: undefined,
    });

    await driver.clock.runUntilIdle();
    expect(driver.inspectTask('a1')).toMatchObject({
      state: 'exited',
      completedAt: 3 * s,
      exitResult: { exitCode: 1, signal: 0, oomKilled: false, successful: false },
    });
  });

  it('throws for an unknown id', () => {
    expect(() => new MockDriver().inspectTask('a1')).toThrowErrorMatchingInlineSnapshot(
      `[DriverError: task not found for given id]`,
    );
  });
});

describe('destroyTask', () => {
  it('refuses a running task without force', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web', config: { run_for: '1m' } });

    expect(() => driver.destroyTask('a1', false)).toThrow(
      new DriverError('cannot destroy running task'),
    );
    expect(driver.inspectTask('a1').state).toBe('running');
  });

  it('forgets an exited task', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web' });
    await driver.clock.advance(0);
    driver.destroyTask('a1');

    expect(() => driver.inspectTask('a1')).toThrow('task not found for given id');
    expect(driver.timeline.at(-1)).toMatchObject({ type: 'DestroyTask', message: 'destroyed' });
  });

  it('drops a running task with force while its process runs on, as in Nomad', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web', config: { run_for: '1m' } });
    driver.destroyTask('a1', true);
    await driver.clock.runUntilIdle();

    expect(() => driver.output('a1')).toThrow('task not found for given id');
    expect(driver.timeline.toArray().map(({ type, at }) => `${type} ${at / s}`)).toEqual([
      'StartTask 0',
      'DestroyTask 0',
      'Exited 60',
    ]);
  });

  it('throws for an unknown id', () => {
    expect(() => new MockDriver().destroyTask('a1', true)).toThrow('task not found for given id');
  });
});

describe('taskStats', () => {
  it('answers one sample with a random RSS from the seeded generator, for any id', async () => {
    const first = await new MockDriver().taskStats('anything');
    const again = await new MockDriver().taskStats();

    expect(first).toEqual({ timestamp: 0, memory: { rss: expect.any(Number), measured: ['RSS'] } });
    expect(Number.isSafeInteger(first.memory.rss)).toBe(true);
    expect(again).toEqual(first);
  });
});

describe('plugin identity', () => {
  it("answers pluginInfo like Nomad's mock", () => {
    expect(new MockDriver().pluginInfo()).toEqual({
      name: 'mock_driver',
      type: 'driver',
      pluginVersion: '0.1.0',
      pluginApiVersions: ['v0.1.0'],
    });
  });

  it('answers capabilities with fs_isolation from the plugin config', () => {
    const driver = new MockDriver();
    expect(driver.capabilities()).toEqual({
      sendSignals: true,
      exec: true,
      fsIsolation: 'none',
      mountConfigs: 'none',
      netIsolationModes: [],
      mustInitiateNetwork: false,
      disableLogCollection: false,
      dynamicWorkloadUsers: false,
    });

    driver.setConfig({ fs_isolation: 'chroot' });
    expect(driver.capabilities().fsIsolation).toBe('chroot');
    expect(new MockDriver({ plugin: { fs_isolation: 'image' } }).capabilities().fsIsolation).toBe(
      'image',
    );
  });

  it('refuses a bad plugin config with a ConfigError', () => {
    expect(() =>
      new MockDriver().setConfig({ fs_isolation: 'jail' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: fs_isolation: expected "none", "chroot" or "image", got "jail"]`,
    );
  });

  it('gives the JSON Schema of the task config', () => {
    expect(new MockDriver().taskConfigSchema()).toMatchObject({ type: 'object' });
  });
});
