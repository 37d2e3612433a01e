import { describe, expect, it } from 'vitest';
import '../../matchers/vitest.js';
import { anEvent } from '../../matchers/index.js';
import { parseDuration } from '../../src/duration/index.js';
import { CRASH_LOOP, type Step, fakeOwner, fakeTask, failureOf, timelineOf } from './fixtures.js';

const task = fakeTask(CRASH_LOOP);

/** The near-miss lines of a failure message, or '' when it names none. */
function hintOf(message: string): string {
  const lines = message.split('\n');
  const first = lines.findIndex((line) => line.startsWith('Near miss'));
  if (first === -1) return '';
  const end = lines.indexOf('', first);
  return lines.slice(first, end).join('\n');
}

const restart = (at: string): Step => [
  at,
  'Restarting',
  { startDelay: parseDuration('15s'), restartReason: 'Restart within policy' },
];

describe('a sequence item that fails only on its clauses', () => {
  it('names the event of its type and the reason that event has', () => {
    expect(
      failureOf(() =>
        expect(task).toHaveEventSequence('Restarting with reason "Restart within polcy"'),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveEventSequence(expected)

      Expected sequence: Restarting with reason "Restart within polcy"
      Matched 0 of 1 items; item 1 is missing: Restarting with reason "Restart within polcy"
      Near miss: Restarting at 30s has reason "Restart within policy"

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

  it("names a partial event's fields by their keys, with the expected value", () => {
    expect(failureOf(() => expect(task).toHaveEventSequence([{ type: 'Terminated', exitCode: 2 }])))
      .toMatchInlineSnapshot(`
        "expect(received).toHaveEventSequence(expected)

        Expected sequence: Array [
          Object {
            "exitCode": 2,
            "type": "Terminated",
          },
        ]
        Matched 0 of 1 items; item 1 is missing: Object {
          "exitCode": 2,
          "type": "Terminated",
        }
        Near miss: Terminated at 30s has exitCode: 1 (expected 2)

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

  it('prints asymmetric matchers by name and leaves out the fields they accept', () => {
    const item = {
      type: 'Terminated',
      exitCode: expect.any(Number),
      exitMessage: expect.stringContaining('bang'),
      signal: expect.any(String),
    };
    expect(hintOf(failureOf(() => expect(task).toHaveEventSequence([item])))).toMatchInlineSnapshot(
      `"Near miss: Terminated at 30s has exitMessage: "boom" (expected StringContaining "bang"), signal: 0 (expected Any<String>)"`,
    );
  });

  it.each([
    ['exit code', 'Terminated with exit code 2', 'Terminated at 30s has exit code 1 (expected 2)'],
    ['signal', 'Terminated with signal 9', 'Terminated at 30s has signal 0 (expected 9)'],
    ['message', 'Terminated with message "bom"', 'Terminated at 30s has message "boom"'],
    [
      'a message far from the one expected',
      'Terminated with message "out of memory"',
      'Terminated at 30s has message "boom" (expected "out of memory")',
    ],
    ['delay', 'Restarting with delay 10s', 'Restarting at 30s has delay 15s (expected 10s)'],
    ['offset', 'Restarting at 31s', 'Restarting at 30s (expected at 31s)'],
    [
      'several clauses at once',
      'Terminated with exit code 1 and signal 9 and message "bom" at 31s',
      'Terminated at 30s (expected at 31s) has signal 0 (expected 9) and message "boom"',
    ],
    [
      'a clause the event lacks',
      'Restarting with exit code 1',
      'Restarting at 30s has no exit code (expected 1)',
    ],
  ])('shows what the event has for %s', (_title, sentence, line) => {
    expect(hintOf(failureOf(() => expect(task).toHaveEventSequence(sentence)))).toBe(
      `Near miss: ${line}`,
    );
  });

  it('looks only after the last matched item', () => {
    const message = failureOf(() =>
      expect(task).toHaveEventSequence('Restarting then Terminated with exit code 2'),
    );
    expect(message).toContain('item 2 is missing: Terminated with exit code 2\n\n');
    expect(hintOf(message)).toBe('');
  });

  it('shows the two nearest in time to an offset and counts the rest', () => {
    const started = fakeTask([
      ['0s', 'Started'],
      ['45s', 'Started'],
      ['1m30s', 'Started'],
      ['2m15s', 'Started'],
    ]);
    expect(hintOf(failureOf(() => expect(started).toHaveEventSequence('Started at 1m'))))
      .toMatchInlineSnapshot(`
        "Near misses: Started at 45s (expected at 1m0s)
                     Started at 1m30s (expected at 1m0s)
                     … 2 more Started events differ"
      `);
  });

  it('writes events that differ the same way once', () => {
    const loop = fakeTask([restart('30s'), restart('1m'), restart('1m30s')]);
    expect(
      hintOf(
        failureOf(() =>
          expect(loop).toHaveEventSequence('Restarting with reason "Restart within polcy"'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "Near misses: Restarting at 30s has reason "Restart within policy"
                   … 2 more Restarting events differ the same way"
    `);
  });

  it("reads only the named task's events, and names the task when the events are several tasks'", () => {
    const group = fakeOwner(
      'alloc',
      timelineOf([
        ['5s', 'Terminated', { task: 'api', exitCode: 1 }],
        ['6s', 'Terminated', { task: 'web', exitCode: 3 }],
      ]),
    );
    expect(
      hintOf(failureOf(() => expect(group).toHaveEventSequence('Terminated with exit code 2'))),
    ).toMatchInlineSnapshot(`
        "Near misses: api: Terminated at 5s has exit code 1 (expected 2)
                     web: Terminated at 6s has exit code 3 (expected 2)"
      `);
    expect(
      hintOf(
        failureOf(() => expect(group).toHaveEventSequence('web: Terminated with exit code 2')),
      ),
    ).toBe('Near miss: Terminated at 6s has exit code 3 (expected 2)');
  });

  it.each([
    ['an item with no type', [{ exitCode: 2 }]],
    ['anEvent as the item', [anEvent('Terminated', { exitCode: 2 })]],
    ['an asymmetric matcher as the item', [expect.objectContaining({ exitCode: 2 })]],
    ['a type no event has', 'Killed with reason "Killed by user"'],
  ])('names none for %s', (_title, expected) => {
    const message = failureOf(() => expect(task).toHaveEventSequence(expected));
    expect(message).toContain('Matched 0 of 1 items');
    expect(hintOf(message)).toBe('');
  });

  it('leaves .not alone: near misses are not matches', () => {
    expect(task).not.toHaveEventSequence('Restarting with reason "Restart within polcy"');
    expect(task).not.toHaveEventSequence([{ type: 'Terminated', exitCode: 2 }]);
  });
});

describe('toHaveExactEventSequence with an event that fails its item only on clauses', () => {
  it('names what that event has', () => {
    expect(
      failureOf(() =>
        expect(task).toHaveExactEventSequence(
          'Received then Task Setup then Started then Terminated with exit code 2',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toHaveExactEventSequence(expected)

      Expected timeline: exactly Received then Task Setup then Started then Terminated with exit code 2
      Event 4 does not match item 4: Terminated with exit code 2
      Near miss: Terminated at 30s has exit code 1 (expected 2)

      Received timeline:
        ✓1  0s   Received    Task received by client
        ✓2  0s   Task Setup  Building Task Directory
        ✓3  0s   Started     Task started by client
        ✗   30s  Terminated  Exit Code: 1, Exit Message: "boom"
            30s  Restarting  Task restarting in 15s
            45s  Started     Task started by client

      Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
    `);
  });

  it('names nothing when that event is of another type, even if a later one is close', () => {
    const message = failureOf(() =>
      expect(task).toHaveExactEventSequence('Received then Terminated with exit code 2'),
    );
    expect(hintOf(message)).toBe('');
  });
});

describe('toHaveEvent and toHaveEventCount with near misses', () => {
  it('toHaveEvent names them under "No event matches."', () => {
    expect(failureOf(() => expect(task).toHaveEvent('Terminated with message "bom"')))
      .toMatchInlineSnapshot(`
        "expect(received).toHaveEvent(expected)

        Expected event: Terminated with message "bom"
        No event matches.
        Near miss: Terminated at 30s has message "boom"

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

  it('toHaveEventCount names them when fewer events match than expected', () => {
    expect(failureOf(() => expect(task).toHaveEventCount('Restarting with delay 10s', 1)))
      .toMatchInlineSnapshot(`
        "expect(received).toHaveEventCount(expected, count)

        Event: Restarting with delay 10s
        Expected count: 1
        Received count: 0
        Near miss: Restarting at 30s has delay 15s (expected 10s)

        Received timeline (matches marked):
            0s   Received    Task received by client
            0s   Task Setup  Building Task Directory
            0s   Started     Task started by client
            30s  Terminated  Exit Code: 1, Exit Message: "boom"
            30s  Restarting  Task restarting in 15s
            45s  Started     Task started by client

        Received value: task "web" (alloc "demo.web[0]"), scenario seed 7"
      `);
  });

  it('toHaveEventCount counts only the events that differ, not the matches', () => {
    const started = fakeTask([
      ['0s', 'Started'],
      ['45s', 'Started'],
      ['1m30s', 'Started'],
    ]);
    expect(hintOf(failureOf(() => expect(started).toHaveEventCount('Started at 45s', 2)))).toBe(
      'Near misses: Started at 0s (expected at 45s)\n             Started at 1m30s (expected at 45s)',
    );
  });

  it('toHaveEventCount under .not names them when none match', () => {
    expect(
      hintOf(failureOf(() => expect(task).not.toHaveEventCount('Restarting with delay 10s', 0))),
    ).toBe('Near miss: Restarting at 30s has delay 15s (expected 10s)');
  });

  it.each([
    ['too many match', () => expect(task).toHaveEventCount('Started', 1)],
    ['the count matches under .not', () => expect(task).not.toHaveEventCount('Started', 2)],
    ['toHaveEvent matches under .not', () => expect(task).not.toHaveEvent('Started at 45s')],
  ])('names none when %s', (_title, run) => {
    expect(hintOf(failureOf(run))).toBe('');
  });
});
