import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';

import { TaskNotRunningError, scenario } from '../../src/index.js';

// A scenario with one long-running task, already started.
async function running(config: object = {}, task: object = {}) {
  const s = scenario({ seed: 5 });
  const web = s.task({ name: 'web', config: { run_for: '1h', ...config }, ...task });
  await s.advance('1s');
  return { s, web };
}

// Whether `promise` has settled once pending continuations ran, without moving virtual time.
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let turn = 0; turn < 10; turn++) await Promise.resolve();
  return done;
}

describe('stop()', () => {
  it('appends Killing at the call and resolves when the task is dead', async () => {
    const { s, web } = await running({ kill_after: '3s' });

    const stopping = web.stop();
    expect(web.events.last()?.type).toBe('Killing');
    expect(await settled(stopping)).toBe(false);
    await s.advance('3s');
    await stopping;

    expect(web).toMatchInlineSnapshot(`
      MockTask "web" [
        0s  Received    Task received by client
        0s  Task Setup  Building Task Directory
        0s  Started     Task started by client
        1s  Killing     Sent interrupt. Waiting 5s before force killing
        4s  Terminated  Exit Code: 0, Signal: 2
        4s  Killed      Task successfully killed
      ]
    `);
    expect([s.now, web.state, web.finishedAt]).toEqual([4e9, 'dead', 4e9]);
  });

  it('force-kills with signal 9 at kill_timeout when kill_after outlives it', async () => {
    const { s, web } = await running({ kill_after: '10s' }, { kill_timeout: '2s' });

    const stopping = web.stop();
    await s.advance('10s');
    await stopping;

    expect(web).toHaveEventSequence(
      'Killing then Terminated with signal 9 at 3s then Killed at 3s',
    );
  });

  it('settles without advancing when the task dies at once (no kill_after)', async () => {
    const { s, web } = await running();

    await web.stop();

    expect([s.now, web.state]).toEqual([1e9, 'dead']);
    expect(web).toHaveEventSequence('Killing then Terminated with signal 2 then Killed');
  });

  it('is a no-op on a dead task, settling at once with no event', async () => {
    const { s, web } = await running();
    await web.stop();
    const before = web.events.length;

    await web.stop();

    expect([web.events.length, s.now]).toEqual([before, 1e9]);
  });

  it('appends one Killing when stopped twice while dying, both calls resolving at death', async () => {
    const { s, web } = await running({ kill_after: '2s' });

    const first = web.stop();
    const second = web.stop();
    await s.advance('2s');
    await Promise.all([first, second]);

    expect(web).toHaveEventCount('Killing', 1);
    expect(web.state).toBe('dead');
  });
});

describe('signal()', () => {
  it('appends Signaling at the call and settles without advancing', async () => {
    const { s, web } = await running();

    const signalling = web.signal('SIGHUP');
    expect(web.events.last()).toMatchObject({
      type: 'Signaling',
      message: 'Task being sent a signal',
    });
    await signalling;

    expect([s.now, web.state]).toEqual([1e9, 'running']);
    expect(s.driver.timeline.last()).toMatchObject({ type: 'SignalTask', signalName: 'SIGHUP' });
  });

  it.each([
    [15, 'SIGTERM'],
    [1, 'SIGHUP'],
    ['usr1', 'SIGUSR1'],
  ])('takes %j as the driver does, sending %s', async (signal, name) => {
    const { web, s } = await running();

    await web.signal(signal);

    expect(s.driver.timeline.last()).toMatchObject({ type: 'SignalTask', signalName: name });
  });

  it.each([[0], [99], [1.5], ['SIGNOPE']])(
    'refuses %j, naming the value, before sending anything',
    async (signal) => {
      const { web } = await running();
      const before = web.events.length;

      await expect(web.signal(signal)).rejects.toThrow(/^taskdouble: signal: /);
      expect(web.events.length).toBe(before);
    },
  );

  it('pins the message for a signal number that is none', async () => {
    const { web } = await running();

    await expect(web.signal(99)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: signal: 99 is not a signal; give a name, with or without SIG and in any case, or a number from 1 to 64: SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGIOT, SIGBUS, SIGFPE, SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT, SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPWR, SIGSYS]`,
    );
  });

  it("rejects with the driver's signal_error text", async () => {
    const { web } = await running({ signal_error: 'cannot signal' });

    await expect(web.signal('SIGHUP')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[DriverError: cannot signal]`,
    );
  });
});

