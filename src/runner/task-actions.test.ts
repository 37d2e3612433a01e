import { describe, expect, it } from 'vitest';

import type { JobType } from '../config/index.js';
import { lines, runnerFixture, types } from './runner-fixture.js';

const S = 1e9;

describe('restart()', () => {
  it('stops and starts the task again without Killing or Killed, using no attempt', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', config: { run_for: '1m' }, restart: { attempts: 0 } });
    await clock.advance(2 * S);
    await web.restart();

    expect(lines(web.events).slice(3)).toMatchInlineSnapshot(`
      [
        "2s Restart Signaled: User requested task to restart",
        "2s Terminated: Exit Code: 0, Signal: 2",
        "2s Restarting: Task restarting in 0s",
        "2s Started: Task started by client",
      ]
    `);
    expect(web.events.at(3)?.details).toEqual({
      restart_reason: 'User requested task to restart',
    });
    expect(web.events.at(5)?.details).toEqual({ start_delay: '0', restart_reason: '' });
    expect([web.state, web.restarts, web.lastRestart, web.startedAt]).toEqual([
      'running',
      1,
      2 * S,
      2 * S,
    ]);
  });

  it('stops the process the way a kill does, honouring kill_after', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', config: { run_for: '1m', kill_after: '2s', exit_signal: 15 } });
    await clock.advance(S);
    const restarted = web.restart();
    await clock.advance(2 * S);
    await restarted;

    expect(lines(web.events).slice(3)).toMatchInlineSnapshot(`
      [
        "1s Restart Signaled: User requested task to restart",
        "3s Terminated: Exit Code: 0, Signal: 15",
        "3s Restarting: Task restarting in 0s",
        "3s Started: Task started by client",
      ]
    `);
  });

  it('keeps the restart policy untouched: the next failure still has all its attempts', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', config: { run_for: '10s' }, restart: { attempts: 1 } });
    await clock.advance(S);
    await web.restart();
    await clock.advance(10 * S);
    expect(web.events.at(-1)?.restartReason).toBe('Restart within policy');
  });

  it.each([
    ['before it starts', undefined],
    ['during a restart delay', 2 * S],
  ])('rejects with Task not running %s', async (_, at) => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', config: { run_for: '1s' } });
    if (at !== undefined) await clock.advance(at);
    await expect(web.restart()).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskNotRunningError: Task not running]`,
    );
    expect(web.events.ofType('Restart Signaled').length).toBe(0);
  });

  it('rejects with Task not running once the task is dead', async () => {
    const { task, clock } = runnerFixture({ jobType: 'batch' });
    const web = task({ name: 'web' });
    await clock.runUntilIdle();
    await expect(web.restart()).rejects.toThrow('Task not running');
  });
});

describe('signal()', () => {
  it('appends Signaling with the signal name and resolves when the driver answered', async () => {
    const { task, clock, driver } = runnerFixture();
    const web = task({ name: 'web', config: { run_for: '1m' } });
    await clock.advance(S);
    await web.signal('SIGHUP');

    const signaling = web.events.at(-1);
    expect([signaling?.type, signaling?.message, signaling?.details]).toEqual([
      'Signaling',
      'Task being sent a signal',
      { signal: 'SIGHUP' },
    ]);
    expect(driver.timeline.ofType('SignalTask').length).toBe(1);
    expect(web.state).toBe('running');
  });

  it('rejects with signal_error and the task keeps running', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', config: { run_for: '1m', signal_error: 'no signals' } });
    await clock.advance(S);
    await expect(web.signal('SIGUSR1')).rejects.toThrow('no signals');
    expect(types(web.events).slice(3)).toEqual(['Signaling']);
    expect(web.state).toBe('running');
  });

  it('refuses a name that is no signal before appending anything', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', config: { run_for: '1m' } });
    await clock.advance(S);
    await expect(web.signal('SIGHUPP')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: signal: "SIGHUPP" is not a signal (did you mean SIGHUP?); give a name, with or without SIG and in any case, or a number from 1 to 64: SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGIOT, SIGBUS, SIGFPE, SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT, SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPWR, SIGSYS]`,
    );
    expect(types(web.events).slice(3)).toEqual([]);
  });

  it.each<[string, JobType, number | undefined, string]>([
    ['before its first start', 'batch', undefined, 'pending'],
    ['in a restart delay', 'service', 2 * S, 'pending'],
    ['once it is dead', 'batch', 2 * S, 'dead'],
  ])('names a bad signal first on a task %s', async (_when, jobType, advance, state) => {
    const { task, clock } = runnerFixture({ jobType });
    const web = task({ name: 'web', config: { run_for: '1s' } });
    if (advance !== undefined) await clock.advance(advance);
    const before = web.events.length;

    expect(web.state).toBe(state);
    await expect(web.signal('SIGFOO')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: signal: "SIGFOO" is not a signal (did you mean SIGIOT?); give a name, with or without SIG and in any case, or a number from 1 to 64: SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGIOT, SIGBUS, SIGFPE, SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT, SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPWR, SIGSYS]`,
    );
    expect(web.events.length).toBe(before);
  });

  it('rejects with Task not running without a process, appending nothing', async () => {
    const { task } = runnerFixture();
    const web = task({ name: 'web' });
    await expect(web.signal('SIGHUP')).rejects.toThrow('Task not running');
    expect(types(web.events)).toEqual(['Received']);
  });
});

describe('exec()', () => {
  it('runs a one-shot exec in the running task', async () => {
    const { task, clock } = runnerFixture();
    const web = task({ name: 'web', config: { run_for: '1m' } });
    await clock.advance(S);
    const result = await web.exec(['ls', '-l']);
    expect(result.stdout).toBe('Exec("web", ["ls" "-l"])');
  });

  it('rejects with Task not running without a process', async () => {
    const { task } = runnerFixture();
    await expect(task({ name: 'web' }).exec(['ls'])).rejects.toThrow('Task not running');
  });
});
