import { describe, expect, it } from 'vitest';

import { lines, runnerFixture, types } from './runner-fixture.js';

const S = 1e9;

/** The example job of the mock driver's documentation. */
const documentedExample = {
  name: 'web',
  kill_timeout: '5s',
  config: {
    start_block_for: '1s',
    run_for: '30s',
    exit_code: 0,
    exit_signal: 9,
    exit_err_msg: 'error on exit',
    stdout_string: 'hello, world!\n',
    stdout_repeat: 1,
    stdout_repeat_duration: '10s',
    kill_after: '3s',
  },
};

describe('the main loop', () => {
  it('appends Received at creation and nothing else until time advances', () => {
    const { task } = runnerFixture();
    const web = task({ name: 'web' });
    expect(lines(web.events)).toEqual(['0s Received: Task received by client']);
    expect(web.state).toBe('pending');
  });

  it('runs a batch task once: Received, Task Setup, Started, Terminated, then dead', async () => {
    const { task, clock } = runnerFixture({ jobType: 'batch' });
    const web = task({ name: 'web', config: { run_for: '10s' } });
    await clock.runUntilIdle();

    expect(lines(web.events)).toMatchInlineSnapshot(`
      [
        "0s Received: Task received by client",
        "0s Task Setup: Building Task Directory",
        "0s Started: Task started by client",
        "10s Terminated: Exit Code: 0",
      ]
    `);
    expect(web.events.at(1)?.details).toEqual({ message: 'Building Task Directory' });
    expect(web.events.at(-1)?.details).toEqual({
      exit_code: '0',
      signal: '0',
      oom_killed: 'false',
    });
    expect({
      state: web.state,
      failed: web.failed,
      restarts: web.restarts,
      startedAt: web.startedAt,
      finishedAt: web.finishedAt,
      exitResult: web.exitResult,
    }).toEqual({
      state: 'dead',
      failed: false,
      restarts: 0,
      startedAt: 0,
      finishedAt: 10 * S,
      exitResult: { exitCode: 0, signal: 0, oomKilled: false, successful: true },
    });
  });

  it('restarts a service task after a successful exit', async () => {
    const { task, clock } = runnerFixture({ jobType: 'service' });
    const web = task({ name: 'web', config: { run_for: '10s' }, restart: { delay: '0s' } });
    await clock.advance(10 * S + 1);

    expect(types(web.events)).toEqual([
      'Received',
      'Task Setup',
      'Started',
      'Terminated',
      'Restarting',
      'Started',
    ]);
    expect(web.events.at(4)?.message).toBe('Task restarting in 1ns');
    expect(web.events.at(5)?.at).toBe(10 * S + 1);
    expect(web.state).toBe('running');
  });

  it('starts again exactly the announced delay later, without a second Task Setup', async () => {
    const { task, clock } = runnerFixture({ jobType: 'batch' });
    const web = task({ name: 'web', config: { run_for: '1s', exit_code: 3 } });
    await clock.advance(20 * S);

    const restarting = web.events.ofType('Restarting').at(0)!;
    expect(restarting.details).toEqual({
      start_delay: String(restarting.startDelay),
      restart_reason: 'Restart within policy',
    });
    expect(restarting.startDelay).toBeGreaterThanOrEqual(15 * S);
    expect(restarting.startDelay).toBeLessThanOrEqual(18.75 * S);
    expect(web.events.ofType('Started').at(1)?.at).toBe(S + restarting.startDelay!);
    expect(web.events.ofType('Task Setup').length).toBe(1);
    expect(web.lastRestart).toBe(web.events.ofType('Restarting').at(-1)?.at);
    expect(web.startedAt).toBe(web.events.ofType('Started').at(-1)?.at);
  });

  it('runs the documented example job of the mock driver', async () => {
    const { task, clock } = runnerFixture({ jobType: 'service' });
    const web = task(documentedExample);
    await clock.advance(31 * S);

    expect(lines(web.events).slice(0, 4)).toMatchInlineSnapshot(`
      [
        "0s Received: Task received by client",
        "0s Task Setup: Building Task Directory",
        "1s Started: Task started by client",
        "31s Terminated: Exit Code: 0, Signal: 9, Exit Message: "error on exit"",
      ]
    `);
    const restarting = web.events.at(4)!;
    expect(restarting.type).toBe('Restarting');
    expect(restarting.at).toBe(31 * S);
    expect(restarting.startDelay).toBeGreaterThanOrEqual(15 * S);
    expect(restarting.startDelay).toBeLessThanOrEqual(18.75 * S);
    expect(web.stdout).toBe('hello, world!\nhello, world!\n');
    expect(web.stdoutWrites).toBe(2);
    expect(web.exitResult).toEqual({
      exitCode: 0,
      signal: 9,
      err: 'error on exit',
      oomKilled: false,
      successful: false,
    });
  });

  it('writes the documented example output at +1s and +11s', async () => {
    const { task, clock } = runnerFixture();
    const web = task(documentedExample);
    const seen: [number, number][] = [];
    for (const at of [S, 11 * S - 1, 11 * S]) {
      await clock.advance(at - clock.now);
      seen.push([clock.now, web.stdoutWrites]);
    }
    expect(seen).toEqual([
      [S, 1],
      [11 * S - 1, 1],
      [11 * S, 2],
    ]);
  });

  it('stops the documented example: Killing, then Terminated and Killed 3s later', async () => {
    const { task, clock } = runnerFixture();
    const web = task(documentedExample);
    await clock.advance(5 * S);
    const stopped = web.stop();
    await clock.advance(3 * S);
    await stopped;

    expect(lines(web.events).slice(3)).toMatchInlineSnapshot(`
      [
        "5s Killing: Sent interrupt. Waiting 5s before force killing",
        "8s Terminated: Exit Code: 0, Signal: 9, Exit Message: "error on exit"",
        "8s Killed: Task successfully killed",
      ]
    `);
    expect(web.state).toBe('dead');
    expect(web.failed).toBe(false);
  });
});

