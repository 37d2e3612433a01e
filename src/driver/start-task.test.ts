import { describe, expect, it } from 'vitest';

import { DriverStartError } from './driver-errors.js';
import { MockDriver } from './mock-driver.js';

const ms = 1_000_000;
const s = 1_000_000_000;

// Settles a promise into what it gave, so rejections can be compared like values.
async function outcome<T>(promise: Promise<T>): Promise<T | Error> {
  return promise.catch((error: unknown) => error as Error);
}

describe('startTask', () => {
  it('answers with a frozen handle and the driver network', async () => {
    const driver = new MockDriver();
    const { handle, network } = await driver.startTask({
      id: 'a1',
      name: 'web',
      config: {
        run_for: '10s',
        driver_ip: '10.0.0.7',
        driver_advertise: true,
        driver_port_map: 'http:8080',
      },
    });

    expect(network).toEqual({ ip: '10.0.0.7', autoAdvertise: true, portMap: { http: 8080 } });
    expect(handle).toMatchObject({ version: 1, id: 'a1', name: 'web', startedAt: 0 });
    expect(handle.config.run_for).toBe(10 * s);
    expect(handle.config.driver_port_map).toBe('http:8080');
    expect(Object.isFrozen(handle)).toBe(true);
  });

  it('reports an empty network by default', async () => {
    const driver = new MockDriver();
    const { network } = await driver.startTask({ id: 'a1', name: 'web' });

    expect(network).toEqual({ ip: '', autoAdvertise: false, portMap: undefined });
  });

  it('records StartTask at the start time', async () => {
    const driver = new MockDriver();
    await driver.clock.advance(3 * s);
    await driver.startTask({ id: 'a1', name: 'web' });

    expect(driver.timeline.toArray()).toMatchObject([
      { type: 'StartTask', task: 'web', id: 'a1', at: 3 * s, message: 'started' },
    ]);
  });

  it('blocks for start_block_for in virtual time, to the nanosecond', async () => {
    const driver = new MockDriver();
    let answeredAt: number | undefined;
    const started = driver
      .startTask({ id: 'a1', name: 'web', config: { start_block_for: '1500ms1ns' } })
      .then(() => (answeredAt = driver.clock.now));

    await driver.clock.advance(1500 * ms);
    expect(answeredAt).toBeUndefined();
    await driver.clock.advance(1);
    await started;

    expect(answeredAt).toBe(1500 * ms + 1);
    expect(driver.inspectTask('a1').startedAt).toBe(1500 * ms + 1);
  });

  it.each([
    [false, 'boom'],
    [true, 'try again'],
  ])(
    'rejects with start_error (recoverable %s) after start_block_for',
    async (recoverable, text) => {
      const driver = new MockDriver();
      const config = {
        start_error: text,
        start_error_recoverable: recoverable,
        start_block_for: '2s',
      };
      const started = outcome(driver.startTask({ id: 'a1', name: 'web', config }));

      await driver.clock.advance(2 * s);
      const error = await started;

      expect(error).toBeInstanceOf(DriverStartError);
      expect(error).toMatchObject({ message: text, recoverable });
      expect(driver.timeline.toArray()).toMatchObject([
        { type: 'StartFailed', at: 2 * s, error: text, recoverable },
      ]);
      expect(() => driver.inspectTask('a1')).toThrow('task not found for given id');
    },
  );

  it.each([
    [
      { run_for: '10x' },
      'run_for 10x not a valid duration: time: unknown unit "x" in duration "10x"',
    ],
    [{ run_for: '10' }, 'run_for 10 not a valid duration: time: missing unit in duration "10"'],
    [
      { start_block_for: 'soon' },
      'start_block_for soon not a valid duration: time: invalid duration "soon"',
    ],
    [
      { plugin_exit_after: '1d' },
      'plugin_exit_after 1d not a valid duration: time: unknown unit "d" in duration "1d"',
    ],
    [
      { stdout_repeat_duration: '1 s' },
      'stdout_repeat_duration 1 s not a valid duration: time: unknown unit " s" in duration "1 s"',
    ],
    [
      { stderr_repeat_duration: '.' },
      'stderr_repeat_duration . not a valid duration: time: invalid duration "."',
    ],
    [
      { exec_command: { run_for: '5y' } },
      'run_for 5y not a valid duration: time: unknown unit "y" in duration "5y"',
    ],
    [
      { exec_command: { stdout_repeat_duration: 'x' } },
      'stdout_repeat_duration x not a valid duration: time: invalid duration "x"',
    ],
    [{ driver_port_map: 'http' }, 'malformed port map: "http"'],
    [
      { driver_port_map: 'http:x' },
      'malformed port map: "http:x" -- error: strconv.Atoi: parsing "x": invalid syntax',
    ],
  ])("rejects %j as an unrecoverable start error with Nomad's text", async (config, message) => {
    const driver = new MockDriver();
    const error = await outcome(driver.startTask({ id: 'a1', name: 'web', config }));

    expect(error).toBeInstanceOf(DriverStartError);
    expect(error).toMatchObject({ message, recoverable: false });
    expect(driver.timeline.at(-1)).toMatchObject({ type: 'StartFailed', error: message });
  });

  it("reports the first bad duration in Nomad's order", async () => {
    const driver = new MockDriver();
    const config = {
      stderr_repeat_duration: 'e',
      run_for: 'r',
      plugin_exit_after: 'p',
      exec_command: { run_for: 'x' },
    };
    const error = await outcome(driver.startTask({ id: 'a1', name: 'web', config }));

    expect(error).toMatchObject({
      message: 'plugin_exit_after p not a valid duration: time: invalid duration "p"',
    });
  });

  it('checks durations at once but the port map only after start_block_for and start_error', async () => {
    const driver = new MockDriver();
    const config = { start_block_for: '1s', driver_port_map: 'nope' };
    const started = outcome(driver.startTask({ id: 'a1', name: 'web', config }));
    await driver.clock.advance(1 * s);

    expect(await started).toMatchObject({ message: 'malformed port map: "nope"' });
    expect(driver.timeline.at(-1)).toMatchObject({ type: 'StartFailed', at: 1 * s });

    const both = { start_error: 'first', driver_port_map: 'nope' };
    expect(await outcome(driver.startTask({ id: 'a2', name: 'web', config: both }))).toMatchObject({
      message: 'first',
    });
  });

  it('rejects other config problems as an unrecoverable start error with our text', async () => {
    const driver = new MockDriver();
    const error = await outcome(
      driver.startTask({ id: 'a1', name: 'web', config: { exit_cod: 1 } }),
    );

    expect(error).toBeInstanceOf(DriverStartError);
    expect((error as DriverStartError).recoverable).toBe(false);
    expect((error as Error).message).toMatchInlineSnapshot(
      `"taskdouble: config.exit_cod: unknown key (did you mean "exit_code"?)"`,
    );
  });

  it('rejects a request without an id by name', async () => {
    const driver = new MockDriver();
    const request = { name: 'web' } as unknown as Parameters<MockDriver['startTask']>[0];

    await expect(driver.startTask(request)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: startTask id: undefined is not a non-empty string]`,
    );
  });

  it('replaces a task started again under the same id', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web', config: { stdout_string: 'one' } });
    await driver.startTask({ id: 'a1', name: 'web', config: { stdout_string: 'two' } });

    expect(driver.output('a1').stdout).toBe('two');
  });
});

describe('startTask with a config object used again', () => {
  it('reads the object as it is at each start, so a change in between takes effect', async () => {
    const driver = new MockDriver();
    const config: Record<string, unknown> = { run_for: '10s', exec_command: { run_for: '1s' } };
    const first = await driver.startTask({ id: 'a1', name: 'web', config });

    config.run_for = '20s';
    (config.exec_command as Record<string, unknown>).run_for = '2s';
    const second = await driver.startTask({ id: 'a2', name: 'web', config });

    expect(first.handle.config.run_for).toBe(10 * s);
    expect(second.handle.config.run_for).toBe(20 * s);
    expect(second.handle.config.exec_command?.run_for).toBe(2 * s);
  });

  it('gives each start its own parsed config, so changing one reaches no other', async () => {
    const driver = new MockDriver();
    const config = { run_for: '10s', exec_command: { run_for: '1s' } };
    const first = await driver.startTask({ id: 'a1', name: 'web', config });
    first.handle.config.run_for = 0;
    (first.handle.config.exec_command as { run_for: number }).run_for = 0;

    const second = await driver.startTask({ id: 'a2', name: 'web', config: { ...config } });

    expect(second.handle.config).not.toBe(first.handle.config);
    expect(second.handle.config.run_for).toBe(10 * s);
    expect(second.handle.config.exec_command?.run_for).toBe(1 * s);
  });

  it('rejects a bad value with the same words after the same object started fine', async () => {
    const driver = new MockDriver();
    const config: Record<string, unknown> = { run_for: '10s' };
    await driver.startTask({ id: 'a1', name: 'web', config });

    config.run_for = '10x';
    const error = await outcome(driver.startTask({ id: 'a2', name: 'web', config }));

    expect(error).toMatchObject({
      message: 'run_for 10x not a valid duration: time: unknown unit "x" in duration "10x"',
      recoverable: false,
    });
  });
});
