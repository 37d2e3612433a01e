import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';

import { scenario, type MockTask } from '../../src/index.js';

describe('s.dispose()', () => {
  it('clears every timer of the scenario', async () => {
    const s = scenario();
    s.task({
      config: {
        run_for: '1h',
        stdout_string: 'x',
        stdout_repeat: 100,
        stdout_repeat_duration: '1s',
      },
    });
    await s.advance('1s');
    expect(s.clock.pending().length).toBeGreaterThan(0);

    s.dispose();

    expect(s.clock.pending()).toEqual([]);
  });

  it('is what `using` calls at the end of the block', async () => {
    let task: MockTask | undefined;
    let pending: number;
    {
      using s = scenario();
      task = s.task({ config: { run_for: '1h' } });
      await s.advance('1s');
      pending = s.clock.pending().length;
    }

    expect(pending).toBeGreaterThan(0);
    await expect(task.stop()).rejects.toThrow(/this scenario was disposed/);
  });

  it('may be called twice', () => {
    const s = scenario();
    s.dispose();

    expect(() => s.dispose()).not.toThrow();
  });

  it('leaves what happened readable', async () => {
    const s = scenario({ jobType: 'batch' });
    const task = s.task({ config: { run_for: '1s' } });
    await s.runUntilIdle();

    s.dispose();

    expect([s.now, s.timeline.length, task.state, task.events.length]).toEqual([1e9, 4, 'dead', 4]);
  });
});

describe('a disposed scenario', () => {
  it('refuses every further use with a clear error', async () => {
    const s = scenario();
    const web = s.task({ name: 'web', config: { run_for: '1h' } });
    const g = s.group({ name: 'g', tasks: [{}] });
    const job = s.job({ name: 'shop', groups: [{ name: 'api', tasks: [{}] }] });
    await s.advance(0);
    s.dispose();

    const attempts: [string, () => unknown][] = [
      ['s.task()', () => s.task()],
      ['s.group()', () => s.group({ name: 'h', tasks: [{}] })],
      ['s.job()', () => s.job({ name: 'other', groups: [{ name: 'api', tasks: [{}] }] })],
      ['s.at()', () => s.at('1s', () => undefined)],
      ['s.advance()', () => s.advance('1s')],
      ['s.runUntilIdle()', () => s.runUntilIdle()],
      ['s.until()', () => s.until(web, 'Killed')],
      ['web.stop()', () => web.stop()],
      ['web.signal()', () => web.signal('SIGHUP')],
      ['web.restart()', () => web.restart()],
      ['web.exec()', () => web.exec(['ls'])],
      ['g.stop()', () => g.stop()],
      ['job.stop()', () => job.stop()],
    ];
    const messages: string[] = [];
    for (const [name, attempt] of attempts) {
      try {
        await attempt();
        messages.push(`${name}: no error`);
      } catch (error) {
        messages.push(error instanceof Error ? error.message : String(error));
      }
    }

    expect(messages).toMatchInlineSnapshot(`
      [
        "taskdouble: s.task(): this scenario was disposed (its timers are cleared); create a new one with scenario()",
        "taskdouble: s.group(): this scenario was disposed (its timers are cleared); create a new one with scenario()",
        "taskdouble: s.job(): this scenario was disposed (its timers are cleared); create a new one with scenario()",
        "taskdouble: s.at(): this scenario was disposed (its timers are cleared); create a new one with scenario()",
        "taskdouble: s.advance(): this scenario was disposed (its timers are cleared); create a new one with scenario()",
        "taskdouble: s.runUntilIdle(): this scenario was disposed (its timers are cleared); create a new one with scenario()",
        "taskdouble: s.until(): this scenario was disposed (its timers are cleared); create a new one with scenario()",
        "taskdouble: web.stop(): this scenario was disposed (its timers are cleared); create a new one with scenario()",
        "taskdouble: web.signal("SIGHUP"): this scenario was disposed (its timers are cleared); create a new one with scenario()",
        "taskdouble: web.restart(): this scenario was disposed (its timers are cleared); create a new one with scenario()",
        "taskdouble: web.exec(["ls"]): this scenario was disposed (its timers are cleared); create a new one with scenario()",
        "taskdouble: job.g[0].stop(): this scenario was disposed (its timers are cleared); create a new one with scenario()",
        "taskdouble: job "shop".stop(): this scenario was disposed (its timers are cleared); create a new one with scenario()",
      ]
    `);
  });
});
