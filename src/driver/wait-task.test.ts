import { describe, expect, it } from 'vitest';

import { DriverError } from './driver-errors.js';
import { MockDriver } from './mock-driver.js';

const s = 1_000_000_000;

describe('waitTask', () => {
  it.each([
    [{}, { exitCode: 0, signal: 0, oomKilled: false, successful: true }],
    [{ exit_code: 3 }, { exitCode: 3, signal: 0, oomKilled: false, successful: false }],
    [{ exit_signal: 9 }, { exitCode: 0, signal: 9, oomKilled: false, successful: false }],
    [
      { exit_err_msg: 'error on exit' },
      { exitCode: 0, signal: 0, err: 'error on exit', oomKilled: false, successful: false },
    ],
  ])('resolves with the configured exit result for %j', async (config, result) => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web', config: { run_for: '2s', ...config } });
    const exit = driver.waitTask('a1');
    await driver.clock.advance(2 * s);

    expect(await exit).toStrictEqual(result);
  });

  it('resolves every waiter at the exit time, and later waiters at once', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web', config: { run_for: '2s', exit_code: 1 } });
    const times: number[] = [];
    const first = driver.waitTask('a1').then(() => times.push(driver.clock.now));
    const second = driver.waitTask('a1').then(() => times.push(driver.clock.now));

    await driver.clock.advance(5 * s);
    await Promise.all([first, second]);

    expect(times).toEqual([2 * s, 2 * s]);
    expect((await driver.waitTask('a1')).exitCode).toBe(1);
  });

  it('records Exited with the result', async () => {
    const driver = new MockDriver();
    const config = { run_for: '1s', exit_code: 2, exit_signal: 9, exit_err_msg: 'oops' };
    await driver.startTask({ id: 'a1', name: 'web', config });
    await driver.clock.runUntilIdle();

    expect(driver.timeline.at(-1)).toMatchObject({
      type: 'Exited',
      at: 1 * s,
      message: 'exit code 2, signal 9, error "oops"',
      details: { exit_code: '2', signal: '9', err: 'oops' },
    });
  });

  it('treats a negative run_for as 0', async () => {
    const driver = new MockDriver();
    await driver.startTask({ id: 'a1', name: 'web', config: { run_for: '-5s' } });
    await driver.clock.advance(0);

    expect(driver.inspectTask('a1')).toMatchObject({ state: 'exited', completedAt: 0 });
  });

  it("rejects an unknown id with Nomad's text", async () => {
    const driver = new MockDriver();

    await expect(driver.waitTask('nope')).rejects.toThrow(
      new DriverError('task not found for given id'),
    );
  });
});
