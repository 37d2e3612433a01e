import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';

import { scenario, type TaskEventType } from '../../src/index.js';

describe('s.advance()', () => {
  it('moves time by a Go duration or a number of milliseconds, including what is due at the end', async () => {
    const s = scenario({ jobType: 'batch' });
    const task = s.task({ config: { run_for: '1m30s' } });

    await s.advance('1m');
    await s.advance(30_000);

    expect(s.now).toBe(90e9);
    expect(task.state).toBe('dead');
    expect(task.finishedAt).toBe(90e9);
  });

  it('keeps nanosecond precision', async () => {
    const s = scenario({ jobType: 'batch' });
    const task = s.task({ config: { run_for: '1500ns' } });

    await s.advance('1499ns');
    expect(task.state).toBe('running');
    await s.advance('1ns');

    expect([s.now, task.state, task.finishedAt]).toEqual([1500, 'dead', 1500]);
  });

  it.each([[-1], ['-1s'], ['10 s'], ['soon'], [Number.NaN], [Infinity], [null]])(
    'refuses %j with an error naming advance and the value',
    async (duration) => {
      const s = scenario();

      await expect(s.advance(duration as never)).rejects.toThrow(/^taskdouble: advance: /);
      expect(s.now).toBe(0);
    },
  );

  it('pins the messages of bad durations', async () => {
    const s = scenario();
    const messages = await Promise.all(
      [-1, '-1s', '10 s', Number.NaN, null].map((duration) =>
        s.advance(duration as never).then(
          () => 'no error',
          (error: Error) => error.message,
        ),
      ),
    );

    expect(messages).toMatchInlineSnapshot(`
      [
        "taskdouble: advance: -1 is negative: virtual time only moves forward (give a duration of 0 or more)",
        "taskdouble: advance: "-1s" is negative: virtual time only moves forward (give a duration of 0 or more)",
        "taskdouble: advance: "10 s" is not a duration: unknown unit " s" (units: ns, us, µs, ms, s, m, h)",
        "taskdouble: advance: NaN is not a duration: not a finite number (give a string such as "1m30s" or a number of milliseconds)",
        "taskdouble: advance: null is not a duration: neither a string nor a number (give a string such as "1m30s" or a number of milliseconds)",
      ]
    `);
  });
});

describe('s.runUntilIdle()', () => {
  it('runs until nothing is scheduled but the fingerprint ticks', async () => {
    const s = scenario({ jobType: 'batch' });
    const task = s.task({ config: { run_for: '2m', exit_code: 1 } });

    await s.runUntilIdle();

    expect(task).toHaveRestarted(3);
    expect(task.failed).toBe(true);
    expect(s.clock.busy).toBe(false);
    expect(s.now).toBe(task.finishedAt);
  });
});

