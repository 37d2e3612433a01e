import { describe, expect, it } from 'vitest';

import { killCause, type KillCauseTask } from './kill-cause.js';

const task = (name: string, overrides: Partial<KillCauseTask> = {}): KillCauseTask => ({
  name,
  role: 'main',
  leader: false,
  state: 'running',
  failed: false,
  ...overrides,
});

describe('killCause', () => {
  it.each<[string, KillCauseTask[], ReturnType<typeof killCause>]>([
    ['nothing while every task runs', [task('a'), task('b')], undefined],
    [
      'nothing for a main task that finished well',
      [task('a', { state: 'dead' }), task('b')],
      undefined,
    ],
    [
      'Sibling Task Failed naming the first failed task',
      [
        task('a'),
        task('b', { state: 'dead', failed: true }),
        task('c', { state: 'dead', failed: true }),
      ],
      { type: 'Sibling Task Failed', failedSibling: 'b' },
    ],
    [
      'Leader Task Dead for a leader that finished well',
      [task('a', { leader: true, state: 'dead' }), task('b')],
      { type: 'Leader Task Dead' },
    ],
    [
      'Leader Task Dead over a failed sibling',
      [
        task('a', { state: 'dead', failed: true }),
        task('l', { leader: true, state: 'dead' }),
        task('b'),
      ],
      { type: 'Leader Task Dead' },
    ],
    [
      'Sibling Task Failed for a leader that failed',
      [task('l', { leader: true, state: 'dead', failed: true }), task('b')],
      { type: 'Sibling Task Failed', failedSibling: 'l' },
    ],
    [
      'Main Tasks Dead when only sidecars are left',
      [task('a', { state: 'dead' }), task('s', { role: 'prestart-sidecar' })],
      { type: 'Main Tasks Dead' },
    ],
    ['nothing when every task is dead', [task('a', { state: 'dead', failed: true })], undefined],
    [
      'nothing for poststop tasks',
      [task('a', { state: 'dead', failed: true, role: 'poststop' }), task('b')],
      undefined,
    ],
  ])('gives %s', (_, tasks, expected) => {
    expect(killCause(tasks)).toEqual(expected);
  });
});
