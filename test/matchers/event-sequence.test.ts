import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';
import { CRASH_LOOP, fakeOwner, fakeTask, failureOf, timelineOf } from './fixtures.js';

const task = fakeTask(CRASH_LOOP);

describe('toHaveEventSequence', () => {
  it.each([
    ['a sentence with gaps', 'Started then Restarting'],
    [
      'a sentence with clauses',
      'Terminated with exit code 1 and message "boom" then Restarting with delay 15s',
    ],
    ['types in any case', 'task setup then RESTARTING'],
    ['a task prefix and an offset', 'web: Started then web: Started at 45s'],
    ['an array of type names', ['Received', 'Started', 'Started']],
    [
      'an array of partial events',
      [
        { type: 'Terminated', exitCode: 1, at: '30s' },
        { type: 'Started', at: 45_000 },
      ],
    ],
    [
      'asymmetric matchers in fields',
      [{ type: 'Terminated', exitMessage: expect.stringContaining('bo') }],
    ],
    ['an asymmetric matcher as an item', [expect.objectContaining({ type: 'Restarting' })]],
    ['a reason', 'Restarting with reason "Restart within policy"'],
  ])('passes for %s', (_title, expected) => {
    expect(task).toHaveEventSequence(expected);
  });

  it.each([
    ['an alloc', fakeOwner('alloc', timelineOf(CRASH_LOOP))],
    ['a job', fakeOwner('job', timelineOf(CRASH_LOOP))],
    ['a scenario', fakeOwner('scenario', timelineOf(CRASH_LOOP))],
    ['a timeline', timelineOf(CRASH_LOOP)],
    ['an event array', timelineOf(CRASH_LOOP).toArray()],
  ])('reads the events of %s', (_title, received) => {
    expect(received).toHaveEventSequence('Terminated then Started');
  });

  it('fails when an item is missing, marking how far matching got', () => {
    expect(
      failureOf(() =>
        expect(task).toHaveEventSequence('Started then Terminated with signal 9 then Restarting'),
      ),
    ).toMatchInlineSnapshot(`
        "expect(received).toHaveEventSequence(expected)

        Expected sequence: Started then Terminated with signal 9 then Restarting
        Matched 1 of 3 items; item 2 is missing: Terminated with signal 9
        Near miss: Terminated at 30s has signal 0 (expected 9)

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

  it('fails when nothing matches the first item', () => {
    expect(failureOf(() => expect(task).toHaveEventSequence([{ type: 'Killed' }])))
      .toMatchInlineSnapshot(`
      "expect(received).toHaveEventSequence(expected)

      Expected sequence: Array [
        Object {
          "type": "Killed",
        },
      ]
      Matched 0 of 1 items; item 1 is missing: Object {
        "type": "Killed",
      }

      Received timeline:
          ↓ no event matches item 1
          0s   Received    Task received by client
          0s   Task Setup  Building Task Directory
          0s   Started     Task started by client
          30s  Terminated  Exit Code: 1, Exit Message: "boom"
          30s  Restarting  Task restarting in 15s
          45s  Started     Task started by client

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('fails under .not when the sequence occurs, marking where', () => {
    expect(task).not.toHaveEventSequence('Restarting then Terminated');
    expect(failureOf(() => expect(task).not.toHaveEventSequence('Started then Started')))
      .toMatchInlineSnapshot(`
      "expect(received).not.toHaveEventSequence(expected)

      Expected sequence: not Started then Started
      It occurs, at the events marked:

      Received timeline:
            0s   Received    Task received by client
            0s   Task Setup  Building Task Directory
        ✓1  0s   Started     Task started by client
            30s  Terminated  Exit Code: 1, Exit Message: "boom"
            30s  Restarting  Task restarting in 15s
        ✓2  45s  Started     Task started by client

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });
});

describe('toHaveExactEventSequence', () => {
  const all = 'Received then Task Setup then Started then Terminated then Restarting then Started';

  it('passes when the timeline is exactly the items', () => {
    expect(task).toHaveExactEventSequence(all);
    expect(timelineOf([])).toHaveExactEventSequence([]);
  });

  it('fails at the first event that differs', () => {
    expect(failureOf(() => expect(task).toHaveExactEventSequence('Received then Started')))
      .toMatchInlineSnapshot(`
      "expect(received).toHaveExactEventSequence(expected)

      Expected timeline: exactly Received then Started
      Event 2 does not match item 2: Started

      Received timeline:
        ✓1  0s   Received    Task received by client
        ✗   0s   Task Setup  Building Task Directory
            0s   Started     Task started by client
            30s  Terminated  Exit Code: 1, Exit Message: "boom"
            30s  Restarting  Task restarting in 15s
            45s  Started     Task started by client

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('fails when the timeline is shorter than the items', () => {
    expect(failureOf(() => expect(task).toHaveExactEventSequence(`${all} then Terminated`)))
      .toMatchInlineSnapshot(`
      "expect(received).toHaveExactEventSequence(expected)

      Expected timeline: exactly Received then Task Setup then Started then Terminated then Restarting then Started then Terminated
      The timeline ends after 6 events; item 7 has none: Terminated

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

  it('fails when the timeline goes on after the items', () => {
    expect(failureOf(() => expect(task).toHaveExactEventSequence(['Received', 'Task Setup'])))
      .toMatchInlineSnapshot(`
      "expect(received).toHaveExactEventSequence(expected)

      Expected timeline: exactly Array [
        "Received",
        "Task Setup",
      ]
      Event 3 comes after the last of the 2 expected items

      Received timeline:
        ✓1  0s   Received    Task received by client
        ✓2  0s   Task Setup  Building Task Directory
        ✗   0s   Started     Task started by client
            30s  Terminated  Exit Code: 1, Exit Message: "boom"
            30s  Restarting  Task restarting in 15s
            45s  Started     Task started by client

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('fails under .not when the timeline is exactly the items', () => {
    expect(task).not.toHaveExactEventSequence('Received');
    expect(
      failureOf(() =>
        expect(timelineOf([['0s', 'Received']])).not.toHaveExactEventSequence('Received'),
      ),
    ).toMatchInlineSnapshot(`
        "expect(received).not.toHaveExactEventSequence(expected)

        Expected timeline: not exactly Received
        It is exactly that.

        Received timeline:
          ✓1  0s  Received  Task received by client

        Received value: a timeline"
      `);
  });
});

describe('sequence matchers given bad arguments', () => {
  it.each([
    [
      'Started then Terminted',
      'expected: cannot read the event sentence at column 14: "Terminted" is not an event type (did you mean "Terminated"?)',
    ],
    [
      'Started then Terminated with exit 7',
      'expected: cannot read the event sentence at column 35: expected "code" after "exit", found "7"',
    ],
    [
      [{ type: 'Restartng' }],
      'expected[0].type: "Restartng" is not an event type (did you mean "Restarting"?)',
    ],
    [
      [{ type: 'Terminated', exitcode: 1 }],
      'expected[0]: "exitcode" is not an event field (did you mean "exitCode"?)',
    ],
    [
      [{ type: 'Killed', at: '35 s' }],
      'expected[0].at: "35 s" is not a duration: unknown unit " s" (units: ns, us, µs, ms, s, m, h)',
    ],
    [
      ['Started', 3],
      'expected[1]: 3 is not an item (an event type or sentence, a partial event, or an asymmetric matcher)',
    ],
    [42, 'expected: 42 is neither a sentence nor an array of items'],
    [[], 'expected is empty; an empty sequence would match any timeline'],
  ])('fail the assertion, with or without .not, for %j', (expected, problem) => {
    const line = `taskdouble: toHaveEventSequence: ${problem}`;
    expect(
      failureOf(() => expect(task).toHaveEventSequence(expected as never)).split('\n')[2],
    ).toBe(line);
    expect(
      failureOf(() => expect(task).not.toHaveEventSequence(expected as never)).split('\n')[2],
    ).toBe(line);
  });

  it('draws a caret under the column where a sentence broke and says what is accepted', () => {
    expect(failureOf(() => expect(task).toHaveExactEventSequence('Started then Terminted')))
      .toMatchInlineSnapshot(`
      "expect(received).toHaveExactEventSequence(expected)

      taskdouble: toHaveExactEventSequence: expected: cannot read the event sentence at column 14: "Terminted" is not an event type (did you mean "Terminated"?)
        Started then Terminted
                     ^

      It takes one sentence ('Started then Terminated with exit code 1') or an array of items (an event type or sentence, a partial event such as { type: 'Terminated', exitCode: 1, at: '30s' }, or an asymmetric matcher), and receives a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events."
    `);
  });

  it('fails for a received value it does not accept', () => {
    expect(failureOf(() => expect({ type: 'Started' }).toHaveExactEventSequence('Started')))
      .toMatchInlineSnapshot(`
      "expect(received).toHaveExactEventSequence(expected)

      taskdouble: toHaveExactEventSequence: received {"type":"Started"}, which is not a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events

      It takes one sentence ('Started then Terminated with exit code 1') or an array of items (an event type or sentence, a partial event such as { type: 'Terminated', exitCode: 1, at: '30s' }, or an asymmetric matcher), and receives a MockTask, an alloc, a job, a scenario, a Timeline (task events or driver entries) or an array of events."
    `);
  });
});

describe('items that name a task the received value does not have', () => {
  const alloc = fakeOwner('alloc', timelineOf(CRASH_LOOP));
  const group = fakeOwner(
    'alloc',
    timelineOf([
      ['0s', 'Started', { task: 'api' }],
      ['0s', 'Started', { task: 'web' }],
      ['5s', 'Terminated', { task: 'worker' }],
    ]),
  );

  it('say which task is missing and draw the task column, even for a single task', () => {
    expect(failureOf(() => expect(alloc).toHaveEventSequence('wbe: Started')))
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

        Received value: alloc "demo.web[0]""
      `);
  });

  it('offer no did-you-mean when no name is close', () => {
    expect(failureOf(() => expect(group).toHaveEventSequence('web: Started then db: Terminated')))
      .toMatchInlineSnapshot(`
      "expect(received).toHaveEventSequence(expected)

      Expected sequence: web: Started then db: Terminated
      Cannot match: no task named "db" in the received value (tasks: api, web, worker)

      Received timeline:
          0s  api     Started     Task started by client
          0s  web     Started     Task started by client
          5s  worker  Terminated  Exit Code: 0

      Received value: alloc "demo.web[0]""
    `);
  });

  it('fail under .not too, where a misspelt name would otherwise always pass', () => {
    expect(failureOf(() => expect(alloc).not.toHaveExactEventSequence([{ task: 'wbe' }])))
      .toMatchInlineSnapshot(`
        "expect(received).not.toHaveExactEventSequence(expected)

        Expected timeline: exactly Array [
          Object {
            "task": "wbe",
          },
        ]
        Cannot match: no task named "wbe" in the received value (tasks: web); did you mean "web"?

        Received timeline:
            0s   web  Received    Task received by client
            0s   web  Task Setup  Building Task Directory
            0s   web  Started     Task started by client
            30s  web  Terminated  Exit Code: 1, Exit Message: "boom"
            30s  web  Restarting  Task restarting in 15s
            45s  web  Started     Task started by client

        Received value: alloc "demo.web[0]""
      `);
  });

  it.each([
    ['toHaveEvent', () => expect(alloc).toHaveEvent('wbe: Started')],
    ['toHaveEvent under .not', () => expect(alloc).not.toHaveEvent({ task: 'wbe' })],
    ['toHaveEventCount', () => expect(alloc).toHaveEventCount('wbe: Started', 0)],
    ['toHaveExactEventSequence', () => expect(alloc).toHaveExactEventSequence('wbe: Received')],
  ])('fail %s with the same explanation', (_, run) => {
    expect(
      failureOf(run)
        .split('\n')
        .find((line) => line.startsWith('Cannot match')),
    ).toBe(
      'Cannot match: no task named "wbe" in the received value (tasks: web); did you mean "web"?',
    );
  });

  it('leave names given as asymmetric matchers, and empty timelines, to ordinary matching', () => {
    expect(alloc).not.toHaveEvent({ task: expect.stringMatching(/^wbe/) });
    expect(timelineOf([])).not.toHaveEvent('wbe: Started');
    expect(group).toHaveEventSequence('api: Started then worker: Terminated');
  });
});
