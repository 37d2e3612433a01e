// The same matchers under Jest 30, registered the way Jest users do: importing taskdouble/jest.
import { describe, expect, it } from '@jest/globals';
import '../../../matchers/jest.js';
import { anEvent } from '../../../matchers/jest.js';
import { Timeline, createDriverEntry, type DriverEntry } from '../../../src/events/index.js';
import { CRASH_LOOP, START, fakeOwner, fakeTask, failureOf, timelineOf } from '../fixtures.js';

const task = fakeTask(CRASH_LOOP);

describe('sequence matchers under Jest', () => {
  it('pass for a sentence, an array, and asymmetric fields', () => {
    expect(task).toHaveEventSequence(
      'Started then Terminated with exit code 1 then Restarting with delay 15s',
    );
    expect(task).toHaveEventSequence([
      { type: 'Terminated', exitMessage: expect.stringContaining('bo') },
      'Started',
    ]);
    expect(task).toHaveExactEventSequence(
      'Received then Task Setup then Started then Terminated then Restarting then Started',
    );
  });

  it('fail with the timeline drawn and the break marked', () => {
    expect(failureOf(() => expect(task).toHaveEventSequence('Started then Killed')))
      .toMatchInlineSnapshot(`
     "expect(received).toHaveEventSequence(expected)

     Expected sequence: Started then Killed
     Matched 1 of 2 items; item 2 is missing: Killed

     Received timeline:
           0s   Received    Task received by client
           0s   Task Setup  Building Task Directory
       ✓1  0s   Started     Task started by client
           ↓ no event after this one matches item 2
           30s  Terminated  Exit Code: 1, Exit Message: "boom"
           30s  Restarting  Task restarting in 15s
           45s  Started     Task started by client

     Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('name a near miss of an item whose fields differ, printing asymmetric matchers by name', () => {
    const item = { type: 'Terminated', exitCode: 2, exitMessage: expect.stringContaining('bang') };
    expect(failureOf(() => expect(task).toHaveEventSequence(['Started', item])))
      .toMatchInlineSnapshot(`
     "expect(received).toHaveEventSequence(expected)

     Expected sequence: ["Started", {"exitCode": 2, "exitMessage": StringContaining "bang", "type": "Terminated"}]
     Matched 1 of 2 items; item 2 is missing: {"exitCode": 2, "exitMessage": StringContaining "bang", "type": "Terminated"}
     Near miss: Terminated at 30s has exitCode: 1 (expected 2), exitMessage: "boom" (expected StringContaining "bang")

     Received timeline:
           0s   Received    Task received by client
           0s   Task Setup  Building Task Directory
       ✓1  0s   Started     Task started by client
           ↓ no event after this one matches item 2
           30s  Terminated  Exit Code: 1, Exit Message: "boom"
           30s  Restarting  Task restarting in 15s
           45s  Started     Task started by client

     Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('fail under .not with their own wording', () => {
    expect(
      failureOf(() =>
        expect(task).not.toHaveExactEventSequence([
          'Received',
          'Task Setup',
          'Started',
          'Terminated',
          'Restarting',
          'Started',
        ]),
      ),
    ).toMatchInlineSnapshot(`
     "expect(received).not.toHaveExactEventSequence(expected)

     Expected timeline: not exactly ["Received", "Task Setup", "Started", "Terminated", "Restarting", "Started"]
     It is exactly that.

     Received timeline:
       ✓1  0s   Received    Task received by client
       ✓2  0s   Task Setup  Building Task Directory
       ✓3  0s   Started     Task started by client
       ✓4  30s  Terminated  Exit Code: 1, Exit Message: "boom"
       ✓5  30s  Restarting  Task restarting in 15s
       ✓6  45s  Started     Task started by client

     Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('fail on a typo, even under .not', () => {
    expect(failureOf(() => expect(task).not.toHaveEventSequence('Started then Terminted')))
      .toMatchInlineSnapshot(`
     "expect(received).not.toHaveEventSequence(expected)

     taskdouble: toHaveEventSequence: expected: cannot read the event sentence at column 14: "Terminted" is not an event type (did you mean "Terminated"?)
       Started then Terminted
                    ^

     It takes one sentence ('Started then Terminated with exit code 1') or an array of items (an event type or sentence, a partial event such as { type: 'Terminated', exitCode: 1, at: '30s' }, or an asymmetric matcher), and receives a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events."
    `);
  });
});

describe('single-event matchers under Jest', () => {
  it('pass and fail', () => {
    expect(task).toHaveEvent('Terminated with exit code 1');
    expect(task).toHaveEventCount('Started', 2);
    expect(task).not.toHaveEvent('Killed');
    expect(failureOf(() => expect(task).toHaveEventCount({ type: 'Started' }, 1)))
      .toMatchInlineSnapshot(`
     "expect(received).toHaveEventCount(expected, count)

     Event: {"type": "Started"}
     Expected count: 1
     Received count: 2

     Received timeline (matches marked):
          0s   Received    Task received by client
          0s   Task Setup  Building Task Directory
       ✓  0s   Started     Task started by client
          30s  Terminated  Exit Code: 1, Exit Message: "boom"
          30s  Restarting  Task restarting in 15s
       ✓  45s  Started     Task started by client

     Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('toHaveTerminatedWith reads the last termination', () => {
    expect(task).toHaveTerminatedWith({ exitCode: 1, message: 'boom' });
    expect(failureOf(() => expect(task).toHaveTerminatedWith({ signal: 9 })))
      .toMatchInlineSnapshot(`
     "expect(received).toHaveTerminatedWith(expected)

     Expected termination: {"signal": 9}
     Received termination: {"signal": 0}

     Received timeline (the last Terminated marked):
          0s   Received    Task received by client
          0s   Task Setup  Building Task Directory
          0s   Started     Task started by client
       →  30s  Terminated  Exit Code: 1, Exit Message: "boom"
          30s  Restarting  Task restarting in 15s
          45s  Started     Task started by client

     Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
    expect(failureOf(() => expect(task).not.toHaveTerminatedWith({ exitCode: 1 })))
      .toMatchInlineSnapshot(`
     "expect(received).not.toHaveTerminatedWith(expected)

     Expected termination: not {"exitCode": 1}
     Received termination: {"exitCode": 1}

     Received timeline (the last Terminated marked):
          0s   Received    Task received by client
          0s   Task Setup  Building Task Directory
          0s   Started     Task started by client
       →  30s  Terminated  Exit Code: 1, Exit Message: "boom"
          30s  Restarting  Task restarting in 15s
          45s  Started     Task started by client

     Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });
});

describe('lifecycle matchers under Jest', () => {
  it('pass and fail', () => {
    expect(fakeTask([], { state: 'running' })).toBeRunning();
    expect(fakeTask([], { state: 'pending' })).toBePending();
    expect(task).toBeDead();
    expect(fakeTask([], { failed: true })).toHaveFailed();
    expect(task).toHaveRestarted(1);
    expect(fakeTask([], { stdout: 'hi\n', stdoutWrites: 1 })).toHaveWritten({
      stdout: /hi/,
      stderr: 0,
    });
    expect(failureOf(() => expect(task).toBeRunning())).toMatchInlineSnapshot(`
     "expect(received).toBeRunning()

     Expected state: "running"
     Received state: "dead"

     Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
    expect(failureOf(() => expect(task).not.toHaveRestarted())).toMatchInlineSnapshot(`
     "expect(received).not.toHaveRestarted()

     Expected restarts: 0
     Received restarts: 1

     Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
    expect(failureOf(() => expect(fakeTask([])).toHaveWritten({ stdout: 'hi\n' })))
      .toMatchInlineSnapshot(`
     "expect(received).toHaveWritten(expected)

     Expected stdout: "hi
     "
     Received stdout: ""

     Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });
});

describe('job lifecycle, termination patterns and task names under Jest', () => {
  const job = fakeOwner('job', timelineOf([]), {
    status: 'dead',
    allocs: {
      'demo.web[0]': { name: 'demo.web[0]', status: 'failed' },
      'demo.web[1]': { name: 'demo.web[1]', status: 'complete' },
    },
  });

  it('a job has failed when one of its allocations failed, and is dead by its own status', () => {
    expect(job).toHaveFailed();
    expect(job).toBeDead();
    expect(failureOf(() => expect(job).not.toHaveFailed())).toMatchInlineSnapshot(`
     "expect(received).not.toHaveFailed()

     Expected failed allocations: none
     Received failed allocations: "demo.web[0]"

     Received value: job "demo""
    `);
  });

  it('toHaveTerminatedWith takes a RegExp for the exit message', () => {
    expect(task).toHaveTerminatedWith({ exitCode: 1, message: /^bo+m$/ });
    expect(task).not.toHaveTerminatedWith({ message: /error/ });
  });

  it('an item naming a task that is not there says so, with the task column drawn', () => {
    expect(failureOf(() => expect(task).toHaveEventSequence('wbe: Started')))
      .toMatchInlineSnapshot(`
     "expect(received).toHaveEventSequence(expected)

     Expected sequence: wbe: Started
     Cannot match: no task named "wbe" in the received value (tasks: web); did you mean "web"?

     Received timeline:
         0s   web  Received    Task received by client
         0s   web  Task Setup  Building Task Directory
         0s   web  Started     Task started by client
         30s  web  Terminated  Exit Code: 1, Exit Message: "boom"
         30s  web  Restarting  Task restarting in 15s
         45s  web  Started     Task started by client

     Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });
});

describe('anEvent and the serializer under Jest', () => {
  it('anEvent works in toContainEqual and as expect.toHaveEvent', () => {
    expect(timelineOf(CRASH_LOOP).toArray()).toContainEqual(anEvent('Restarting', { at: '30s' }));
    expect({ task }).toEqual({ task: expect.toHaveEvent('Started') });
  });

  it('anEvent prints as written where toContainEqual fails', () => {
    const events = timelineOf(CRASH_LOOP).toArray();
    const message = failureOf(() =>
      expect(events).toContainEqual(anEvent('Killed', { signal: expect.any(Number), at: '30s' })),
    );
    expect(message.split('\n').slice(0, 3).join('\n')).toMatchInlineSnapshot(`
     "expect(received).toContainEqual(expected) // deep equality

     Expected value: anEvent("Killed", { signal: Any<Number>, at: "30s" })"
    `);
  });

  it('prints tasks and jobs as timelines in snapshots', () => {
    expect({
      task,
      job: fakeOwner(
        'job',
        timelineOf([
          ['0s', 'Started', { task: 'api' }],
          ['1s', 'Started'],
        ]),
      ),
    }).toMatchInlineSnapshot(`
     {
       "job": MockJob "demo" [
         0s  api  Started  Task started by client
         1s  web  Started  Task started by client
       ],
       "task": MockTask "web" [
         0s   Received    Task received by client
         0s   Task Setup  Building Task Directory
         0s   Started     Task started by client
         30s  Terminated  Exit Code: 1, Exit Message: "boom"
         30s  Restarting  Task restarting in 15s
         45s  Started     Task started by client
       ],
     }
    `);
  });
});

describe("the driver's timeline under Jest", () => {
  it('takes driver entry types and refuses a task event type, even under .not', () => {
    const driver = new Timeline<DriverEntry>({ seed: 7, start: START });
    driver.append(
      createDriverEntry('StartTask', {}, { task: 'web', id: 'a1', at: 0, start: START }),
    );

    expect(driver).toHaveEventCount('StartTask', 1);
    expect(
      failureOf(() => expect(driver).not.toHaveEvent('Started')).split('\n')[2],
    ).toMatchInlineSnapshot(
      `"taskdouble: toHaveEvent: expected: "Started" is a task event type, and this is the driver's timeline (did you mean "StartTask"?); its entry types are StartTask, StartFailed, Stdout, Stderr, Exited, StopTask, SignalTask, ExecTask, DestroyTask, RecoverTask, PluginExited"`,
    );
  });
});
