import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { TaskNotRunningError } from '../runner/index.js';
import type { MockTask } from './mock-task.js';
import { scenario } from './scenario.js';

// The platform's unhandled-rejection reports while a test runs, read after a macrotask turn
// (the platform decides at the end of one whether a rejection went unhandled).
let reports: unknown[] = [];
const record = (reason: unknown): void => void reports.push(reason);
beforeEach(() => {
  reports = [];
  process.on('unhandledRejection', record);
});
afterEach(() => {
  process.off('unhandledRejection', record);
});
const unhandledReports = async (): Promise<unknown[]> => {
  await new Promise((resolve) => setImmediate(resolve));
  return reports;
};

describe('a promise started, then advanced past, then awaited', () => {
  it('s.until rejects for the test that awaits it, with no unhandled-rejection report', async () => {
    const s = scenario({ seed: 3 });
    const web = s.task({ name: 'web', config: { run_for: '1h' } });

    const terminated = s.until(web, 'Terminated', { within: '1m' });
    await s.advance('2m');

    await expect(terminated).rejects.toThrowErrorMatchingInlineSnapshot(`
      [TaskdoubleError: taskdouble: s.until(web, "Terminated") saw no such event within 1m0s (virtual time 1m0s, seed 3). Last events:
        0s  web  Received    Task received by client
        0s  web  Task Setup  Building Task Directory
        0s  web  Started     Task started by client]
    `);
    expect(await unhandledReports()).toEqual([]);
  });

  it('an action rejects for the test that awaits it, with no unhandled-rejection report', async () => {
    const s = scenario({ seed: 3 });
    const web = s.task({ name: 'web', config: { run_for: '1h', signal_error: 'cannot signal' } });
    await s.advance('1s');

    const signalled = web.signal('SIGHUP');
    await s.advance('10s');

    await expect(signalled).rejects.toThrow('cannot signal');
    expect(await unhandledReports()).toEqual([]);
  });

  it.each([
    ['restart()', (task: MockTask) => task.restart()],
    ['signal()', (task: MockTask) => task.signal('SIGHUP')],
    ['exec()', (task: MockTask) => task.exec(['true'])],
  ])('%s of a dead task rejects for the test that awaits it after an advance', async (_, act) => {
    const s = scenario({ seed: 3, jobType: 'batch' });
    const done = s.task({ name: 'done', config: { run_for: '0s' } });
    await s.runUntilIdle();

    const acted = act(done);
    await s.advance('10s');

    await expect(acted).rejects.toThrow(TaskNotRunningError);
    expect(await unhandledReports()).toEqual([]);
  });

  it('is not reported by the next step once the test has awaited it', async () => {
    const s = scenario({ seed: 3 });
    const web = s.task({ name: 'web', config: { run_for: '1h' } });

    const terminated = s.until(web, 'Terminated', { within: '1m' });
    await s.advance('2m');
    await terminated.catch(() => undefined);

    await expect(s.advance('1m')).resolves.toBeUndefined();
  });
});

describe('a failed promise nobody awaits', () => {
  it('fails the next step with its error, once', async () => {
    const s = scenario({ seed: 3 });
    const web = s.task({ name: 'web', config: { run_for: '1h' } });

    void s.until(web, 'Terminated', { within: '1m' });
    await s.advance('2m');

    await expect(s.advance('1s')).rejects.toThrow(
      's.until(web, "Terminated") saw no such event within 1m',
    );
    await expect(s.advance('1s')).resolves.toBeUndefined();
    expect(await unhandledReports()).toEqual([]);
  });

  it('fails the next step when an s.at() action started it without returning it', async () => {
    const s = scenario({ seed: 3, jobType: 'batch' });
    const done = s.task({ name: 'done', config: { run_for: '0s' } });
    await s.runUntilIdle();
    s.at('5s', () => {
      void done.restart();
    });
    await s.advance('10s');

    await expect(s.runUntilIdle()).rejects.toThrow(TaskNotRunningError);
    expect(await unhandledReports()).toEqual([]);
  });

  it('does not fail a later step with a hang, since nobody was waiting', async () => {
    const s = scenario({ hangTimeout: 20, seed: 4 });
    const web = s.task({ name: 'web', config: { run_for: '1h', kill_after: '3s' } });
    await s.advance(0);
    const stopping = web.stop();

    // Wait for the watch to give up on the stop without subscribing as the test would.
    await Promise.prototype.then.call(stopping, undefined, () => undefined);
    await s.advance('5s');

    await expect(s.advance('5s')).resolves.toBeUndefined();
    expect(web.state).toBe('dead');
  });
});
