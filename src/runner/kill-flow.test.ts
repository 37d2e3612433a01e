import { describe, expect, it } from 'vitest';

import { effectiveKillTimeout } from './kill-flow.js';
import { lines, runnerFixture, types } from './runner-fixture.js';

const S = 1e9;

describe('effectiveKillTimeout', () => {
  it.each([
    [5 * S, 5 * S],
    [30 * S, 30 * S],
    [60 * S, 30 * S],
    [0, 0],
  ])('caps %i ns at the 30s max_kill_timeout: %i', (timeout, expected) => {
    expect(effectiveKillTimeout(timeout)).toBe(expected);
  });
});

describe('stopping a running task', () => {
  it('kills at once without kill_after and reports the stop signal', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', config: { run_for: '1m' } });
    await clock.advance(2 * S);
    const stopped = web.stop();
    await stopped;

    expect(lines(web.events).slice(3)).toMatchInlineSnapshot(`
      [
        "2s Killing: Sent interrupt. Waiting 5s before force killing",
        "2s Terminated: Exit Code: 0, Signal: 2",
        "2s Killed: Task successfully killed",
      ]
    `);
    expect(web.events.at(3)?.details).toEqual({ kill_timeout: '5s' });
    expect(web.events.at(3)?.killTimeout).toBe(5 * S);
    expect([web.state, web.failed, web.finishedAt]).toEqual(['dead', false, 2 * S]);
  });

  it.each([
    [
      'kill_after within kill_timeout',
      { kill_after: '3s' },
      '5s',
      3 * S,
      'Exit Code: 0, Signal: 2',
    ],
    [
      'kill_after with exit_signal',
      { kill_after: '3s', exit_signal: 15 },
      '5s',
      3 * S,
      'Exit Code: 0, Signal: 15',
    ],
    [
      'kill_after beyond kill_timeout',
      { kill_after: '10s', exit_code: 1 },
      '5s',
      5 * S,
      'Exit Code: 1, Signal: 9',
    ],
    [
      'kill_timeout over the 30s maximum',
      { kill_after: '1m' },
      '2m',
      30 * S,
      'Exit Code: 0, Signal: 9',
    ],
  ])(
    'with %s, terminates after the driver says',
    async (_, config, killTimeout, after, message) => {
      const { task, clock } = runnerFixture();
      const web = task({
        name: 'web',
        kill_timeout: killTimeout,
        config: { run_for: '1h', ...config },
      });
      await clock.advance(S);
      const stopped = web.stop();
      await clock.advance(after);
      await stopped;

      const [killing, terminated, killed] = web.events.toArray().slice(3);
      expect([
        killing?.type,
        killing?.at,
        terminated?.at,
        terminated?.message,
        killed?.type,
      ]).toEqual(['Killing', S, S + after, message, 'Killed']);
    },
  );

  it('announces the capped kill timeout', () => {
    const { task } = runnerFixture();
    const web = task({ name: 'web', kill_timeout: '2m' });
    void web.stop();
    expect(web.events.at(-1)?.message).toBe('Sent interrupt. Waiting 30s before force killing');
  });

  it('waits out shutdown_delay in pending before stopping the process', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', shutdown_delay: '4s', config: { run_for: '1m' } });
    await clock.advance(S);
    const stopped = web.stop();
    expect(web.state).toBe('pending');
    await clock.advance(4 * S);
    await stopped;

    expect(lines(web.events).slice(3)).toMatchInlineSnapshot(`
      [
        "1s Killing: Sent interrupt. Waiting 5s before force killing",
        "1s Waiting for shutdown delay: Waiting for shutdown_delay of 4s before killing the task.",
        "5s Terminated: Exit Code: 0, Signal: 2",
        "5s Killed: Task successfully killed",
      ]
    `);
  });

  it('restarts-then-stops a task that exits by itself during shutdown_delay', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', shutdown_delay: '10s', config: { run_for: '5s' } });
    await clock.advance(S);
    const stopped = web.stop();
    await clock.advance(10 * S);
    await stopped;

    expect(types(web.events).slice(3)).toEqual([
      'Killing',
      'Waiting for shutdown delay',
      'Terminated',
      'Restarting',
    ]);
    expect(web.events.at(-1)?.at).toBe(5 * S);
    expect([web.state, web.failed, web.finishedAt]).toEqual(['dead', false, 5 * S]);
  });
});

describe('stopping a task that is not running', () => {
  it('ends a restart delay on Killing, without Terminated or Killed', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', config: { run_for: '1s' } });
    await clock.advance(2 * S);
    await web.stop();

    expect(types(web.events)).toEqual([
      'Received',
      'Task Setup',
      'Started',
      'Terminated',
      'Restarting',
      'Killing',
    ]);
    expect([web.state, web.finishedAt]).toEqual(['dead', 2 * S]);
    expect(clock.pending()).toEqual([]);
  });

  it('lets a blocked start return, then Started, Terminated and Killed', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', config: { start_block_for: '2s', run_for: '1m' } });
    await clock.advance(S);
    const stopped = web.stop();
    await clock.advance(S);
    await stopped;

    expect(lines(web.events)).toMatchInlineSnapshot(`
      [
        "0s Received: Task received by client",
        "0s Task Setup: Building Task Directory",
        "1s Killing: Sent interrupt. Waiting 5s before force killing",
        "2s Started: Task started by client",
        "2s Terminated: Exit Code: 0, Signal: 2",
        "2s Killed: Task successfully killed",
      ]
    `);
  });

  it('kills a task waiting at its gate: Received, Killing, dead', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web' }, { gated: true });
    await clock.advance(S);
    const stopped = web.stop();
    await clock.advance(0);
    await stopped;

    expect(types(web.events)).toEqual(['Received', 'Killing']);
    expect([web.state, web.failed, web.startedAt]).toEqual(['dead', false, undefined]);
  });

  it('appends no Killing for a task already dead, and resolves at once', async () => {
    const { task, clock } = runnerFixture({ jobType: 'batch' });
    const web = task({ name: 'web', config: { run_for: '1s' } });
    await clock.runUntilIdle();
    await web.stop();
    expect(types(web.events)).toEqual(['Received', 'Task Setup', 'Started', 'Terminated']);
  });

  it('appends one Killing when stopped twice', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', config: { run_for: '1m', kill_after: '1s' } });
    await clock.advance(S);
    const first = web.stop();
    const second = web.stop();
    await clock.advance(S);
    await Promise.all([first, second]);
    expect(web.events.ofType('Killing').length).toBe(1);
  });
});
