import { describe, expect, it } from 'vitest';

import { exitResult } from './exit-result.js';

describe('exitResult', () => {
  it.each([
    [0, 0, '', { exitCode: 0, signal: 0, oomKilled: false, successful: true }],
    [1, 0, '', { exitCode: 1, signal: 0, oomKilled: false, successful: false }],
    [0, 9, '', { exitCode: 0, signal: 9, oomKilled: false, successful: false }],
    [0, 0, 'boom', { exitCode: 0, signal: 0, err: 'boom', oomKilled: false, successful: false }],
  ])('is a plain object for exit code %j, signal %j, error %j', (code, signal, err, expected) => {
    const result = exitResult(code, signal, err);

    expect(result).toStrictEqual(expected);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.isFrozen(result)).toBe(true);
  });

  it('prints as a plain object, its JSON keys in Nomad order, with no err key when there is none', () => {
    expect(JSON.stringify(exitResult(2, 0))).toBe(
      '{"exitCode":2,"signal":0,"oomKilled":false,"successful":false}',
    );
    expect(JSON.stringify(exitResult(2, 0, 'x'))).toBe(
      '{"exitCode":2,"signal":0,"err":"x","oomKilled":false,"successful":false}',
    );
    expect(exitResult(1, 0)).toMatchInlineSnapshot(`
      {
        "exitCode": 1,
        "oomKilled": false,
        "signal": 0,
        "successful": false,
      }
    `);
  });
});
