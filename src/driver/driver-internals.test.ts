import { describe, expect, it } from 'vitest';

import { parseMockTaskConfig } from '../config/index.js';
import { onTaskExit, startTaskNow, stopTaskNow } from './driver-internals.js';
import type { ExitResult } from './exit-result.js';
import { DriverStartError } from './driver-errors.js';
import { MockDriver } from './mock-driver.js';

const s = 1_000_000_000;

function entries(driver: MockDriver): string[] {
  return driver.timeline.toArray().map((entry) => `${entry.type}: ${entry.message}`);
}

function request(config: Record<string, unknown>) {
  return { id: 'a1', name: 'web', config, stdout: undefined, stderr: undefined };
}

describe('the runner entry points of the driver', () => {
  it('launch a task within the call, with the entries and first writes startTask makes', () => {
    const driver = new MockDriver();
    const launched = startTaskNow(driver, request({ run_for: '1s', stdout_string: 'hi\n' }), false);

    expect(typeof launched).toBe('object');
    expect(entries(driver)).toEqual(['StartTask: started', 'Stdout: hi\n']);
    expect(driver.inspectTask('a1').state).toBe('running');
  });

  it('answer the start_block_for to wait, then launch when called again after it', () => {
    const driver = new MockDriver();
    const config = { run_for: '1s', start_block_for: '2s' };

    expect(startTaskNow(driver, request(config), false)).toBe(2 * s);
    expect(entries(driver)).toEqual([]);
    expect(typeof startTaskNow(driver, request(config), true)).toBe('object');
    expect(entries(driver)).toEqual(['StartTask: started']);
  });

  it('take an already validated config as it is', () => {
    const driver = new MockDriver();
    const config = parseMockTaskConfig({ run_for: '3s' });
    const launched = startTaskNow(driver, request({ ignored: true }), false, config);

    expect(typeof launched === 'object' && launched.task.config).toBe(config);
  });

  it("throw startTask's DriverStartError, recorded as StartFailed", () => {
    const driver = new MockDriver();
    const start = (): unknown =>
      startTaskNow(driver, request({ start_error: 'no', start_error_recoverable: true }), false);

    expect(start).toThrow(DriverStartError);
    expect(entries(driver)).toEqual(['StartFailed: start failed (recoverable): no']);
  });

  it('stop without kill_after inside the call, telling the exit listener at once', () => {
    const driver = new MockDriver();
    startTaskNow(driver, request({ run_for: '1m' }), false);
    const seen: ExitResult[] = [];
    onTaskExit(driver, 'a1', (result) => seen.push(result));

    stopTaskNow(driver, 'a1', 5 * s, 'SIGTERM');

    expect(seen).toEqual([{ exitCode: 0, signal: 15, oomKilled: false, successful: false }]);
    expect(entries(driver).slice(1)).toEqual([
      'StopTask: stop with SIGTERM, timeout 5s',
      'Exited: exit code 0, signal 15',
    ]);
  });

  it('leave a task the driver does not know alone, and tell a late listener of an exit at once', async () => {
    const driver = new MockDriver();
    stopTaskNow(driver, 'nobody', 5 * s, 'SIGINT');
    expect(entries(driver)).toEqual([]);

    startTaskNow(driver, request({ run_for: '1s' }), false);
    await driver.clock.advance(s);
    const seen: number[] = [];
    onTaskExit(driver, 'a1', (result) => seen.push(result.exitCode));
    expect(seen).toEqual([0]);
  });
});