describe('restart exhaustion and modes', () => {
  it('gives up after the default service policy: 11 events, failed, 2 restarts', async () => {
    const { task, clock } = runnerFixture({ jobType: 'service' });
    const web = task({ name: 'web', config: { run_for: '1s' } });
    await clock.runUntilIdle();

    expect(types(web.events)).toEqual([
      'Received',
      'Task Setup',
      'Started',
      'Terminated',
      'Restarting',
      'Started',
      'Terminated',
      'Restarting',
      'Started',
      'Terminated',
      'Not Restarting',
    ]);
    expect(web.events.at(-1)?.message).toBe(
      'Exceeded allowed attempts 2 in interval 30m0s and mode is "fail"',
    );
    expect(web.events.at(-1)?.details).toEqual({
      restart_reason: 'Exceeded allowed attempts 2 in interval 30m0s and mode is "fail"',
      fails_task: 'true',
    });
    expect({ state: web.state, failed: web.failed, restarts: web.restarts }).toEqual({
      state: 'dead',
      failed: true,
      restarts: 2,
    });

    const nomad = web.toNomad();
    expect(nomad.Events.map((event) => event.Type)[0]).toBe('Task Setup');
    expect(nomad.Events).toHaveLength(10);
    expect(web.toNomad({ maxEvents: Infinity }).Events).toHaveLength(11);
  });

  it('waits out the interval in delay mode and starts a new one', async () => {
    const { task, clock } = runnerFixture({ jobType: 'batch' });
    const web = task({
      name: 'web',
      config: { run_for: '1s', exit_code: 1 },
      restart: { attempts: 1, interval: '10s', delay: '2s', mode: 'delay' },
    });
    await clock.advance(30 * S);

    const restarts = web.events.ofType('Restarting').toArray().slice(0, 3);
    expect(restarts.map((event) => [event.at, event.startDelay, event.restartReason])).toEqual([
      [1 * S, restarts[0]!.startDelay, 'Restart within policy'],
      [restarts[1]!.at, 10 * S - restarts[1]!.at, 'Exceeded allowed attempts, applying a delay'],
      [11 * S, restarts[2]!.startDelay, 'Restart within policy'],
    ]);
    expect(restarts[1]!.message).toMatch(
      /^Exceeded allowed attempts, applying a delay - Task restarting in \d/,
    );
  });
});

describe('start errors', () => {
  it('fails the task at once on an unrecoverable start error', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', config: { start_error: 'boom' } });
    await clock.runUntilIdle();

    expect(lines(web.events)).toMatchInlineSnapshot(`
      [
        "0s Received: Task received by client",
        "0s Task Setup: Building Task Directory",
        "0s Driver Failure: boom",
        "0s Not Restarting: Error was unrecoverable",
      ]
    `);
    expect(web.events.at(2)?.details).toEqual({ driver_error: 'boom' });
    expect(web.failed).toBe(true);
    expect(web.startedAt).toBeUndefined();
  });

  it('says the policy allows no restarts when attempts are 0', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', config: { start_error: 'boom' }, restart: { attempts: 0 } });
    await clock.runUntilIdle();
    expect(web.events.at(-1)?.message).toBe('Policy allows no restarts');
  });

  it('retries a recoverable start error without ever running the task', async () => {
    const { task, clock } = runnerFixture();
    const web = task({
      name: 'web',
      config: { start_error: 'try later', start_error_recoverable: true, start_block_for: '1s' },
      restart: { attempts: 1, delay: '5s' },
    });
    await clock.runUntilIdle();

    expect(types(web.events)).toEqual([
      'Received',
      'Task Setup',
      'Driver Failure',
      'Restarting',
      'Driver Failure',
      'Not Restarting',
    ]);
    expect(web.events.at(2)?.at).toBe(S);
    expect(web.events.at(-1)?.message).toBe(
      'Exceeded allowed attempts 1 in interval 30m0s and mode is "fail"',
    );
    expect({ failed: web.failed, restarts: web.restarts, startedAt: web.startedAt }).toEqual({
      failed: true,
      restarts: 1,
      startedAt: undefined,
    });
  });
});

