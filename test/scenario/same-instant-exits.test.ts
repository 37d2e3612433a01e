import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';

import { scenario } from '../../src/index.js';

describe('tasks of a group ending at the same instant', () => {
  it('kills the sibling of a failed task listed first: kill cause, Killing, Terminated, Killed', async () => {
    const s = scenario({ jobType: 'batch' });
    const g = s.group({
      name: 'g',
      tasks: [
        { name: 'a', config: { run_for: '1s', exit_code: 1 }, restart: { attempts: 0 } },
        { name: 'b', config: { run_for: '1s' } },
      ],
    });
    await s.runUntilIdle();

    expect(g.tasks.b).toMatchInlineSnapshot(`
      MockTask "b" [
        0s  Received             Task received by client
        0s  Task Setup           Building Task Directory
        0s  Started              Task started by client
        1s  Sibling Task Failed  Task's sibling "a" failed
        1s  Killing              Sent interrupt. Waiting 5s before force killing
        1s  Terminated           Exit Code: 0
        1s  Killed               Task successfully killed
      ]
    `);
    expect(g.status).toBe('failed');
  });

  it('leaves the sibling listed first with its own exit only', async () => {
    const s = scenario({ jobType: 'batch' });
    const g = s.group({
      name: 'g',
      tasks: [
        { name: 'b', config: { run_for: '1s' } },
        { name: 'a', config: { run_for: '1s', exit_code: 1 }, restart: { attempts: 0 } },
      ],
    });
    await s.runUntilIdle();

    expect(g).toMatchInlineSnapshot(`
      MockAlloc "job.g[0]" [
        0s  b  Received        Task received by client
        0s  a  Received        Task received by client
        0s  b  Task Setup      Building Task Directory
        0s  a  Task Setup      Building Task Directory
        0s  b  Started         Task started by client
        0s  a  Started         Task started by client
        1s  b  Terminated      Exit Code: 0
        1s  a  Terminated      Exit Code: 1
        1s  a  Not Restarting  Policy allows no restarts
      ]
    `);
  });
});

describe('signal()', () => {
  it('names a bad signal on a task that has not started yet', async () => {
    const s = scenario();
    const web = s.task({ name: 'web' });

    await expect(web.signal('SIGFOO')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: signal: "SIGFOO" is not a signal (did you mean SIGIOT?); give a name, with or without SIG and in any case, or a number from 1 to 64: SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGIOT, SIGBUS, SIGFPE, SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT, SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPWR, SIGSYS]`,
    );
    expect(web.events.length).toBe(1);
  });
});
