import { describe, expect, it } from 'vitest';

import { TaskdoubleError } from '../errors/index.js';
import { ConfigError } from './config-error.js';

describe('ConfigError', () => {
  it('prints a single issue inline', () => {
    const error = new ConfigError('task config', [
      { path: 'config.exit_code', message: 'expected an integer, got 1.5' },
    ]);
    expect(error.message).toMatchInlineSnapshot(
      `"taskdouble: config.exit_code: expected an integer, got 1.5"`,
    );
  });

  it('prints several issues under a count, one per line', () => {
    const error = new ConfigError('job', [
      { path: 'groups[0].name', message: 'expected a non-empty string, got ""' },
      { path: 'groups[0].tasks', message: 'expected at least one task, got []' },
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "taskdouble: 2 problems in the job:
        - groups[0].name: expected a non-empty string, got ""
        - groups[0].tasks: expected at least one task, got []"
    `);
  });

  it('is a TaskdoubleError named ConfigError that keeps its issues as data', () => {
    const issues = [{ path: 'config.run_for', message: 'x', nomadMessage: 'y' }];
    const error = new ConfigError('task config', issues);
    expect(error).toBeInstanceOf(TaskdoubleError);
    expect(error.name).toBe('ConfigError');
    expect(error.issues).toEqual(issues);
  });
});
