import { describe, expect, it } from 'vitest';

import { SIGNAL_NUMBERS, normalizeSignal } from './signal-name.js';

describe('normalizeSignal', () => {
  it.each([
    ['SIGINT', 'SIGINT'],
    ['INT', 'SIGINT'],
    ['int', 'SIGINT'],
    ['SigTerm', 'SIGTERM'],
    ['SIGIOT', 'SIGIOT'],
  ])('reads %j as %j', (input, name) => {
    expect(normalizeSignal(input)).toBe(name);
  });

  it.each(['', 'SIG', 'SIGFOO', ' SIGINT', '9', 'toString', 'SIGconstructor'])(
    'refuses %j',
    (input) => {
      expect(normalizeSignal(input)).toBeUndefined();
    },
  );
});

describe('SIGNAL_NUMBERS', () => {
  it('numbers signals as Linux does', () => {
    expect([
      SIGNAL_NUMBERS['SIGINT'],
      SIGNAL_NUMBERS['SIGKILL'],
      SIGNAL_NUMBERS['SIGTERM'],
    ]).toEqual([2, 9, 15]);
  });
});
