import { describe, expect, it } from 'vitest';

import { clientStatus } from './client-status.js';
import type { TaskStateName } from './task-state.js';

const t = (state: TaskStateName, failed = false): { state: TaskStateName; failed: boolean } => ({
  state,
  failed,
});

describe('clientStatus', () => {
  it.each([
    ['failed', [t('running'), t('dead', true)]],
    ['running', [t('pending'), t('running'), t('dead')]],
    ['pending', [t('pending'), t('dead')]],
    ['complete', [t('dead'), t('dead')]],
    ['running', [t('running', true)]],
  ] as const)('is %s for %j', (expected, tasks) => {
    expect(clientStatus(tasks)).toBe(expected);
  });
});