describe('s.until()', () => {
  it('advances to the first matching event of a task, lets its instant settle and resolves with it', async () => {
    const s = scenario();
    const web = s.task({ name: 'web', config: { run_for: '30s', exit_code: 3 } });

    const event = await s.until(web, 'Terminated', { within: '1m' });

    expect(event).toMatchObject({ type: 'Terminated', task: 'web', at: 30e9, exitCode: 3 });
    expect(s.now).toBe(30e9);
    expect(web.events.last()?.type).toBe('Restarting');
  });

  it('matches event types case-insensitively', async () => {
    const s = scenario();
    const web = s.task({ config: { run_for: '1s' } });

    // Typed as the exact event types; any case is still accepted at run time.
    expect((await s.until(web, 'task setup' as TaskEventType)).type).toBe('Task Setup');
  });

  it('takes a predicate over every task event of the scenario', async () => {
    const s = scenario({ jobType: 'batch' });
    s.task({ name: 'a', config: { run_for: '5s' } });
    s.task({ name: 'b', config: { run_for: '3s' } });

    const first = await s.until((event) => event.type === 'Terminated');

    expect([first.task, first.at, s.now]).toEqual(['b', 3e9, 3e9]);
  });

  it('rejects past `within`, naming what it awaited, the seed and the last events', async () => {
    const s = scenario({ seed: 9 });
    const web = s.task({ name: 'web', config: { run_for: '1h' } });

    await expect(s.until(web, 'Terminated', { within: '10s' })).rejects
      .toThrowErrorMatchingInlineSnapshot(`
      [TaskdoubleError: taskdouble: s.until(web, "Terminated") saw no such event within 10s (virtual time 10s, seed 9). Last events:
        0s  web  Received    Task received by client
        0s  web  Task Setup  Building Task Directory
        0s  web  Started     Task started by client]
    `);
    expect(s.now).toBe(10e9);
  });

  it('rejects when nothing is left to happen', async () => {
    const s = scenario({ jobType: 'batch' });
    const web = s.task({ name: 'web', config: { run_for: '1s' } });

    await expect(s.until((event) => event.type === 'Killed')).rejects
      .toThrowErrorMatchingInlineSnapshot(`
      [TaskdoubleError: taskdouble: s.until(predicate) saw no such event: nothing is left to happen (virtual time 1s, seed 1). Last events:
        0s  web  Received    Task received by client
        0s  web  Task Setup  Building Task Directory
        0s  web  Started     Task started by client
        1s  web  Terminated  Exit Code: 0]
    `);
    expect(web.state).toBe('dead');
  });

  it('refuses a typo in the event type with a did-you-mean', async () => {
    const s = scenario();
    const web = s.task();

    // @ts-expect-error -- a typo on purpose: the runtime check is under test.
    await expect(s.until(web, 'Terminatd')).rejects.toThrow(
      /^taskdouble: until: "Terminatd" is not a Nomad task event type \(did you mean "Terminated"\?\)/,
    );
  });

  it('waits for an event appended from now on, not one already seen', async () => {
    const s = scenario();
    const web = s.task({ config: { run_for: '10s' } });
    await s.advance('1s');

    const event = await s.until(web, 'Started');

    expect([event.at, web.restarts]).toEqual([s.now, 1]);
    expect(s.now).toBeGreaterThan(10e9);
  });

  it('refuses options it does not know, and a bad `within`', async () => {
    const s = scenario();
    const web = s.task();
    const calls = [
      () => s.until(web, 'Started', { timeout: '1m' } as never),
      () => s.until(web, 'Started', '1m' as never),
      () => s.until(() => true, { within: '-1s' }),
    ];

    const messages = await Promise.all(
      calls.map((call) =>
        call().then(
          () => 'no error',
          (error: Error) => error.message,
        ),
      ),
    );

    expect(messages).toMatchInlineSnapshot(`
      [
        "taskdouble: until: "timeout" is not an option; accepted: within",
        "taskdouble: until: expected options such as { within: '1m' }, got "1m"",
        "taskdouble: until: options.within: "-1s" is negative: virtual time only moves forward (give a duration of 0 or more)",
      ]
    `);
    expect(s.now).toBe(0);
  });

  it('refuses something that is neither a task nor a predicate', async () => {
    await expect(
      scenario().until('web' as never, 'Started'),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: until: expected a task and an event type (s.until(web, "Terminated")) or a predicate (s.until((event) => ...)), got "web"]`,
    );
  });
});

describe('s.at()', () => {
  it('runs the action at its offset from the start, its first event at that instant', async () => {
    const s = scenario();
    const web = s.task({ name: 'web', config: { run_for: '1h', kill_after: '2s' } });

    s.at('45s', () => web.stop());
    await s.advance('1m');

    expect(web).toHaveEventSequence('Started then Killing at 45s then Killed at 47s');
  });

  it('fails the next step with what the action threw or rejected with', async () => {
    const s = scenario();
    const web = s.task({ name: 'web', config: { run_for: '1m', signal_error: 'no signals here' } });
    s.at('1s', () => {
      throw new Error('thrown in at');
    });
    s.at('2s', () => web.signal('SIGHUP'));

    await expect(s.advance('1s')).rejects.toThrow('thrown in at');
    await expect(s.advance('1s')).rejects.toThrow('no signals here');
    await expect(s.advance('1s')).resolves.toBeUndefined();
  });

  it('gives an awaited-by-nobody action no hang watch', async () => {
    const s = scenario({ hangTimeout: 10 });
    const web = s.task({ name: 'web', config: { run_for: '1h', kill_after: '10s' } });
    s.at('1s', () => web.stop());

    await s.advance('2s');
    await new Promise((resolve) => setTimeout(resolve, 40));
    await s.advance('10s');

    expect(web.state).toBe('dead');
  });

  it('refuses an offset in the past, a bad duration and a missing function', async () => {
    const s = scenario();
    await s.advance('2s');
    const calls: [unknown, unknown][] = [
      ['1s', () => undefined],
      [-5, () => undefined],
      ['5 s', () => undefined],
      ['5s', 'stop'],
    ];

    const messages = calls.map(([offset, action]) => {
      try {
        s.at(offset as never, action as never);
        return 'no error';
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    });

    expect(messages).toMatchInlineSnapshot(`
      [
        "taskdouble: at: "1s" is in the past: the scenario is already at 2s (offsets count from the scenario's start)",
        "taskdouble: at: -5 is negative: virtual time only moves forward (give a duration of 0 or more)",
        "taskdouble: at: "5 s" is not a duration: unknown unit " s" (units: ns, us, µs, ms, s, m, h)",
        "taskdouble: at: expected a function to run at "5s", got "stop"",
      ]
    `);
    expect(s.clock.pending().filter((timer) => !timer.background)).toEqual([]);
  });
});

describe('s.now and s.timeline', () => {
  it('report virtual ns since the start and every task event in order, never copied', async () => {
    const s = scenario({ jobType: 'batch' });
    const a = s.task({ name: 'a', config: { run_for: '1s' } });
    const timeline = s.timeline;
    s.task({ name: 'b', config: { run_for: '2s' } });

    await s.advance('2500ms');

    expect(s.now).toBe(2_500_000_000);
    expect(s.timeline).toBe(timeline);
    expect(s.timeline.at(0)).toBe(a.events.at(0));
    expect(s).toMatchInlineSnapshot(`
      Scenario [
        0s  job.a[0]/a  Received    Task received by client
        0s  job.b[0]/b  Received    Task received by client
        0s  job.a[0]/a  Task Setup  Building Task Directory
        0s  job.b[0]/b  Task Setup  Building Task Directory
        0s  job.a[0]/a  Started     Task started by client
        0s  job.b[0]/b  Started     Task started by client
        1s  job.a[0]/a  Terminated  Exit Code: 0
        2s  job.b[0]/b  Terminated  Exit Code: 0
      ]
    `);
  });
});
