import { describe, expect, it } from 'vitest';
import { parseSentence } from './parse-sentence.js';

describe('parseSentence', () => {
  it.each([
    ['Started', [{ text: 'Started', type: 'Started' }]],
    ['not   RESTARTING', [{ text: 'not   RESTARTING', type: 'Not Restarting' }]],
    [
      'Started then Terminated with signal 9',
      [
        { text: 'Started', type: 'Started' },
        { text: 'Terminated with signal 9', type: 'Terminated', signal: 9 },
      ],
    ],
    [
      'web: Terminated with exit code 7 and message "boom \\"x\\"" then web: Restarting with delay 15s and reason "r"',
      [
        {
          text: 'web: Terminated with exit code 7 and message "boom \\"x\\""',
          type: 'Terminated',
          task: 'web',
          exitCode: 7,
          exitMessage: 'boom "x"',
        },
        {
          text: 'web: Restarting with delay 15s and reason "r"',
          type: 'Restarting',
          task: 'web',
          startDelay: 15e9,
          reason: 'r',
        },
      ],
    ],
    [
      '"my web": Killing then Killed at 1m35s',
      [
        { text: '"my web": Killing', type: 'Killing', task: 'my web' },
        { text: 'Killed at 1m35s', type: 'Killed', at: 95e9 },
      ],
    ],
    [
      'Terminated with exit code -1 at 500ms',
      [
        {
          text: 'Terminated with exit code -1 at 500ms',
          type: 'Terminated',
          exitCode: -1,
          at: 5e8,
        },
      ],
    ],
    [
      'StartTask then exited',
      [
        { text: 'StartTask', type: 'StartTask' },
        { text: 'exited', type: 'Exited' },
      ],
    ],
  ])('reads %j', (sentence, items) => {
    expect(parseSentence(sentence)).toEqual(items);
  });

  it('returns the same items for a sentence it has read before', () => {
    expect(parseSentence('Started then Killed')).toBe(parseSentence('Started then Killed'));
  });

  it.each([
    ['', 1, 'the sentence is empty; write an event type such as "Started"'],
    ['Started then Terminted', 14, '"Terminted" is not an event type (did you mean "Terminated"?)'],
    [
      'web Started',
      1,
      '"web Started" is not an event type (a task name goes before a colon: web: Started)',
    ],
    ['Started then', 13, 'expected an event type such as "Started", found the end of the sentence'],
    [
      'Started Killed',
      1,
      '"Started Killed" is not an event type (a task name goes before a colon: web: Started)',
    ],
    ['Terminated with exit code x', 27, '"exit code" takes a whole number, found "x"'],
    [
      'Terminated with mesage "x"',
      17,
      'expected a clause (exit code N, signal N, message "...", delay <duration>, reason "..."), found "mesage" (did you mean "message"?)',
    ],
    ['Terminated with message boom', 25, '"message" takes a double-quoted text, found "boom"'],
    [
      'Restarting with delay 15 s',
      23,
      '"delay" takes a duration: 15 is not one (missing unit; units: ns, us, µs, ms, s, m, h)',
    ],
    ['Killed at', 10, '"at" takes a duration such as 30s or 1m30s, found the end of the sentence'],
    ['Killed at 1s Started', 14, 'expected "then" or the end of the sentence, found "Started"'],
    ['"my web" Started', 1, 'a quoted task name must be followed by a colon ("my web": Started)'],
    ['Terminated with message "boom', 25, 'this quote is never closed'],
  ])('refuses %j at column %i: %s', (sentence, column, reason) => {
    expect(() => parseSentence(sentence)).toThrow(expect.objectContaining({ column, reason }));
  });

  it('draws a caret under the column where it broke', () => {
    expect(() => parseSentence('Started then Terminated with exit 7'))
      .toThrowErrorMatchingInlineSnapshot(`
      [SentenceError: taskdouble: cannot read the event sentence at column 35: expected "code" after "exit", found "7"
        Started then Terminated with exit 7
                                          ^]
    `);
  });
});
