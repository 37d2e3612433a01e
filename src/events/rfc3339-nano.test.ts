import { describe, expect, it } from 'vitest';
import { ZERO_TIME, formatRfc3339Nano, unixNanos } from './rfc3339-nano.js';

describe('unixNanos', () => {
  it('adds nanoseconds to the start exactly, beyond 2^53', () => {
    const start = new Date('2024-05-01T12:00:00.123Z');

    expect(unixNanos(start, 17_426_443_129)).toBe(1_714_564_817_549_443_129n);
    expect(unixNanos(start, 1)).toBe(1_714_564_800_123_000_001n);
  });

  it('refuses a start that is not a valid Date', () => {
    expect(() => unixNanos(new Date(Number.NaN), 0)).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: unixNanos: start: Invalid Date is not a valid Date]`,
    );
  });

  it('refuses an at that is not integer nanoseconds', () => {
    expect(() => unixNanos(new Date(0), 0.5)).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: unixNanos: at: 0.5 is not a time; expected integer nanoseconds, 0 or more]`,
    );
  });
});

describe('formatRfc3339Nano', () => {
  it.each([
    [0n, '1970-01-01T00:00:00Z'],
    [1n, '1970-01-01T00:00:00.000000001Z'],
    [10n, '1970-01-01T00:00:00.00000001Z'],
    [500_000_000n, '1970-01-01T00:00:00.5Z'],
    [1_000_000_000n, '1970-01-01T00:00:01Z'],
    [1_714_564_817_549_443_129n, '2024-05-01T12:00:17.549443129Z'],
    [1_714_564_817_549_443_100n, '2024-05-01T12:00:17.5494431Z'],
    [1_714_564_800_000_000_000n, '2024-05-01T12:00:00Z'],
    [-1n, '1969-12-31T23:59:59.999999999Z'],
    [-1_000_000_000n, '1969-12-31T23:59:59Z'],
    [253_402_300_799_999_999_999n, '9999-12-31T23:59:59.999999999Z'],
    [-62_135_596_800_000_000_000n, ZERO_TIME],
  ])('writes %s ns as %s', (ns, text) => {
    expect(formatRfc3339Nano(ns)).toBe(text);
  });

  it('pads years to four digits, as Go does', () => {
    expect(formatRfc3339Nano(-61_851_600_000_000_000_000n)).toBe('0010-01-01T00:00:00Z');
  });

  it('refuses a time outside the range of a Date', () => {
    expect(() => formatRfc3339Nano(10n ** 30n)).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: 1000000000000000000000000000000 ns since 1970 is outside the range of a Date]`,
    );
  });
});
