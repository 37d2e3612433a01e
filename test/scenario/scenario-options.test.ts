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

  it('stops a run that never settles at `limit` timers, naming the busiest task', async () => {
    const s = scenario({ limit: 50, seed: 3 });
    s.task({ name: 'flappy', restart: { mode: 'delay', delay: '1s', attempts: 1 } });

    await expect(s.runUntilIdle()).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: s.runUntilIdle() stopped at the scenario's limit of 50 timers at virtual time 6h0m0s (seed 3): the scenario never settles. Busiest: task "flappy" (alloc "job.flappy[0]") with 76 events. Use s.advance() for a bounded run, or raise scenario({ limit }).]`,
    );
  });

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
        "taskdouble: options.start: expected a Date or an ISO-8601 string, got "yesterday"",
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
