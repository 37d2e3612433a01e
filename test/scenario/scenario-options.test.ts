import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';

import { ConfigError, DEFAULT_START, parsePluginConfigFile, scenario } from '../../src/index.js';

describe('scenario() options', () => {
  it('defaults to seed 1, a fixed start, the own clock and service jobs', () => {
    const s = scenario();

    expect([s.seed, s.start.toISOString(), s.jobType, s.now]).toEqual([
      1,
      '2026-01-01T00:00:00.000Z',
      'service',
      0,
    ]);
    expect(s.start).toEqual(DEFAULT_START);
  });

  it('dates events from `start`, given as a Date or an ISO-8601 string', async () => {
    const fromString = scenario({ start: '2030-05-06T07:08:09Z' });
    const fromDate = scenario({ start: new Date('2030-05-06T07:08:09Z') });
    fromString.task({ config: { run_for: '1s' } });
    fromDate.task({ config: { run_for: '1s' } });

    await fromString.advance('1s');
    await fromDate.advance('1s');

    expect(fromString.timeline.at(3)?.time.toISOString()).toBe('2030-05-06T07:08:10.000Z');
    expect(fromDate.timeline.toJSON()).toEqual(fromString.timeline.toJSON());
  });

  it.each([
    ['a date alone, as UTC midnight', '2026-03-04', '2026-03-04T00:00:00.000Z'],
    ['a time in UTC', '2026-03-04T10:00:00Z', '2026-03-04T10:00:00.000Z'],
    ['a time with an offset', '2026-03-04T10:00:00+02:00', '2026-03-04T08:00:00.000Z'],
    [
      'a time with fractions of a second',
      '2026-03-04T10:00:00.250-01:30',
      '2026-03-04T11:30:00.250Z',
    ],
  ])('reads `start` given as %s the same on every machine', (_, start, iso) => {
    expect(scenario({ start }).start.toISOString()).toBe(iso);
  });

  it('refuses a `start` time without a zone, which would be read as local time', () => {
    expect(() => scenario({ start: '2026-01-01T10:00:00' })).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: options.start: "2026-01-01T10:00:00" has no zone, so it would be read as local time and differ between machines; expected a Date or an ISO-8601 time with a zone ("2026-01-01T10:00:00Z", "2026-01-01T10:00:00+02:00") or a date alone ("2026-01-01", UTC)]`,
    );
  });

  it('names the seed on everything tests hold', () => {
    const s = scenario({ seed: 42 });
    const task = s.task();

    expect([s.timeline.seed, task.seed, task.events.seed]).toEqual([42, 42, 42]);
  });

  it('sets the job type, and with it the default restart policy', async () => {
    const service = scenario();
    const batch = scenario({ jobType: 'batch' });
    const restarted = service.task({ config: { run_for: '1s' } });
    const once = batch.task({ config: { run_for: '1s' } });

    await service.advance('1s');
    await batch.advance('1s');

    expect(restarted).toHaveEventSequence('Terminated with exit code 0 then Restarting');
    expect(once).toHaveExactEventSequence('Received then Task Setup then Started then Terminated');
    expect(once.state).toBe('dead');
  });

  it('passes `plugin` to the driver as written (a number of seconds stays seconds)', async () => {
    const s = scenario({
      plugin: { shutdown_periodic_after: true, shutdown_periodic_duration: 3 },
    });
    const controller = new AbortController();
    const healths: string[] = [];

    const reading = (async () => {
      for await (const fingerprint of s.driver.fingerprint({ signal: controller.signal })) {
        healths.push(`${s.now / 1e9}s ${fingerprint.health}`);
        if (fingerprint.health !== 'healthy') controller.abort();
      }
    })();
    await s.advance('4s');
    controller.abort();
    await reading;

    expect(healths.at(-1)).toBe('3s undetected');
  });

  it('caps the events of toNomad() at `maxEvents`', async () => {
    const s = scenario({ maxEvents: 2, jobType: 'batch' });
    const task = s.task({ config: { run_for: '1s' } });
    await s.runUntilIdle();

    expect(task.events.length).toBe(4);
    expect(task.toNomad().Events.map((event) => event.Type)).toEqual(['Started', 'Terminated']);
    expect(task.toNomad({ maxEvents: 3 }).Events).toHaveLength(3);
  });

  it('stops a run that never settles at `limit` timers, naming the busiest task in that run', async () => {
    const s = scenario({ limit: 50, seed: 3 });
    s.task({ name: 'flappy', restart: { mode: 'delay', delay: '1s', attempts: 1 } });

    await expect(s.runUntilIdle()).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: s.runUntilIdle() fired 50 timers, the scenario's limit, and was still not done at virtual time 6h0m0s (seed 3): the scenario never settles. Busiest task in this run: "flappy" (alloc "job.flappy[0]") with 76 events. Use s.advance() for a bounded run, or raise scenario({ limit }).]`,
    );
  });

  it("counts the busiest task's events in the failing run only, not in earlier steps", async () => {
    const s = scenario({ limit: 50 });
    s.task({ name: 'flappy', restart: { mode: 'delay', delay: '1s', attempts: 1 } });
    await s.advance('1h');
    const before = s.timeline.length;

    const failure = await s.runUntilIdle().catch((error: unknown) => error);

    const counted = Number(/with (\d+) events/.exec(String(failure))?.[1]);
    expect(counted).toBe(s.timeline.length - before);
  });

  it('reports an autoAdvance run that hit `limit` at the next step, counting its events', async () => {
    const s = scenario({ limit: 50, seed: 3, autoAdvance: true });
    const flappy = s.task({ name: 'flappy', restart: { mode: 'delay', delay: '1s', attempts: 1 } });
    // autoAdvance turns itself off when its run fails.
    while (s.clock.autoAdvance) await new Promise((resolve) => setTimeout(resolve, 5));

    await expect(s.advance(0)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: autoAdvance fired 50 timers, the scenario's limit, and was still not done at virtual time 6h0m0s (seed 3) (reported at s.advance()): the scenario never settles. Busiest task since the last step: "flappy" (alloc "job.flappy[0]") with 77 events. Use s.advance() for a bounded run, or raise scenario({ limit }).]`,
    );
    expect(flappy.events.length).toBeGreaterThan(50);
  });

  it('stops a task restarting forever within a few real seconds by default (100,000 timers)', async () => {
    const s = scenario();
    s.task({
      config: { run_for: '1s', exit_code: 1 },
      restart: { mode: 'delay', attempts: 1, interval: '5s', delay: '1s' },
    });
    const started = performance.now();

    await expect(s.runUntilIdle()).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: s.runUntilIdle() fired 100000 timers, the scenario's limit, and was still not done at virtual time 41h39m56.214879558s (seed 1): the scenario never settles. Busiest task in this run: "task" (alloc "job.task[0]") with 150001 events. Use s.advance() for a bounded run, or raise scenario({ limit }).]`,
    );
    // Well within a test runner's 5 s timeout on a developer machine; CI gets some slack.
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it('rejects a step that makes no virtual progress within `hangTimeout` real ms', async () => {
    const s = scenario({ hangTimeout: 20 });
    const task = s.task({ config: { run_for: '1h', kill_after: '3s' } });
    await s.advance(0);

    await expect(task.stop()).rejects.toThrow(/made no progress for 20 real ms/);
  });
});

