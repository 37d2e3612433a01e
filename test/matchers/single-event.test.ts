import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';
import { anEvent } from '../../matchers/index.js';
import { CRASH_LOOP, fakeTask, failureOf, timelineOf } from './fixtures.js';

const task = fakeTask(CRASH_LOOP);

describe('toHaveEvent', () => {
  it.each([
    ['a type name', 'restarting'],
    ['a one-item sentence', 'web: Terminated with exit code 1 at 30s'],
    ['a partial event', { type: 'Started', at: '45s' }],
    ['anEvent', anEvent('Terminated', { exitMessage: 'boom' })],
  ])('passes for %s', (_title, expected) => {
    expect(task).toHaveEvent(expected);
  });

  it('fails when no event matches', () => {
    expect(failureOf(() => expect(task).toHaveEvent('Killed at 35s'))).toMatchInlineSnapshot(`
      "expect(received).toHaveEvent(expected)

      Expected event: Killed at 35s
      No event matches.

      Received timeline:
          0s   Received    Task received by client
          0s   Task Setup  Building Task Directory
          0s   Started     Task started by client
          30s  Terminated  Exit Code: 1, Exit Message: "boom"
          30s  Restarting  Task restarting in 15s
          45s  Started     Task started by client

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('fails under .not, marking the first event that matches', () => {
    expect(task).not.toHaveEvent('Killed');
    expect(failureOf(() => expect(task).not.toHaveEvent({ type: 'Terminated' })))
      .toMatchInlineSnapshot(`
      "expect(received).not.toHaveEvent(expected)

      Expected event: not Object {
        "type": "Terminated",
      }
      Event 4 is one (marked).

      Received timeline:
           0s   Received    Task received by client
           0s   Task Setup  Building Task Directory
           0s   Started     Task started by client
        ✓  30s  Terminated  Exit Code: 1, Exit Message: "boom"
           30s  Restarting  Task restarting in 15s
           45s  Started     Task started by client

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('refuses a sentence of several items', () => {
    expect(
      failureOf(() => expect(task).toHaveEvent('Started then Terminated')).split('\n')[2],
    ).toBe('taskdouble: toHaveEvent: expected: the sentence has 2 items; give one event here');
  });
});

describe('toHaveEventCount', () => {
  it('passes when exactly that many events match', () => {
    expect(task).toHaveEventCount('Started', 2);
    expect(task).toHaveEventCount('Killed', 0);
  });

  it('fails with both counts and the matches marked', () => {
    expect(failureOf(() => expect(task).toHaveEventCount('Started', 3))).toMatchInlineSnapshot(`
      "expect(received).toHaveEventCount(expected, count)

      Event: Started
      Expected count: 3
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

  it('fails under .not when the count is right', () => {
    expect(task).not.toHaveEventCount('Started', 1);
    expect(failureOf(() => expect(task).not.toHaveEventCount('Restarting', 1)))
      .toMatchInlineSnapshot(`
      "expect(received).not.toHaveEventCount(expected, count)

      Event: Restarting
      Expected count: not 1
      Received count: 1

      Received timeline (matches marked):
           0s   Received    Task received by client
           0s   Task Setup  Building Task Directory
           0s   Started     Task started by client
           30s  Terminated  Exit Code: 1, Exit Message: "boom"
        ✓  30s  Restarting  Task restarting in 15s
           45s  Started     Task started by client

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it.each([[-1], [1.5], ['2']])('refuses the count %j', (count) => {
    expect(
      failureOf(() => expect(task).toHaveEventCount('Started', count as number)).split('\n')[2],
    ).toBe(
      `taskdouble: toHaveEventCount: count: ${JSON.stringify(count)} is not a whole number of events (0 or more)`,
    );
  });
});

describe('toHaveTerminatedWith', () => {
  const killed = fakeTask([
    ['0s', 'Started'],
    ['10s', 'Terminated', { exitCode: 1 }],
    ['20s', 'Started'],
    ['35s', 'Terminated', { exitCode: 0, signal: 9, exitMessage: 'error on exit' }],
  ]);

  it.each([
    [{ exitCode: 0, signal: 9, message: 'error on exit' }],
    [{ signal: 9 }],
    [{ message: expect.stringContaining('error') }],
    [{ message: /^error on/, signal: 9 }],
    [{ exitCode: expect.any(Number), signal: undefined }],
    [{}],
  ])('passes for the last termination: %j', (expected) => {
    expect(killed).toHaveTerminatedWith(expected);
  });

  it('fails showing the last termination', () => {
    expect(failureOf(() => expect(killed).toHaveTerminatedWith({ exitCode: 1 })))
      .toMatchInlineSnapshot(`
      "expect(received).toHaveTerminatedWith(expected)

      Expected termination: Object {
        "exitCode": 1,
      }
      Received termination: Object {
        "exitCode": 0,
      }

      Received timeline (the last Terminated marked):
           0s   Started     Task started by client
           10s  Terminated  Exit Code: 1
           20s  Started     Task started by client
        →  35s  Terminated  Exit Code: 0, Signal: 9, Exit Message: "error on exit"

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('matches a RegExp against the exit message, failing when it does not match', () => {
    expect(killed).not.toHaveTerminatedWith({ message: /boom/ });
    expect(killed).not.toHaveTerminatedWith({ message: /^error/, signal: 2 });
    expect(failureOf(() => expect(killed).toHaveTerminatedWith({ message: /boom/ })))
      .toMatchInlineSnapshot(`
      "expect(received).toHaveTerminatedWith(expected)

      Expected termination: Object {
        "message": /boom/,
      }
      Received termination: Object {
        "message": "error on exit",
      }

      Received timeline (the last Terminated marked):
           0s   Started     Task started by client
           10s  Terminated  Exit Code: 1
           20s  Started     Task started by client
        →  35s  Terminated  Exit Code: 0, Signal: 9, Exit Message: "error on exit"

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('fails when nothing terminated', () => {
    expect(
      failureOf(() =>
        expect(timelineOf([['0s', 'Started']])).toHaveTerminatedWith({ exitCode: 0 }),
      ),
    ).toMatchInlineSnapshot(`
        "expect(received).toHaveTerminatedWith(expected)

        Expected termination: Object {
          "exitCode": 0,
        }
        Received: no Terminated event

        Received timeline:
            0s  Started  Task started by client

        Received value: a timeline"
      `);
  });

  it('fails under .not when the last termination matches', () => {
    expect(killed).not.toHaveTerminatedWith({ exitCode: 1 });
    expect(failureOf(() => expect(killed).not.toHaveTerminatedWith({ signal: 9 })))
      .toMatchInlineSnapshot(`
      "expect(received).not.toHaveTerminatedWith(expected)

      Expected termination: not Object {
        "signal": 9,
      }
      Received termination: Object {
        "signal": 9,
      }

      Received timeline (the last Terminated marked):
           0s   Started     Task started by client
           10s  Terminated  Exit Code: 1
           20s  Started     Task started by client
        →  35s  Terminated  Exit Code: 0, Signal: 9, Exit Message: "error on exit"

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it.each([
    [
      { exitcode: 1 },
      'expected.exitcode: not a termination field (did you mean "exitCode"?); use exitCode, signal or message',
    ],
    [1, 'expected: 1 is not an object such as { exitCode: 1 }'],
    [{ exitCode: '1' }, 'expected.exitCode: "1" is not a number or an asymmetric matcher'],
    [{ signal: 'SIGKILL' }, 'expected.signal: "SIGKILL" is not a number or an asymmetric matcher'],
    [{ message: 42 }, 'expected.message: 42 is not a string, a RegExp or an asymmetric matcher'],
  ])('refuses %j', (expected, problem) => {
    expect(
      failureOf(() => expect(killed).toHaveTerminatedWith(expected as never)).split('\n')[2],
    ).toBe(`taskdouble: toHaveTerminatedWith: ${problem}`);
  });
});