describe('restart()', () => {
  it('appends Restart Signaled at the call and resolves when the task has started again', async () => {
    const { s, web } = await running({ kill_after: '2s' });

    const restarting = web.restart();
    expect(web.events.last()?.type).toBe('Restart Signaled');
    await s.advance('1s');
    expect(await settled(restarting)).toBe(false);
    await s.advance('1s');
    await restarting;

    expect(web).toMatchInlineSnapshot(`
      MockTask "web" [
        0s  Received          Task received by client
        0s  Task Setup        Building Task Directory
        0s  Started           Task started by client
        1s  Restart Signaled  User requested task to restart
        3s  Terminated        Exit Code: 0, Signal: 2
        3s  Restarting        Task restarting in 0s
        3s  Started           Task started by client
      ]
    `);
    expect([web.state, web.restarts, web.startedAt]).toEqual(['running', 1, 3e9]);
  });

  it('settles without advancing when the task dies at once', async () => {
    const { s, web } = await running();

    await web.restart();

    expect([s.now, web.state, web.restarts]).toEqual([1e9, 'running', 1]);
  });
});

describe('exec()', () => {
  it('resolves with the output and exit result of the command', async () => {
    const { web } = await running();

    expect(await web.exec(['ls', '-l'])).toMatchInlineSnapshot(`
      {
        "exitResult": {
          "exitCode": 0,
          "oomKilled": false,
          "signal": 0,
          "successful": true,
        },
        "stderr": "",
        "stdout": "Exec("web", ["ls" "-l"])",
      }
    `);
  });

  it('settles without advancing (a plain exec has no run time)', async () => {
    const { s, web } = await running();

    await web.exec(['backup']);

    expect(s.now).toBe(1e9);
    expect(s.driver.timeline.last()).toMatchObject({ type: 'ExecTask', command: ['backup'] });
  });
});

describe('actions on a task that is not running', () => {
  it.each([
    ['restart()', (web: { restart(): Promise<void> }) => web.restart()],
    ['signal()', (web: { signal(sig: string): Promise<void> }) => web.signal('SIGHUP')],
    ['exec()', (web: { exec(cmd: string[]): Promise<unknown> }) => web.exec(['ls'])],
  ])('%s rejects with `Task not running` before the start and after death', async (_, act) => {
    const s = scenario();
    const web = s.task({ config: { run_for: '1s' }, restart: { attempts: 0 } });

    await expect(act(web)).rejects.toThrow(TaskNotRunningError);
    await s.advance('1s');
    expect(web.state).toBe('dead');
    await expect(act(web)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskNotRunningError: Task not running]`,
    );
  });
});

describe('toNomad()', () => {
  it("gives Nomad's TaskState JSON with absolute times from the scenario's start", async () => {
    const { web } = await running();
    await web.stop();

    const { Events, ...state } = web.toNomad();
    expect(state).toMatchInlineSnapshot(`
      {
        "Failed": false,
        "FinishedAt": "2026-01-01T00:00:01Z",
        "LastRestart": "0001-01-01T00:00:00Z",
        "Paused": "",
        "Restarts": 0,
        "StartedAt": "2026-01-01T00:00:00Z",
        "State": "dead",
      }
    `);
    expect(Events.map((event) => `${event.Type} ${event.Time}`)).toMatchInlineSnapshot(`
      [
        "Received 1767225600000000000",
        "Task Setup 1767225600000000000",
        "Started 1767225600000000000",
        "Killing 1767225601000000000",
        "Terminated 1767225601000000000",
        "Killed 1767225601000000000",
      ]
    `);
  });
});