describe('a plugin that exits', () => {
  it('recovers the task silently and keeps waiting for its exit', async () => {
    const { task, clock, driver } = runnerFixture({ jobType: 'batch' });
    const web = task({ name: 'web', config: { run_for: '10s', plugin_exit_after: '3s' } });
    await clock.runUntilIdle();

    expect(types(web.events)).toEqual(['Received', 'Task Setup', 'Started', 'Terminated']);
    expect(web.events.at(-1)?.at).toBe(10 * S);
    expect(driver.timeline.ofType('RecoverTask').length).toBeGreaterThan(0);
  });

  it('takes a plugin exit at the start instant as the exit rather than loop forever', async () => {
    const { task, clock } = runnerFixture({ jobType: 'batch' });
    const web = task({ name: 'web', config: { run_for: '10s', plugin_exit_after: '-1s' } });
    await clock.runUntilIdle();
    expect(web.events.ofType('Terminated').at(0)?.message).toBe(
      'Exit Code: 0, Exit Message: "plugin is shut down"',
    );
  });
});

describe('the task state', () => {
  it('collects stdout and stderr across restarts', async () => {
    const { task, clock } = runnerFixture();
    const web = task({
      name: 'web',
      config: { run_for: '1s', stdout_string: 'out\n', stderr_string: 'err\n', stderr_repeat: 1 },
      restart: { attempts: 1, delay: '0s' },
    });
    await clock.runUntilIdle();
    expect([web.stdout, web.stdoutWrites, web.stderr, web.stderrWrites]).toEqual([
      'out\nout\n',
      2,
      'err\nerr\nerr\nerr\n',
      4,
    ]);
  });

  it('exports Nomad TaskState JSON', async () => {
    const { task, clock } = runnerFixture({ jobType: 'batch' });
    const web = task({ name: 'web', config: { run_for: '1s' } });
    await clock.runUntilIdle();
    const nomad = web.toNomad();
    expect({ ...nomad, Events: nomad.Events.map((event) => event.Type) }).toEqual({
      State: 'dead',
      Failed: false,
      Restarts: 0,
      LastRestart: '0001-01-01T00:00:00Z',
      StartedAt: '2024-01-01T00:00:00Z',
      FinishedAt: '2024-01-01T00:00:01Z',
      Events: ['Received', 'Task Setup', 'Started', 'Terminated'],
      Paused: '',
    });
  });

  it('appends each event to its own and the extra timelines, the same object', async () => {
    const { task, clock, timeline } = runnerFixture({ jobType: 'batch' });
    const web = task({ name: 'web' });
    await clock.runUntilIdle();
    expect(timeline.toArray()).toEqual(web.events.toArray());
    expect(timeline.at(2)).toBe(web.events.at(2));
    expect(web.events.at(0)).toMatchObject({ task: 'web', alloc: 'demo.web[0]' });
  });
});

describe('a dead task', () => {
  it('keeps answering its getters and actions after letting go of its running machinery', async () => {
    const { task, clock } = runnerFixture({ jobType: 'batch' });
    const web = task({ name: 'web', kill_timeout: '7s', config: { run_for: '1s' } });
    await clock.runUntilIdle();

    web.open();
    await web.stop();

    expect(types(web.events)).toEqual(['Received', 'Task Setup', 'Started', 'Terminated']);
    expect([web.state, web.driverId, web.killTimeout, web.finishedAt]).toEqual([
      'dead',
      undefined,
      7 * S,
      S,
    ]);
    await expect(web.done).resolves.toBeUndefined();
    await expect(web.signal('SIGHUP')).rejects.toThrow('Task not running');
    await expect(web.exec(['ls'])).rejects.toThrow('Task not running');
    expect(web.toNomad().State).toBe('dead');
  });
});
