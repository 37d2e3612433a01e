import { describe, expect, it } from 'vitest';

import { isoTime } from './iso-time.js';

const START = new Date('2026-01-01T00:00:00Z');

describe('isoTime', () => {
  it.each([
    [0, '2026-01-01T00:00:00Z'],
    [999_999_999, '2026-01-01T00:00:00Z'],
    [1_000_000_000, '2026-01-01T00:00:01Z'],
    [47_839_683_314, '2026-01-01T00:00:47Z'],
    [86_400e9, '2026-01-02T00:00:00Z'],
  ])('shows %i ns after the start as %s, in UTC, to the second', (at, expected) => {
    expect(isoTime(START, at)).toBe(expected);
  });

  it('drops the fraction of a start and an offset together', () => {
    expect(isoTime(new Date('2026-01-01T00:00:00.600Z'), 500_000_000)).toBe('2026-01-01T00:00:01Z');
  });
});
