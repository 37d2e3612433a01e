import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { DurationError } from './duration-error.js';
import { formatDuration } from './format-duration.js';
import { parseDuration } from './parse-duration.js';

const MS = 1_000_000;
const LIMIT = 2 ** 53;

describe('parseDuration', () => {
  describe('takes a string as a Go duration', () => {
    it.each([
      ['1m30s', 90_000 * MS],
      ['500ms', 500 * MS],
      ['-1.5h', -5_400_000 * MS],
      ['', 0],
      ['0', 0],
    ])('parses %j as %d ns', (text, expected) => {
      expect(parseDuration(text)).toBe(expected);
    });

    it('refuses a bad string the way parseGoDuration does', () => {
      expect(() => parseDuration('1 s')).toThrowErrorMatchingInlineSnapshot(
        `[DurationError: taskdouble: "1 s" is not a duration: unknown unit " s" (units: ns, us, µs, ms, s, m, h)]`,
      );
    });
  });

  describe('takes a number as milliseconds', () => {
    it.each([
      [0, 0],
      [1, MS],
      [1500, 1500 * MS],
      [-250, -250 * MS],
      [1.5, 1_500_000],
      [0.000001, 1],
      [0.0000019, 1],
      [-0.0000019, -1],
      [1e-7, 0],
      [1e-20, 0],
      [0.1, 100_000],
      [1.005, 1_005_000],
      [123.456789, 123_456_789],
      [9007199254.740992, LIMIT],
      [-9007199254.740992, -LIMIT],
    ])('parses %d ms as %d ns', (millis, expected) => {
      expect(parseDuration(millis)).toBe(expected);
    });

    it.each([-0, -1e-7, -0.0000009])('parses %d ms as 0, never -0', (millis) => {
      expect(Object.is(parseDuration(millis), 0)).toBe(true);
    });

    it.each([
      [NaN, 'not a finite number', 'time: invalid duration "NaN"'],
      [Infinity, 'not a finite number', 'time: invalid duration "Infinity"'],
      [-Infinity, 'not a finite number', 'time: invalid duration "-Infinity"'],
      [
        9007199254.740993,
        'longer than 2^53 ns (about 104 days)',
        'time: invalid duration "9007199254.740993"',
      ],
      [1e21, 'longer than 2^53 ns (about 104 days)', 'time: invalid duration "1e+21"'],
      [
        -Number.MAX_VALUE,
        'longer than 2^53 ns (about 104 days)',
        `time: invalid duration "${-Number.MAX_VALUE}"`,
      ],
    ])('refuses %d ms: %s', (millis, reason, goMessage) => {
      const error = catchDurationError(() => parseDuration(millis));
      expect(error.input).toBe(millis);
      expect(error.reason).toBe(reason);
      expect(error.goMessage).toBe(goMessage);
    });

    it('shows a refused number as written', () => {
      expect(() => parseDuration(NaN)).toThrowErrorMatchingInlineSnapshot(
        `[DurationError: taskdouble: NaN is not a duration: not a finite number (give a string such as "1m30s" or a number of milliseconds)]`,
      );
      expect(() => parseDuration(-Infinity)).toThrowErrorMatchingInlineSnapshot(
        `[DurationError: taskdouble: -Infinity is not a duration: not a finite number (give a string such as "1m30s" or a number of milliseconds)]`,
      );
      expect(() => parseDuration(1e12)).toThrowErrorMatchingInlineSnapshot(
        `[DurationError: taskdouble: 1000000000000 is not a duration: longer than 2^53 ns (about 104 days)]`,
      );
    });

    // Past about 1e9 ms, neighbouring doubles lie more than 1 ns apart, so ns / 1e6 no longer
    // names one nanosecond count.
    it('parses a number of milliseconds with up to six decimals exactly', () => {
      fc.assert(
        fc.property(nanos(1e15), (ns) => {
          expect(parseDuration(ns / MS)).toBe(ns);
        }),
      );
    });
  });

  describe('refuses other types by name', () => {
    it.each([[null], [undefined], [{}], [10n], [true]])('refuses %s', (value) => {
      const error = catchDurationError(() => parseDuration(value as unknown as string));
      expect(error.reason).toBe('neither a string nor a number');
    });

    it('names the value and what is accepted', () => {
      expect(() => parseDuration(null as unknown as string)).toThrowErrorMatchingInlineSnapshot(
        `[DurationError: taskdouble: null is not a duration: neither a string nor a number (give a string such as "1m30s" or a number of milliseconds)]`,
      );
    });
  });

  describe('round trip with formatDuration', () => {
    it('parses what formatDuration prints back to the same nanoseconds', () => {
      fc.assert(
        fc.property(nanos(LIMIT), (ns) => {
          expect(parseDuration(formatDuration(ns))).toBe(ns);
        }),
        { numRuns: 2000 },
      );
    });

    it.each([
      0,
      1,
      -1,
      999,
      1000,
      999_999_999,
      1e9,
      59_999_999_999,
      3_600_000_000_000,
      LIMIT,
      -LIMIT,
    ])('round-trips %d ns', (ns) => {
      expect(parseDuration(formatDuration(ns))).toBe(ns);
    });
  });
});

// fc.integer stops at 32 bits; BigInt reaches the whole range and still favours the edges.
function nanos(limit: number): fc.Arbitrary<number> {
  return fc.bigInt({ min: -BigInt(limit), max: BigInt(limit) }).map(Number);
}

function catchDurationError(run: () => unknown): DurationError {
  try {
    run();
  } catch (error) {
    if (error instanceof DurationError) return error;
    throw error;
  }
  throw new Error('expected a DurationError');
}
