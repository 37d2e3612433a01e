// The scenario's clocks under Jest 30: the own clock ignores jest.useFakeTimers(), and the global
// clock shares Jest's fake time with the user's own timers.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import '../../matchers/jest.js';

import { ConfigError, scenario } from '../../src/index.js';

afterEach(() => {
  jest.useRealTimers();
});

// Code under test: a watchdog that polls a task every 4 s and gives up on it after 10 s.
function watchdog(task: { state: string }, log: string[], now: () => number): void {
  let waited = 0;
  const poll = (): void => {
    waited += 4000;
    log.push(`${now() / 1e9}s poll: ${task.state}`);
    if (waited >= 10_000) return;
    setTimeout(poll, 4000);
  };
  setTimeout(poll, 4000);
}

describe("the own clock under Jest's fake timers", () => {
  it('runs whether jest.useFakeTimers() came before or after the scenario', async () => {
    jest.useFakeTimers();
    const before = scenario({ jobType: 'batch' });
    const a = before.task({ config: { run_for: '10s' } });
    jest.useRealTimers();
    const after = scenario({ jobType: 'batch' });
    const b = after.task({ config: { run_for: '10s' } });
    jest.useFakeTimers();

    await before.advance('10s');
    await after.advance('10s');

    expect([a.state, b.state, jest.getTimerCount()]).toEqual(['dead', 'dead', 0]);
    expect(a).toHaveEventSequence('Started then Terminated at 10s');
  });

  it("does not move with Jest's clock", async () => {
    jest.useFakeTimers();
    const s = scenario();
    s.task({ config: { run_for: '1s' } });

    await jest.advanceTimersByTimeAsync(60_000);

    expect([s.now, s.timeline.length]).toEqual([0, 1]);
  });
});

describe("the global clock under Jest's fake timers", () => {
  it("interleaves the user's own timers with the task events in time order", async () => {
    jest.useFakeTimers();
    const s = scenario({ clock: 'global', jobType: 'batch' });
    const log: string[] = [];
    const web = s.task({
      name: 'web',
      config: { run_for: '6s', exit_code: 2 },
      restart: { attempts: 0 },
    });
    watchdog(web, log, () => s.now);

    await jest.advanceTimersByTimeAsync(12_000);

    expect(log).toEqual(['4s poll: running', '8s poll: dead', '12s poll: dead']);
    expect(web).toHaveEventSequence('Started then Terminated with exit code 2 at 6s');
  });

  it('moves the same clock with s.advance() and jest.advanceTimersByTimeAsync()', async () => {
    jest.useFakeTimers();
    const s = scenario({ clock: 'global', jobType: 'batch' });
    const web = s.task({ config: { run_for: '30s' } });
    const fired: number[] = [];
    setTimeout(() => fired.push(s.now), 20_000);

    await s.advance('20s');
    await jest.advanceTimersByTimeAsync(10_000);

    expect([fired, s.now, web.finishedAt]).toEqual([[20e9], 30e9, 30e9]);
  });

  it('is a ConfigError without jest.useFakeTimers()', () => {
    expect(() => scenario({ clock: 'global' })).toThrow(ConfigError);
  });
});
