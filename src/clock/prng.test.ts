import { describe, expect, it } from 'vitest';

import { Prng } from './prng.js';

const draws = (prng: Prng, count: number, draw: (p: Prng) => number): number[] =>
  Array.from({ length: count }, () => draw(prng));

describe('Prng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(new Prng(7), 20, (p) => p.next())).toEqual(
      draws(new Prng(7), 20, (p) => p.next()),
    );
  });

  it('gives a fixed sequence for a seed, on every run and platform', () => {
    expect(draws(new Prng(42), 5, (p) => p.int(1000))).toMatchInlineSnapshot(`
      [
        956,
        290,
        704,
        805,
        978,
      ]
    `);
  });

  it.each([
    ['0 and 1', 0, 1],
    ['1 and 2', 1, 2],
    ['-1 and 2^32 - 1', -1, 2 ** 32 - 1],
    ['1 and 2^32 + 1', 1, 2 ** 32 + 1],
  ])('gives different sequences for seeds %s', (_, a, b) => {
    expect(draws(new Prng(a), 5, (p) => p.next())).not.toEqual(
      draws(new Prng(b), 5, (p) => p.next()),
    );
  });

  it('draws next() in [0, 1)', () => {
    for (const value of draws(new Prng(1), 10_000, (p) => p.next())) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it.each([1, 2, 6, 1000, 2 ** 32, 2 ** 32 + 1, 2 ** 53])(
    'draws int(%d) as integers in [0, bound)',
    (bound) => {
      for (const value of draws(new Prng(3), 2000, (p) => p.int(bound))) {
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(bound);
      }
    },
  );

  it('reaches every value of a small bound about equally often', () => {
    const counts = [0, 0, 0, 0, 0, 0];
    for (const value of draws(new Prng(9), 60_000, (p) => p.int(6))) counts[value]!++;

    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('uses the high bits of a bound above 2^32', () => {
    const values = draws(new Prng(5), 100, (p) => p.int(2 ** 53));

    expect(values.some((value) => value >= 2 ** 52)).toBe(true);
  });

  it.each([
    [1.5, '1.5'],
    [Number.NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [2 ** 53, '9007199254740992'],
    ['7', '"7"'],
    [undefined, 'undefined'],
  ])('refuses the seed %s', (seed, shown) => {
    expect(() => new Prng(seed as number)).toThrow(`taskdouble: seed: ${shown} is not a seed`);
  });

  it('names the seed and what is accepted', () => {
    expect(() => new Prng(0.5)).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: seed: 0.5 is not a seed (accepted: an integer from -(2^53 - 1) to 2^53 - 1)]`,
    );
  });

  it.each([[0], [-1], [0.5], [2 ** 53 + 2], [Number.NaN]])('refuses the bound %s', (bound) => {
    expect(() => new Prng(1).int(bound)).toThrow(/^taskdouble: prng\.int: /);
  });

  it('names the bound and what is accepted', () => {
    expect(() => new Prng(1).int(0)).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: prng.int: 0 is not a bound (accepted: an integer from 1 to 2^53)]`,
    );
  });
});
