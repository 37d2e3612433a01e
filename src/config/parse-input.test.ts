import { describe, expect, it } from 'vitest';

import { parseMockTaskConfig } from './mock-task-config.js';
import { parseTaskSpec } from './task-spec.js';

describe('parsing input that cannot be read', () => {
  it('reports a getter that throws as a ConfigError naming the input', () => {
    const input = {
      get run_for(): string {
        throw new TypeError('no access');
      },
    };
    expect(() => parseMockTaskConfig(input)).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: config: could not be read: no access]`,
    );
  });

  it('names the root by the path it is given', () => {
    const input = new Proxy(
      {},
      {
        ownKeys() {
          throw new RangeError('revoked');
        },
      },
    );
    expect(() =>
      parseTaskSpec(input, { path: 'groups[0].tasks[0]' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: groups[0].tasks[0]: could not be read: revoked]`,
    );
  });
});
