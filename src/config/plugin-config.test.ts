import { describe, expect, it } from 'vitest';

import { parsePluginConfig } from './plugin-config.js';

describe('parsePluginConfig', () => {
  it('defaults every key as Nomad does', () => {
    expect(parsePluginConfig()).toEqual({
      fs_isolation: 'none',
      shutdown_periodic_after: false,
      shutdown_periodic_duration: 0,
    });
  });

  it.each(['none', 'chroot', 'image'] as const)('accepts fs_isolation %j', (value) => {
    expect(parsePluginConfig({ fs_isolation: value }).fs_isolation).toBe(value);
  });

  it.each([
    [5, 5e9],
    [1.5, 1.5e9],
    [0.001, 1e6],
    ['5s', 5e9],
    ['250ms', 2.5e8],
    ['', 0],
  ])('reads shutdown_periodic_duration %j (a number is seconds) as %d ns', (input, ns) => {
    expect(
      parsePluginConfig({ shutdown_periodic_duration: input }).shutdown_periodic_duration,
    ).toBe(ns);
  });

  it('refuses an isolation mode it does not know', () => {
    expect(() => parsePluginConfig({ fs_isolation: 'unveil' })).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: fs_isolation: expected "none", "chroot" or "image", got "unveil"]`,
    );
  });

  it('refuses a duration in seconds past 2^53 ns by its raw value', () => {
    expect(() =>
      parsePluginConfig({ shutdown_periodic_duration: 1e8 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: shutdown_periodic_duration: 100000000 is not a duration: longer than 2^53 ns (about 104 days)]`,
    );
  });

  it('says a plain number means seconds when the type is wrong', () => {
    expect(() =>
      parsePluginConfig({ shutdown_periodic_duration: false }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: shutdown_periodic_duration: expected a duration (a string such as "1m30s" or a number of seconds), got false]`,
    );
  });

  it('refuses a string boolean, an unknown key and a non-object', () => {
    expect(() => parsePluginConfig({ shutdown_periodic_after: 'true', fs_isolaton: 'none' }))
      .toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: taskdouble: 2 problems in the plugin config:
        - shutdown_periodic_after: expected true or false, got "true"
        - fs_isolaton: unknown key (did you mean "fs_isolation"?)]
    `);
    expect(() => parsePluginConfig(null)).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: taskdouble: plugin config: expected an object of mock_driver plugin settings, got null]`,
    );
  });
});

describe('parsePluginConfig on a parsed config', () => {
  it('returns it as it is, so its nanoseconds are not read as seconds again', () => {
    const parsed = parsePluginConfig({
      shutdown_periodic_after: true,
      shutdown_periodic_duration: 3,
    });

    expect(parsePluginConfig(parsed)).toBe(parsed);
    expect(parsePluginConfig(parsed).shutdown_periodic_duration).toBe(3e9);
    expect(Object.keys(parsed)).toEqual([
      'fs_isolation',
      'shutdown_periodic_after',
      'shutdown_periodic_duration',
    ]);
  });
});
