import { describe, expect, it } from 'vitest';

import { formatDuration } from './format-duration.js';

const US = 1_000;
const MS = 1_000_000;
const S = 1_000_000_000;
const M = 60 * S;
const H = 60 * M;

describe('formatDuration', () => {
  describe("prints Go's Duration.String", () => {
    it.each([
      [0, '0s'],
      [1, '1ns'],
      [999, '999ns'],
      [US, '1µs'],
      [1_500, '1.5µs'],
      [1_001, '1.001µs'],
      [999_999, '999.999µs'],
      [MS, '1ms'],
      [1_500_000, '1.5ms'],
      [1_000_001, '1.000001ms'],
      [500 * MS, '500ms'],
      [999_999_999, '999.999999ms'],
      [S, '1s'],
      [1.5 * S, '1.5s'],
      [S + 1, '1.000000001s'],
      [17_426_443_129, '17.426443129s'],
      [59 * S, '59s'],
      [M, '1m0s'],
      [M + 30 * S, '1m30s'],
      [2 * M, '2m0s'],
      [30 * M, '30m0s'],
      [59 * M + 59 * S + 999_999_999, '59m59.999999999s'],
      [H, '1h0m0s'],
      [H + 30 * M, '1h30m0s'],
      [H + 0.5 * S, '1h0m0.5s'],
      [24 * H, '24h0m0s'],
      [72 * H + 3 * M + 0.5 * S, '72h3m0.5s'],
      [2 ** 53, '2501h59m59.254740992s'],
      [2 ** 53 - 1, '2501h59m59.254740991s'],
    ])('prints %d ns as %s, and its negative with a minus', (ns, expected) => {
      expect(formatDuration(ns)).toBe(expected);
      if (ns !== 0) expect(formatDuration(-ns)).toBe(`-${expected}`);
    });

    it('prints -0 as 0s', () => {
      expect(formatDuration(-0)).toBe('0s');
    });
  });

  describe('refuses what is not integer nanoseconds within ±2^53', () => {
    it.each([[1.5], [NaN], [Infinity], [2 ** 53 + 2], [-(2 ** 53) - 2]])('refuses %d', (ns) => {
      expect(() => formatDuration(ns)).toThrow(/^taskdouble: formatDuration takes integer/);
    });

    it('names the value it got', () => {
      expect(() => formatDuration(1.5)).toThrowErrorMatchingInlineSnapshot(
        `[TaskdoubleError: taskdouble: formatDuration takes integer nanoseconds within ±2^53, got 1.5]`,
      );
    });
  });
});
