import { describe, expect, it } from 'vitest';

import { runnerFixture, taskLines, types } from './runner-fixture.js';

const S = 1e9;

describe('an allocation of one task', () => {
  it('moves from pending to running to complete and records every event', async () => {
    const { group, clock, timeline } = runnerFixture({ jobType: 'batch' });
    const alloc = group({ name: 'web', tasks: [{ name: 'server', config: { run_for: '5s' } }] });
    const seen = [alloc.status];
    await clock.advance(0);
    seen.push(alloc.status);
    await clock.runUntilIdle();
    seen.push(alloc.status);

    expect(seen).toEqual(['pending', 'running', 'complete']);
    expect(alloc.events.toArray()).toEqual(alloc.tasks.server!.events.toArray());
    expect(timeline.toArray()).toEqual(alloc.events.toArray());
    expect(alloc.events.at(0)?.alloc).toBe('demo.web[0]');
  });

  it('exports Nomad Allocation JSON', async () => {
    const { group, clock } = runnerFixture({ jobType: 'batch' });
    const alloc = group({ name: 'web', tasks: [{ name: 'server', config: { exit_code: 1 } }] });
    await clock.runUntilIdle();
    const nomad = alloc.toNomad({ maxEvents: 2 });
    expect({
      Name: nomad.Name,
      ClientStatus: nomad.ClientStatus,
      Events: nomad.TaskStates.server?.Events.map((event) => event.Type),
      Failed: nomad.TaskStates.server?.Failed,
    }).toEqual({
      Name: 'demo.web[0]',
      ClientStatus: 'failed',
      Events: ['Terminated', 'Not Restarting'],
      Failed: true,
    });
  });
});

describe('lifecycle stages', () => {
  it('starts main tasks once the ephemeral prestart task has finished', async () => {
    const { group, clock } = runnerFixture({ jobType: 'batch' });
    const alloc = group({
      name: 'web',
      tasks: [
        { name: 'server', config: { run_for: '5s' } },
        { name: 'init', lifecycle: { hook: 'prestart' }, config: { run_for: '2s' } },
      ],
    });
    await clock.runUntilIdle();

    expect(taskLines(alloc.events)).toMatchInlineSnapshot(`
      [
        "0s server Received: Task received by client",
        "0s init Received: Task received by client",
        "0s init Task Setup: Building Task Directory",
        "0s init Started: Task started by client",
        "2s init Terminated: Exit Code: 0",
        "2s server Task Setup: Building Task Directory",
        "2s server Started: Task started by client",
        "7s server Terminated: Exit Code: 0",
      ]
    `);
    expect(alloc.status).toBe('complete');
  });

  it('keeps the main tasks from starting when a prestart task fails', async () => {
    const { group, clock } = runnerFixture({ jobType: 'batch' });
    const alloc = group({
      name: 'web',
      tasks: [
        { name: 'server', config: { run_for: '5s' } },
        {
          name: 'init',
          lifecycle: { hook: 'prestart' },
          config: { run_for: '2s', exit_code: 1 },
          restart: { attempts: 0 },
        },
      ],
    });
    await clock.runUntilIdle();

    expect(taskLines(alloc.tasks.server!.events)).toMatchInlineSnapshot(`
      [
        "0s server Received: Task received by client",
        "2s server Sibling Task Failed: Task's sibling "init" failed",
        "2s server Killing: Sent interrupt. Waiting 5s before force killing",
      ]
    `);
    expect(alloc.tasks.server!.events.at(1)?.details).toEqual({ failed_sibling: 'init' });
    expect([alloc.tasks.server!.state, alloc.tasks.server!.failed]).toEqual(['dead', false]);
    expect(alloc.status).toBe('failed');
  });

  it('starts main tasks beside a running prestart sidecar, which gets Main Tasks Dead', async () => {
    const { group, clock } = runnerFixture({ jobType: 'batch' });
    const alloc = group({
      name: 'web',
      tasks: [
        { name: 'server', config: { run_for: '5s' } },
        {
          name: 'proxy',
          lifecycle: { hook: 'prestart', sidecar: true },
          config: { run_for: '1h' },
        },
      ],
    });
    await clock.runUntilIdle();

    expect(taskLines(alloc.events)).toMatchInlineSnapshot(`
      [
        "0s server Received: Task received by client",
        "0s proxy Received: Task received by client",
        "0s proxy Task Setup: Building Task Directory",
        "0s proxy Started: Task started by client",
        "0s server Task Setup: Building Task Directory",
        "0s server Started: Task started by client",
        "5s server Terminated: Exit Code: 0",
        "5s proxy Main Tasks Dead: Main tasks in the group died",
        "5s proxy Killing: Sent interrupt. Waiting 5s before force killing",
        "5s proxy Terminated: Exit Code: 0, Signal: 2",
        "5s proxy Killed: Task successfully killed",
      ]
    `);
    expect(alloc.status).toBe('complete');
  });

  it('runs poststart tasks once the main tasks run, and poststop tasks last', async () => {
    const { group, clock } = runnerFixture({ jobType: 'batch' });
    const alloc = group({
      name: 'web',
      tasks: [
        { name: 'cleanup', lifecycle: { hook: 'poststop' }, config: { run_for: '1s' } },
        { name: 'server', config: { start_block_for: '1s', run_for: '5s' } },
        { name: 'announce', lifecycle: { hook: 'poststart' }, config: { run_for: '2s' } },
      ],
    });
    await clock.runUntilIdle();

    const started = (name: string): number | undefined =>
      alloc.tasks[name]!.events.ofType('Started').at(0)?.at;
    expect([started('server'), started('announce'), started('cleanup')]).toEqual([S, S, 6 * S]);
    expect(alloc.events.at(-1)).toMatchObject({ task: 'cleanup', type: 'Terminated', at: 7 * S });
    expect(alloc.stage).toBe('poststop');
  });
});

