import { describe, expect, it } from 'vitest';

import { TaskdoubleError } from '../errors/index.js';
import { DurationError, durationMessage } from './duration-error.js';
import { parseDuration } from './parse-duration.js';

function refusal(input: string | number): DurationError {
  try {
    parseDuration(input);
  } catch (error) {
    if (error instanceof DurationError) return error;
    throw error;
  }
  throw new Error('expected a DurationError');
}

describe('DurationError', () => {
  it('is a TaskdoubleError named DurationError', () => {
    const error = refusal('10 s');
    expect(error).toBeInstanceOf(TaskdoubleError);
    expect(error.name).toBe('DurationError');
  });

  it('carries the raw input, the reason and Go’s own text', () => {
    const error = refusal('10 s');
    expect({
      input: error.input,
      reason: error.reason,
      goMessage: error.goMessage,
    }).toMatchInlineSnapshot(`
      {
        "goMessage": "time: unknown unit " s" in duration "10 s"",
        "input": "10 s",
        "reason": "unknown unit " s"",
      }
    `);
  });
});

describe('durationMessage', () => {
  it.each([
    [
      '10 s',
      'taskdouble: config.run_for: "10 s" is not a duration: unknown unit " s" (units: ns, us, µs, ms, s, m, h)',
    ],
    [
      '10',
      'taskdouble: config.run_for: "10" is not a duration: missing unit (units: ns, us, µs, ms, s, m, h)',
    ],
    [
      NaN,
      'taskdouble: config.run_for: NaN is not a duration: not a finite number (give a string such as "1m30s" or a number of milliseconds)',
    ],
    [
      '3000h',
      'taskdouble: config.run_for: "3000h" is not a duration: longer than 2^53 ns (about 104 days)',
    ],
  ])('puts the path in front of the message for %j', (input, expected) => {
    expect(durationMessage('config.run_for', refusal(input))).toBe(expected);
  });
});
