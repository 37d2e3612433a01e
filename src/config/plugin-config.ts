import { z } from 'zod';

import { durationField } from './duration-field.js';
import { expected } from './expected.js';
import { parseInput } from './parse-input.js';
import { ParseMemo } from './parse-memo.js';
import { booleanField, enumField } from './scalar-fields.js';

/** A validated mock_driver plugin (agent-level) config; the duration in ns. */
export interface PluginConfig {
  fs_isolation: 'none' | 'chroot' | 'image';
  shutdown_periodic_after: boolean;
  shutdown_periodic_duration: number;
}

/**
 * The `plugin "mock_driver" { config { ... } }` block (NOMAD-REFERENCE §1.2). A number for
 * `shutdown_periodic_duration` means seconds, as the mock driver's documentation says.
 */
export const pluginConfigSchema = z
  .strictObject(
    {
      fs_isolation: enumField(
        ['none', 'chroot', 'image'],
        'The filesystem isolation the driver reports.',
      ).default('none'),
      shutdown_periodic_after: booleanField(
        'Whether the driver turns unhealthy after shutdown_periodic_duration.',
      ).default(false),
      shutdown_periodic_duration: durationField(
        'How long after the config is set the driver turns unhealthy.',
        { numberUnit: 'seconds' },
      ).default(0),
    },
    { error: expected('an object of mock_driver plugin settings') },
  )
  .transform((parsed): PluginConfig => ({
    fs_isolation: parsed.fs_isolation,
    shutdown_periodic_after: parsed.shutdown_periodic_after,
    shutdown_periodic_duration: parsed.shutdown_periodic_duration,
  }));

// Parsed configs carry this mark, so parsing one again (the driver and the scenario both parse
// what they are given) returns it as it is instead of reading its nanoseconds as seconds.
const PARSED = Symbol.for('taskdouble.parsedPluginConfig');

/** What `pluginConfigSchema` accepts: every key optional. */
export type PluginConfigInput = z.input<typeof pluginConfigSchema>;

/**
 * Validates a plugin config; no argument means Nomad's defaults.
 *
 * @example parsePluginConfig({ shutdown_periodic_after: true, shutdown_periodic_duration: 5 })
 */
export function parsePluginConfig(input?: unknown): PluginConfig {
  if (isParsedPluginConfig(input)) return input;

  // Every scenario and its driver parse the (mostly default) plugin config: validate it once.
  return pluginConfigs.parse(input, () => {
    const parsed = parseInput(pluginConfigSchema, input === undefined ? {} : input, {
      schema: pluginConfigSchema,
      base: '',
      rootLabel: 'plugin config',
      what: 'plugin config',
    });
    return markParsed(parsed);
  });
}

const pluginConfigs = new ParseMemo((config: PluginConfig) =>
  markParsed({
    fs_isolation: config.fs_isolation,
    shutdown_periodic_after: config.shutdown_periodic_after,
    shutdown_periodic_duration: config.shutdown_periodic_duration,
  }),
);

function markParsed(config: PluginConfig): PluginConfig {
  return Object.defineProperty(config, PARSED, { value: true });
}

/** Whether `value` came out of `parsePluginConfig` (or `loadPluginConfig`) already. */
export function isParsedPluginConfig(value: unknown): value is PluginConfig {
  return typeof value === 'object' && value !== null && PARSED in value;
}