describe('who kills whom', () => {
  it('kills the others with Leader Task Dead when the leader finishes', async () => {
    const { group, clock } = runnerFixture({ jobType: 'batch' });
    const alloc = group({
      name: 'web',
      tasks: [
        { name: 'leader', leader: true, config: { run_for: '3s' } },
        { name: 'worker', config: { run_for: '1h' } },
      ],
    });
    await clock.runUntilIdle();

    expect(taskLines(alloc.tasks.worker!.events).slice(3)).toMatchInlineSnapshot(`
      [
        "3s worker Leader Task Dead: Leader Task in Group dead",
        "3s worker Killing: Sent interrupt. Waiting 5s before force killing",
        "3s worker Terminated: Exit Code: 0, Signal: 2",
        "3s worker Killed: Task successfully killed",
      ]
    `);
    expect(alloc.status).toBe('complete');
  });

  it('kills the leader first when a sibling fails; the others once it is dead', async () => {
    const { group, clock } = runnerFixture({ jobType: 'batch' });
    const slow = { run_for: '1h', kill_after: '2s' };
    const alloc = group({
      name: 'web',
      restart: { attempts: 0 },
      tasks: [
        { name: 'worker', config: slow },
        { name: 'crasher', config: { run_for: '1s', exit_code: 1 } },
        { name: 'leader', leader: true, config: slow },
      ],
    });
    await clock.runUntilIdle();

    expect(taskLines(alloc.events).slice(9)).toMatchInlineSnapshot(`
      [
        "1s crasher Terminated: Exit Code: 1",
        "1s crasher Not Restarting: Policy allows no restarts",
        "1s worker Sibling Task Failed: Task's sibling "crasher" failed",
        "1s leader Sibling Task Failed: Task's sibling "crasher" failed",
        "1s leader Killing: Sent interrupt. Waiting 5s before force killing",
        "3s leader Terminated: Exit Code: 0, Signal: 2",
        "3s leader Killed: Task successfully killed",
        "3s worker Killing: Sent interrupt. Waiting 5s before force killing",
        "5s worker Terminated: Exit Code: 0, Signal: 2",
        "5s worker Killed: Task successfully killed",
      ]
    `);
    expect([alloc.tasks.worker!.failed, alloc.tasks.leader!.failed]).toEqual([false, false]);
    expect(alloc.status).toBe('failed');
  });

  it('stops the allocation leader first, then the others, then sidecars, then poststop', async () => {
    const { group, clock } = runnerFixture({ jobType: 'service' });
    const slow = { run_for: '1h', kill_after: '1s' };
    const alloc = group({
      name: 'web',
      tasks: [
        { name: 'proxy', lifecycle: { hook: 'prestart', sidecar: true }, config: slow },
        { name: 'worker', config: slow },
        { name: 'leader', leader: true, config: slow },
        { name: 'cleanup', lifecycle: { hook: 'poststop' }, config: { run_for: '1s' } },
      ],
    });
    await clock.advance(10 * S);
    const stopped = alloc.stop();
    await clock.runUntilIdle();
    await stopped;

    const killing = alloc.events.ofType('Killing').toArray();
    expect(killing.map((event) => [event.task, event.at])).toEqual([
      ['leader', 10 * S],
      ['worker', 11 * S],
      ['proxy', 12 * S],
    ]);
    expect(types(alloc.tasks.cleanup!.events)).toEqual([
      'Received',
      'Task Setup',
      'Started',
      'Terminated',
    ]);
    expect(alloc.tasks.cleanup!.startedAt).toBe(13 * S);
    expect(alloc.events.ofType('Leader Task Dead').length).toBe(0);
    expect(alloc.status).toBe('complete');
  });
});
