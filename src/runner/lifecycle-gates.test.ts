import { describe, expect, it } from 'vitest';

import {
  mayRun,
  nextStage,
  roleOf,
  type GateTask,
  type LifecycleStage,
} from './lifecycle-gates.js';

const task = (role: GateTask['role'], state: GateTask['state'], failed = false): GateTask => ({
  role,
  state,
  failed,
});

describe('roleOf', () => {
  it.each([
    [undefined, 'main'],
    [{ hook: 'prestart', sidecar: false }, 'prestart'],
    [{ hook: 'prestart', sidecar: true }, 'prestart-sidecar'],
    [{ hook: 'poststart', sidecar: false }, 'poststart'],
    [{ hook: 'poststart', sidecar: true }, 'poststart-sidecar'],
    [{ hook: 'poststop', sidecar: true }, 'poststop'],
  ] as const)('gives %j the role %s', (lifecycle, role) => {
    expect(roleOf(lifecycle)).toBe(role);
  });
});

describe('mayRun', () => {
  it.each<[LifecycleStage, string[]]>([
    ['prestart', ['prestart', 'prestart-sidecar']],
    ['main', ['prestart-sidecar', 'main']],
    ['poststart', ['prestart-sidecar', 'main', 'poststart', 'poststart-sidecar']],
    ['poststop', ['poststop']],
  ])('lets %s start %j', (stage, roles) => {
    const all = [
      'prestart',
      'prestart-sidecar',
      'main',
      'poststart',
      'poststart-sidecar',
      'poststop',
    ] as const;
    expect(all.filter((role) => mayRun(stage, role))).toEqual(roles);
  });
});

describe('nextStage', () => {
  it.each<[string, LifecycleStage, GateTask[], LifecycleStage]>([
    [
      'stays in prestart while an ephemeral prestart runs',
      'prestart',
      [task('prestart', 'running'), task('main', 'pending')],
      'prestart',
    ],
    [
      'stays in prestart after a prestart failed',
      'prestart',
      [task('prestart', 'dead', true), task('main', 'pending')],
      'prestart',
    ],
    [
      'waits for a prestart sidecar to run',
      'prestart',
      [task('prestart-sidecar', 'pending'), task('main', 'pending')],
      'prestart',
    ],
    [
      'opens main once prestart is done',
      'prestart',
      [task('prestart', 'dead'), task('prestart-sidecar', 'running'), task('main', 'pending')],
      'main',
    ],
    [
      'opens poststart once no main task is pending',
      'main',
      [task('main', 'running'), task('poststart', 'pending')],
      'poststart',
    ],
    [
      'waits for the alloc once poststart is done',
      'poststart',
      [task('main', 'running'), task('poststart', 'dead')],
      'wait',
    ],
    ['skips empty stages', 'prestart', [task('main', 'running')], 'wait'],
    [
      'reaches poststop from any stage once the rest is dead',
      'prestart',
      [task('prestart', 'dead', true), task('main', 'dead'), task('poststop', 'pending')],
      'poststop',
    ],
  ])('%s', (_, stage, tasks, expected) => {
    expect(nextStage(stage, tasks)).toBe(expected);
  });
});
