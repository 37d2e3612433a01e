import { describe, expect, it } from 'vitest';

import { formatPath } from './format-path.js';

describe('formatPath', () => {
  it.each([
    ['config', ['run_for'], 'config.run_for'],
    ['', ['groups', 0, 'tasks', 1, 'config', 'exit_code'], 'groups[0].tasks[1].config.exit_code'],
    ['', ['kill_signal'], 'kill_signal'],
    ['config', ['foo bar'], 'config["foo bar"]'],
    ['', ['1st'], '["1st"]'],
    ['config', [], 'config'],
    ['', [], 'task'],
  ] as const)('renders %j + %j as %j', (base, segments, path) => {
    expect(formatPath(base, segments, 'task')).toBe(path);
  });
});
