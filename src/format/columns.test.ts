import { describe, expect, it } from 'vitest';

import { columns } from './columns.js';

describe('columns', () => {
  it('pads each column to its widest cell, two spaces apart, the last one unpadded', () => {
    expect(
      columns([
        ['Time', 'Type', 'Description'],
        ['2026-01-01T00:00:00Z', 'Received', 'Task received by client'],
        ['x', 'Started', 'ok'],
      ]),
    ).toStrictEqual([
      'Time                  Type      Description',
      '2026-01-01T00:00:00Z  Received  Task received by client',
      'x                     Started   ok',
    ]);
  });

  it('counts µ as one column and leaves no trailing spaces', () => {
    expect(
      columns([
        ['1µs', 'a', ''],
        ['10ms', 'b', ''],
      ]),
    ).toStrictEqual(['1µs   a', '10ms  b']);
  });

  it('gives no lines for no rows', () => {
    expect(columns([])).toStrictEqual([]);
  });
});
