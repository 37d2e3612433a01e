import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../matchers/vitest.js';

import { ConfigError, scenario } from '../../src/index.js';

afterEach(() => {
  vi.useRealTimers();
});

describe("the own clock (clock: 'own', the default)", () => {
  it('runs under vi.useFakeTimers() installed before the scenario, leaving the fake clock alone', async () => {
    vi.useFakeTimers();
    const fakeNow = Date.now();
    const s = scenario({ jobType: 'batch' });
    const task = s.task({ config: { run_for: '10s' } });

    await s.advance('10s');

    expect(task.state).toBe('dead');
    expect(Date.now()).toBe(fakeNow);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs on when vi.useFakeTimers() is installed after the scenario', async () => {
    const s = scenario({ jobType: 'batch' });
    const task = s.task({ config: { run_for: '10s' } });
    vi.useFakeTimers();

    await s.advance('10s');

    expect(task.state).toBe('dead');
    expect(vi.getTimerCount()).toBe(0);
  });

  it("does not move when the user's fake clock moves", async () => {
    vi.useFakeTimers();
    const s = scenario();
    s.task({ config: { run_for: '10s' } });

    await vi.advanceTimersByTimeAsync(60_000);

    expect([s.now, s.timeline.length]).toEqual([0, 1]);
  });
});

describe('autoAdvance', () => {
  it('lets code under test simply await the driver', async () => {
    const s = scenario({ autoAdvance: true });

    await s.driver.startTask({ id: 'a', name: 'a', config: { run_for: '10s', exit_code: 4 } });
    const exit = await s.driver.waitTask('a');

    expect([exit.exitCode, s.now]).toEqual([4, 10e9]);
  });

  it('lets a test await an action that takes virtual time', async () => {
    const s = scenario({ autoAdvance: true });
    const web = s.task({ name: 'web', config: { run_for: '1h', kill_after: '3s' } });
    await s.until(web, 'Started');

    await web.stop();

    expect(web).toHaveEventSequence('Killing at 0s then Killed at 3s');
  });
});

describe('the hang detector', () => {
  it('rejects an awaited action that makes no virtual progress, with the pending timers and last events', async () => {
    const s = scenario({ hangTimeout: 20, seed: 4 });
    const web = s.task({ name: 'web', config: { run_for: '1h', kill_after: '3s' } });
    await s.advance(0);

    await expect(web.stop()).rejects.toThrowErrorMatchingInlineSnapshot(`
      [TaskdoubleError: taskdouble: web.stop() made no progress for 20 real ms: virtual time stayed at 0s (seed 4).
      With the scenario's own clock nothing moves time while you await: start the action, advance, then await it
      (const stopping = web.stop(); await s.advance('5s'); await stopping;), or use scenario({ autoAdvance: true }).
      Pending timers:
        3s  web: kill
        1h0m0s  web: run_for
      Last events:
        0s  web  Received    Task received by client
        0s  web  Task Setup  Building Task Directory
        0s  web  Started     Task started by client
        0s  web  Killing     Sent interrupt. Waiting 5s before force killing]
    `);
  });

  it("advises moving the user's fake clock with clock: 'global'", async () => {
    vi.useFakeTimers();
    const s = scenario({ clock: 'global', hangTimeout: 20, seed: 4 });
    const web = s.task({ name: 'web', config: { run_for: '1h', kill_after: '3s' } });
    await s.advance(0);

    await expect(web.stop()).rejects.toThrowErrorMatchingInlineSnapshot(`
      [TaskdoubleError: taskdouble: web.stop() made no progress for 20 real ms: virtual time stayed at 0s (seed 4).
      With clock: 'global' nothing moves the fake clock while you await: start the action, move the clock with
      await s.advance('5s') or await vi.advanceTimersByTimeAsync(5000) (jest.advanceTimersByTimeAsync(5000) under Jest),
      then await the action (const stopping = web.stop(); await s.advance('5s'); await stopping;), or use
      scenario({ clock: 'global', autoAdvance: true }).
      Pending timers:
        3s  web: kill
        1h0m0s  web: run_for
      Last events:
        0s  web  Received    Task received by client
        0s  web  Task Setup  Building Task Directory
        0s  web  Started     Task started by client
        0s  web  Killing     Sent interrupt. Waiting 5s before force killing]
    `);
  });

  it("runs on real timers, so the user's fake timers do not stop it", async () => {
    vi.useFakeTimers();
    const s = scenario({ hangTimeout: 20 });
    const web = s.task({ name: 'web', config: { run_for: '1h', kill_after: '3s' } });
    await s.advance(0);

    await expect(web.restart()).rejects.toThrow(/^taskdouble: web.restart\(\) made no progress/);
  });

  it('turns no un-awaited action into an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on('unhandledRejection', record);
    try {
      const s = scenario({ hangTimeout: 10 });
      const web = s.task({ name: 'web', config: { run_for: '1h', kill_after: '3s' } });
      await s.advance(0);

      void web.stop();
      await new Promise((resolve) => setTimeout(resolve, 60));
    } finally {
      process.off('unhandledRejection', record);
    }

    expect(unhandled).toEqual([]);
  });

  it('leaves a step alone while virtual time moves', async () => {
    // Long enough for several checks, each far longer than the process may stall on a busy
    // machine between two instants.
    const s = scenario({ hangTimeout: 100, jobType: 'batch' });
    for (let i = 0; i < 400; i++) {
      s.task({
        config: {
          run_for: `${i + 1}s`,
          stdout_string: '.',
          stdout_repeat: 50,
          stdout_repeat_duration: '10ms',
        },
      });
    }

    await expect(s.runUntilIdle()).resolves.toBeUndefined();
  });
});

