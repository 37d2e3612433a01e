import { describe, expect, it } from 'vitest';

import { MockDriver } from './mock-driver.js';

const s = 1_000_000_000;

function timesOf(driver: MockDriver, type: string): number[] {
  return driver.timeline
    .toArray()
    .filter((entry) => entry.type === type)
    .map((entry) => entry.at);
}

describe('task output', () => {
  it('writes stdout_string once at start and stdout_repeat more times, then exits after the last write', async () => {
    const driver = new MockDriver();
    const config = {
      run_for: '1s',
      stdout_string: 'x',
      stdout_repeat: 5,
      stdout_repeat_duration: '1s',
    };
    await driver.startTask({ id: 'a1', name: 'web', config });
    await driver.clock.runUntilIdle();

    expect(timesOf(driver, 'Stdout')).toEqual([0, 1, 2, 3, 4, 5].map((n) => n * s));
    expect(timesOf(driver, 'Exited')).toEqual([5 * s]);
    expect(driver.output('a1')).toEqual({
      stdout: 'xxxxxx',
      stderr: '',
      stdoutWrites: 6,
      stderrWrites: 0,
    });
  });

  it('runs the stderr loop on its own schedule', async () => {
    const driver = new MockDriver();
    const config = {
      stdout_string: 'o',
      stdout_repeat: 1,
      stdout_repeat_duration: '3s',
      stderr_string: 'e\n',
      stderr_repeat: 2,
      stderr_repeat_duration: '2s',
    };
    await driver.startTask({ id: 'a1', name: 'web', config });
    await driver.clock.runUntilIdle();

    expect(timesOf(driver, 'Stdout')).toEqual([0, 3 * s]);
    expect(timesOf(driver, 'Stderr')).toEqual([0, 2 * s, 4 * s]);
    expect(timesOf(driver, 'Exited')).toEqual([4 * s]);
    expect(driver.output('a1').stderr).toBe('e\ne\ne\n');
  });

  it('hands every write to the sinks given to startTask, in order', async () => {
    const driver = new MockDriver();
    const seen: string[] = [];
    const config = {
      stdout_string: 'out ',
      stdout_repeat: 1,
      stderr_string: 'err ',
      stderr_repeat: 1,
    };
    await driver.startTask({
      id: 'a1',
      name: 'web',
      config,
      stdout: (text) => seen.push(`1:${text}`),
      stderr: (text) => seen.push(`2:${text}`),
    });
    await driver.clock.runUntilIdle();

    expect(seen).toEqual(['1:out ', '2:err ', '1:out ', '2:err ']);
  });

  it.each([
    {
      case: 'an empty string, whatever the repeat count',
      stdout_string: '',
      stdout_repeat: 5,
      writes: 0,
    },
    { case: 'a repeat count of 0', stdout_string: 'x', stdout_repeat: 0, writes: 1 },
    { case: 'a negative repeat count', stdout_string: 'x', stdout_repeat: -3, writes: 1 },
    { case: 'a zero repeat duration', stdout_string: 'x', stdout_repeat: 3, writes: 4 },
  ])(
    'makes $writes writes at time 0 for $case',
    async ({ stdout_string, stdout_repeat, writes }) => {
      const driver = new MockDriver();
      await driver.startTask({ id: 'a1', name: 'web', config: { stdout_string, stdout_repeat } });
      await driver.clock.runUntilIdle();

      expect(driver.output('a1').stdoutWrites).toBe(writes);
      expect(timesOf(driver, 'Exited')).toEqual([0]);
    },
  );

  it('makes the first write at once, before any time passes', async () => {
    const driver = new MockDriver();
    await driver.startTask({
      id: 'a1',
      name: 'web',
      config: { stdout_string: 'hi\n', run_for: '1m' },
    });

    expect(driver.output('a1').stdout).toBe('hi\n');
    expect(driver.timeline.toArray().map((entry) => entry.type)).toEqual(['StartTask', 'Stdout']);
  });

  it('schedules a huge repeat count one write at a time', async () => {
    const driver = new MockDriver();
    const config = { stdout_string: '.', stdout_repeat: 1e12, stdout_repeat_duration: '1s' };
    await driver.startTask({ id: 'a1', name: 'web', config });
    await driver.clock.advance(10 * s);

    expect(driver.output('a1').stdoutWrites).toBe(11);
    expect(driver.clock.pending().map((timer) => timer.label)).toEqual(['web: stdout']);

    const stopped = driver.stopTask('a1');
    await driver.clock.runUntilIdle();
    await stopped;
    expect(driver.clock.pending()).toEqual([]);
  });

  it('repeats at nanosecond intervals', async () => {
    const driver = new MockDriver();
    const config = { stdout_string: 'x', stdout_repeat: 3, stdout_repeat_duration: '1ns' };
    await driver.startTask({ id: 'a1', name: 'web', config });
    await driver.clock.runUntilIdle();

    expect(timesOf(driver, 'Stdout')).toEqual([0, 1, 2, 3]);
    expect(timesOf(driver, 'Exited')).toEqual([3]);
  });
});
