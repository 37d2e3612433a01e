import { describe, expect, it } from 'vitest';

import { parsePluginConfig } from '../config/index.js';
import { DEFAULT_START, resolveScenarioOptions } from './scenario-options.js';

describe('resolveScenarioOptions on options seen before', () => {
  it('gives the same resolved options for the same content, in fresh objects', () => {
    const first = resolveScenarioOptions({ jobType: 'batch', plugin: { fs_isolation: 'image' } });
    const second = resolveScenarioOptions({ jobType: 'batch', plugin: { fs_isolation: 'image' } });

    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second.plugin).not.toBe(first.plugin);
  });

  it('gives every scenario its own start Date, so changing one reaches no other', () => {
    const first = resolveScenarioOptions({ start: '2030-05-06T07:08:09Z' });
    first.start.setTime(0);

    expect(resolveScenarioOptions({ start: '2030-05-06T07:08:09Z' }).start.toISOString()).toBe(
      '2030-05-06T07:08:09.000Z',
    );
  });

  it('keeps the Date it was given, and the shared default when given none', () => {
    const start = new Date('2030-05-06T07:08:09Z');

    expect(resolveScenarioOptions({ start }).start).toBe(start);
    expect(resolveScenarioOptions(undefined).start).toBe(DEFAULT_START);
  });

  it('keeps the raw plugin input and a parsed config given as is', () => {
    const raw = { shutdown_periodic_after: true, shutdown_periodic_duration: 5 };
    const parsed = parsePluginConfig(raw);

    expect(resolveScenarioOptions({ plugin: raw }).pluginInput).toBe(raw);
    expect(resolveScenarioOptions({ plugin: parsed })).toMatchObject({
      plugin: parsed,
      pluginInput: parsed,
    });
  });

  it('refuses a bad option with the same words after the same key was fine', () => {
    resolveScenarioOptions({ seed: 1 });

    expect(() => resolveScenarioOptions({ seed: 1.5 })).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: options.seed: expected an integer, got 1.5]`,
    );
  });
});