describe("the global clock (clock: 'global')", () => {
  it("shares one time between the user's own timers and the tasks, in scheduling order", async () => {
    vi.useFakeTimers();
    const s = scenario({ clock: 'global', jobType: 'batch' });
    const seen: string[] = [];
    setTimeout(() => seen.push('user timer set before the task: 10s'), 10_000);
    const web = s.task({ name: 'web', config: { run_for: '10s' } });
    setTimeout(() => seen.push(`user 5s: web is ${web.state}`), 5_000);
    await s.advance(0);
    setTimeout(() => seen.push(`user 10s, set after the start: web is ${web.state}`), 10_000);

    await vi.advanceTimersByTimeAsync(10_000);

    expect(seen).toEqual([
      'user 5s: web is running',
      'user timer set before the task: 10s',
      'user 10s, set after the start: web is dead',
    ]);
    expect(web.finishedAt).toBe(10e9);
  });

  it('moves the same clock with s.advance() and vi.advanceTimersByTimeAsync()', async () => {
    vi.useFakeTimers();
    const s = scenario({ clock: 'global', jobType: 'batch' });
    const web = s.task({ name: 'web', config: { run_for: '30s' } });
    const fired: number[] = [];
    setTimeout(() => fired.push(s.now), 20_000);

    await s.advance('20s');
    expect(fired).toEqual([20e9]);
    await vi.advanceTimersByTimeAsync(10_000);

    expect([s.now, web.state, web.finishedAt]).toEqual([30e9, 'dead', 30e9]);
  });

  it('works in whole milliseconds: shorter delays round up', async () => {
    vi.useFakeTimers();
    const s = scenario({ clock: 'global', jobType: 'batch' });
    const web = s.task({ config: { run_for: '1500us' } });

    await s.advance('1ms');
    expect(web.state).toBe('running');
    await s.advance('1ms');

    expect(web.finishedAt).toBe(2_000_000);
  });

  it('is a ConfigError without an installed fake clock', () => {
    expect(() => scenario({ clock: 'global' })).toThrow(ConfigError);
    expect(() => scenario({ clock: 'global' })).toThrow(/call one of them first/);
  });
});