describe('bad scenario() options', () => {
  it.each([
    [{ seed: 1.5 }],
    [{ seed: '7' }],
    [{ start: 'yesterday' }],
    [{ start: '2026-01-01T10:00' }],
    [{ start: '2026-02-30' }],
    [{ start: new Date(Number.NaN) }],
    [{ start: 0 }],
    [{ clock: 'wall' }],
    [{ autoAdvance: 'yes' }],
    [{ jobType: 'cron' }],
    [{ plugin: { fs_isolation: 'docker' } }],
    [{ plugin: { shutdown_periodic_afte: true } }],
    [{ maxEvents: 0 }],
    [{ limit: -1 }],
    [{ hangTimeout: 'long' }],
    [{ sed: 7 }],
    [null],
    ['own'],
  ])('refuses %j with one ConfigError naming the key, the value and what is accepted', (input) => {
    expect(() => scenario(input as never)).toThrow(ConfigError);
  });

  it('pins the messages', () => {
    const messages = [
      { seed: 1.5 },
      { seed: '7' },
      { start: 'yesterday' },
      { start: '2026-01-01T10:00' },
      { start: '2026-02-30' },
      { start: new Date(Number.NaN) },
      { start: 0 },
      { clock: 'wall' },
      { autoAdvance: 'yes' },
      { jobType: 'cron' },
      { plugin: { fs_isolation: 'docker' } },
      { plugin: { shutdown_periodic_afte: true } },
      { maxEvents: 0 },
      { limit: -1 },
      { hangTimeout: 'long' },
      { sed: 7 },
      { seed: 'x', clock: 'wall' },
      null,
    ].map((input) => messageOf(() => scenario(input as never)));

    expect(messages).toMatchInlineSnapshot(`
      [
        "taskdouble: options.seed: expected an integer, got 1.5",
        "taskdouble: options.seed: expected an integer, got "7"",
        "taskdouble: options.start: expected a Date or an ISO-8601 time with a zone ("2026-01-01T10:00:00Z", "2026-01-01T10:00:00+02:00") or a date alone ("2026-01-01", UTC), got "yesterday"",
        "taskdouble: options.start: "2026-01-01T10:00" has no zone, so it would be read as local time and differ between machines; expected a Date or an ISO-8601 time with a zone ("2026-01-01T10:00:00Z", "2026-01-01T10:00:00+02:00") or a date alone ("2026-01-01", UTC)",
        "taskdouble: options.start: expected a Date or an ISO-8601 time with a zone ("2026-01-01T10:00:00Z", "2026-01-01T10:00:00+02:00") or a date alone ("2026-01-01", UTC), got "2026-02-30"",
        "taskdouble: options.start: expected a Date or an ISO-8601 time with a zone ("2026-01-01T10:00:00Z", "2026-01-01T10:00:00+02:00") or a date alone ("2026-01-01", UTC), got "Invalid Date"",
        "taskdouble: options.start: expected a Date or an ISO-8601 time with a zone ("2026-01-01T10:00:00Z", "2026-01-01T10:00:00+02:00") or a date alone ("2026-01-01", UTC), got 0",
        "taskdouble: options.clock: expected "own" or "global", got "wall"",
        "taskdouble: options.autoAdvance: expected true or false, got "yes"",
        "taskdouble: options.jobType: expected "service", "batch", "system" or "sysbatch", got "cron"",
        "taskdouble: options.plugin.fs_isolation: expected "none", "chroot" or "image", got "docker"",
        "taskdouble: options.plugin.shutdown_periodic_afte: unknown key (did you mean "shutdown_periodic_after"?)",
        "taskdouble: options.maxEvents: expected a whole number of at least 1, got 0",
        "taskdouble: options.limit: expected a whole number of at least 1, got -1",
        "taskdouble: options.hangTimeout: expected a whole number of at least 1, got "long"",
        "taskdouble: options.sed: unknown key (did you mean "seed"?)",
        "taskdouble: 2 problems in the scenario options:
        - options.seed: expected an integer, got "x"
        - options.clock: expected "own" or "global", got "wall"",
        "taskdouble: options: expected an object of scenario options, got null",
      ]
    `);
  });

  it('says to install a fake clock first when `clock: "global"` finds none', () => {
    expect(() => scenario({ clock: 'global' })).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: options.clock: "global" drives the fake clock of vi.useFakeTimers() or jest.useFakeTimers(), and none is installed: call one of them first, or use the scenario's own clock (the default)]`,
    );
  });
});

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'no error';
}

describe('scenario({ plugin }) with a loaded plugin config', () => {
  it('takes the config of loadPluginConfig() as it is', async () => {
    const plugin = await parsePluginConfigFile(
      'plugin "mock_driver" {\n  config {\n    shutdown_periodic_after    = true\n    shutdown_periodic_duration = 3\n  }\n}\n',
      { format: 'hcl', filename: 'agent.hcl' },
    );
    const s = scenario({ plugin });

    expect(s.driver.capabilities().fsIsolation).toBe('none');
    const health: string[] = [];
    const controller = new AbortController();
    const watching = (async () => {
      for await (const print of s.driver.fingerprint({ signal: controller.signal })) {
        health.push(`${s.now / 1e9}s ${print.health}`);
      }
    })();
    await s.advance('3s');
    controller.abort();
    await watching;

    expect(health.at(0)).toBe('0s healthy');
    expect(health.at(-1)).toBe('3s undetected');
  });
});
