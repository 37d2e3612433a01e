import { describe, expect, it } from 'vitest';

import { byName } from './by-name.js';

describe('byName', () => {
  it('builds a plain object with the names as keys, in order', () => {
    const tasks = byName([
      ['web', 1],
      ['db', 2],
    ]);

    expect(tasks).toStrictEqual({ web: 1, db: 2 });
    expect(Object.keys(tasks)).toStrictEqual(['web', 'db']);
    expect(Object.getPrototypeOf(tasks)).toBe(Object.prototype);
    expect(JSON.stringify(tasks)).toBe('{"web":1,"db":2}');
  });

  it('keeps the last value of a repeated name, like Object.fromEntries', () => {
    expect(
      byName([
        ['web', 1],
        ['web', 2],
      ]),
    ).toStrictEqual(Object.fromEntries([['web', 2]]));
  });
});
