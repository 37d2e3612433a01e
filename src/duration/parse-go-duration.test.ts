import { describe, expect, it } from 'vitest';

import { DurationError } from './duration-error.js';
import { parseGoDuration } from './parse-go-duration.js';

const S = 1_000_000_000;
const M = 60 * S;
const H = 60 * M;

function failure(text: string): DurationError {
  try {
    parseGoDuration(text);
  } catch (error) {
    if (error instanceof DurationError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe('parseGoDuration', () => {
  describe('accepts Go duration strings', () => {
    it.each([
      ['1ns', 1],
      ['1us', 1_000],
      ['1\u00b5s', 1_000],
      ['1\u03bcs', 1_000],
      ['1ms', 1_000_000],
      ['1s', S],
      ['1m', M],
      ['1h', H],
      ['1h30m', H + 30 * M],
      ['1h1h', 2 * H],
      ['1s1h', H + S],
      ['2h45m30.5s', 2 * H + 45 * M + 30.5 * S],
      ['1.5s', 1.5 * S],
      ['.5s', 0.5 * S],
      ['5.s', 5 * S],
      ['5.0s', 5 * S],
      ['0.5h', 30 * M],
      ['-1.5h', -1.5 * H],
      ['+1.5h', 1.5 * H],
      ['-1m30s', -(M + 30 * S)],
      ['0s', 0],
      ['0h0m', 0],
      ['007s', 7 * S],
      ['1.000000001s', 1_000_000_001],
      ['0.3s', 300_000_000],
      ['1.0000000001h', H + 360],
      ['0.000000001s', 1],
      ['0.9ns', 0],
      ['1.9ns', 1],
      ['-1.9ns', -1],
      ['1.23456789123456789123456789s', 1_234_567_891],
      ['2501h59m59.254740992s', 2 ** 53],
      ['-2501h59m59.254740992s', -(2 ** 53)],
    ])('parses %j as %d ns', (text, expected) => {
      expect(parseGoDuration(text)).toBe(expected);
    });
  });

  describe('takes zero without a unit only when bare', () => {
    it.each(['0', '+0', '-0', '', '-0s', '-0.0h', '-0.1ns'])('parses %j as 0, never -0', (text) => {
      expect(Object.is(parseGoDuration(text), 0)).toBe(true);
    });
  });

  describe("refuses what Go's time.ParseDuration refuses, with Go's reason", () => {
    it.each([
      ['-', 'invalid duration', 'time: invalid duration "-"'],
      ['+', 'invalid duration', 'time: invalid duration "+"'],
      ['.', 'invalid duration', 'time: invalid duration "."'],
      ['s', 'invalid duration', 'time: invalid duration "s"'],
      ['.s', 'invalid duration', 'time: invalid duration ".s"'],
      ['-.s', 'invalid duration', 'time: invalid duration "-.s"'],
      ['++1s', 'invalid duration', 'time: invalid duration "++1s"'],
      ['+-1s', 'invalid duration', 'time: invalid duration "+-1s"'],
      [' 1s', 'invalid duration', 'time: invalid duration " 1s"'],
      ['1s-1s', 'unknown unit "s-"', 'time: unknown unit "s-" in duration "1s-1s"'],
      ['1s.', 'invalid duration', 'time: invalid duration "1s."'],
      ['1s.5', 'missing unit', 'time: missing unit in duration "1s.5"'],
      ['10', 'missing unit', 'time: missing unit in duration "10"'],
      ['00', 'missing unit', 'time: missing unit in duration "00"'],
      ['-1', 'missing unit', 'time: missing unit in duration "-1"'],
      ['1.2.3s', 'missing unit', 'time: missing unit in duration "1.2.3s"'],
      ['1h30', 'missing unit', 'time: missing unit in duration "1h30"'],
      ['1 s', 'unknown unit " s"', 'time: unknown unit " s" in duration "1 s"'],
      ['1s ', 'unknown unit "s "', 'time: unknown unit "s " in duration "1s "'],
      ['1S', 'unknown unit "S"', 'time: unknown unit "S" in duration "1S"'],
      ['1d', 'unknown unit "d"', 'time: unknown unit "d" in duration "1d"'],
      ['1w', 'unknown unit "w"', 'time: unknown unit "w" in duration "1w"'],
      ['1sec', 'unknown unit "sec"', 'time: unknown unit "sec" in duration "1sec"'],
      ['1h 30m', 'unknown unit "h "', 'time: unknown unit "h " in duration "1h 30m"'],
      ['10x', 'unknown unit "x"', 'time: unknown unit "x" in duration "10x"'],
    ])('refuses %j: %s', (text, reason, goMessage) => {
      const error = failure(text);
      expect(error.input).toBe(text);
      expect(error.reason).toBe(reason);
      expect(error.goMessage).toBe(goMessage);
    });
  });

  describe('quotes like Go in each of its two texts', () => {
    it("shows a non-ASCII unit literally in the reason and as bytes in Go's text", () => {
      const error = failure('1\u00b5m');
      expect(error.reason).toMatchInlineSnapshot(`"unknown unit "µm""`);
      expect(error.goMessage).toMatchInlineSnapshot(
        `"time: unknown unit "\\xc2\\xb5m" in duration "1\\xc2\\xb5m""`,
      );
    });

    it('escapes quotes, backslashes and control characters', () => {
      const error = failure('1"\\\n');
      expect(error.reason).toMatchInlineSnapshot(`"unknown unit "\\"\\\\\\n""`);
      expect(error.goMessage).toMatchInlineSnapshot(
        `"time: unknown unit "\\"\\\\\\x0a" in duration "1\\"\\\\\\x0a""`,
      );
    });
  });

  describe('refuses values longer than 2^53 ns by name', () => {
    it.each([
      ['2501h59m59.254740993s'],
      ['-2501h59m59.254740993s'],
      ['2502h'],
      ['1050000h'],
      ['2562047h47m16.854775807s'],
      ['9223372036854775808ns'],
      ['99999999999999999999h'],
      ['99999999999999999999'],
    ])('refuses %j', (text) => {
      const error = failure(text);
      expect(error.reason).toBe('longer than 2^53 ns (about 104 days)');
      expect(error.goMessage).toBe(`time: invalid duration "${text}"`);
    });

    it('reports an overflow before a syntax error that comes later, as Go does', () => {
      expect(failure('99999999999999999999h1x').reason).toBe(
        'longer than 2^53 ns (about 104 days)',
      );
    });

    it('reports a syntax error even after a long first segment, as Go does', () => {
      expect(failure('200000h1x').reason).toBe('unknown unit "x"');
    });
  });

  describe('error messages', () => {
    it('names the value, the reason and the units', () => {
      expect(() => parseGoDuration('10 s')).toThrowErrorMatchingInlineSnapshot(
        `[DurationError: taskdouble: "10 s" is not a duration: unknown unit " s" (units: ns, us, µs, ms, s, m, h)]`,
      );
      expect(() => parseGoDuration('10')).toThrowErrorMatchingInlineSnapshot(
        `[DurationError: taskdouble: "10" is not a duration: missing unit (units: ns, us, µs, ms, s, m, h)]`,
      );
      expect(() => parseGoDuration('++1s')).toThrowErrorMatchingInlineSnapshot(
        `[DurationError: taskdouble: "++1s" is not a duration: invalid duration (units: ns, us, µs, ms, s, m, h)]`,
      );
    });

    it('names the limit for a value that is too long', () => {
      expect(() => parseGoDuration('2502h')).toThrowErrorMatchingInlineSnapshot(
        `[DurationError: taskdouble: "2502h" is not a duration: longer than 2^53 ns (about 104 days)]`,
      );
    });
  });
});
