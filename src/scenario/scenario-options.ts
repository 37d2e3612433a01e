import { z } from 'zod';

import {
  booleanField,
  enumField,
  expected,
  integerField,
  JOB_TYPES,
  parseInput,
  ParseMemo,
  parsePluginConfig,
  isParsedPluginConfig,
  pluginConfigSchema,
  type JobType,
  type PluginConfig,
  parseZonedTime,
  ZONED_TIME_FORMS,
} from '../config/index.js';
import { isRecord } from './task-input.js';

/** What `scenario()` accepts; every key is optional. */
export interface ScenarioOptions {
  /** Seed of everything random (restart jitter, stats); the same seed gives the same run. @defaultValue 1 */
  seed?: number;
  /**
   * The virtual wall-clock time the scenario starts at: a Date, or an ISO-8601 string with a zone
   * (`'2026-01-01T10:00:00Z'`, `'2026-01-01T10:00:00+02:00'`) or a date alone (`'2026-01-01'`,
   * UTC). A time without a zone is refused: it would be read as local time.
   * @defaultValue 2026-01-01T00:00:00Z
   */
  start?: Date | string;
  /**
   * `'own'`: a clock of the scenario's own, in ns, untouched by the user's fake timers whichever
   * is installed first. `'global'`: the fake clock installed by `vi.useFakeTimers()` or
   * `jest.useFakeTimers()` (install it first), shared with the code under test's own timers;
   * there every delay is rounded up to whole milliseconds.
   * @defaultValue 'own'
   */
  clock?: 'own' | 'global';
  /** Jump to the next timer whenever only waiting is left, so `await` alone moves time. @defaultValue false */
  autoAdvance?: boolean;
  /** The job type of tasks and groups made by the scenario. @defaultValue 'service' */
  jobType?: JobType;
  /** The mock_driver plugin config (`fs_isolation`, `shutdown_periodic_*`). */
  plugin?: unknown;
  /** How many events `toNomad()` keeps per task, like Nomad's cap. @defaultValue 10 */
  maxEvents?: number;
  /**
   * How many timers one run (`advance`, `runUntilIdle`, `until`, an autoAdvance streak) may fire
   * before it stops with an error naming the busiest task. A scenario that never settles (a task
   * restarting forever in `delay` mode) hits it in a few real seconds, within a test runner's
   * timeout; raise it for a run that is just long.
   * @defaultValue 100000
   */
  limit?: number;
  /** Real milliseconds an awaited step may go without virtual progress before it rejects. @defaultValue 2000 */
  hangTimeout?: number;
}

/** The validated options, with defaults filled in. */
export interface ResolvedScenarioOptions {
  seed: number;
  start: Date;
  clock: 'own' | 'global';
  autoAdvance: boolean;
  jobType: JobType;
  plugin: PluginConfig;
  /** The plugin config as written: the driver reads raw input (a number there means seconds). */
  pluginInput: unknown;
  maxEvents: number;
  limit: number;
  hangTimeout: number;
}

/** How many timers one run may fire by default: a scenario that never settles fails in seconds. */
export const DEFAULT_LIMIT = 100_000;

/** The fixed default start: stable absolute times in snapshots and Nomad JSON. */
export const DEFAULT_START = new Date('2026-01-01T00:00:00Z');

const startField = z
  // instanceof rather than z.date(), so an invalid Date reaches the message below.
  .union([z.instanceof(Date), z.string()], { error: expected(`a Date or ${ZONED_TIME_FORMS}`) })
  .transform((value, context) => {
    const date = typeof value === 'string' ? parseZonedTime(value) : value;
    if (date === undefined || Number.isNaN(date.getTime())) {
      context.addIssue({ code: 'custom', input: value, message: startMessage(value) });
      return z.NEVER;
    }
    return date;
  });

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

// A time without a zone is the likely mistake, and the one worth explaining: it would parse,
// as local time, and print differently on every machine.
function startMessage(value: string | Date): string {
  const shown = JSON.stringify(String(value));
  if (typeof value === 'string' && LOCAL_TIME.test(value)) {
    return `${shown} has no zone, so it would be read as local time and differ between machines; expected a Date or ${ZONED_TIME_FORMS}`;
  }
  return `expected a Date or ${ZONED_TIME_FORMS}, got ${shown}`;
}

const optionsSchema = z.strictObject(
  {
    seed: integerField('Seed of everything random.').default(1),
    start: startField.default(DEFAULT_START),
    clock: enumField(['own', 'global'], 'Which clock drives the scenario.').default('own'),
    autoAdvance: booleanField('Jump to the next timer when only waiting is left.').default(false),
    jobType: enumField(JOB_TYPES, 'The job type of tasks and groups.').default('service'),
    plugin: pluginConfigSchema.optional(),
    maxEvents: integerField('Events kept per task in Nomad JSON.', { min: 1 }).default(10),
    limit: integerField('Timers one run may fire.', { min: 1 }).default(DEFAULT_LIMIT),
    hangTimeout: integerField('Real ms without virtual progress.', { min: 1 }).default(2000),
  },
  { error: expected('an object of scenario options') },
);

/** Validates `scenario()`'s options or throws one ConfigError naming every problem. */
export function resolveScenarioOptions(input: unknown): ResolvedScenarioOptions {
  // A config from loadPluginConfig() is validated already; its durations are nanoseconds.
  const given = isRecord(input) ? input['plugin'] : undefined;
  if (isParsedPluginConfig(given)) {
    const rest = { ...(input as Record<string, unknown>) };
    rest['plugin'] = undefined;
    const resolved = resolveScenarioOptions(rest);
    resolved.plugin = given;
    resolved.pluginInput = given;
    return resolved;
  }

  // Most scenarios pass nothing or the same few options: each content is validated once.
  const parsed = parsedOptions.parse(input, () =>
    parseInput(optionsSchema, input === undefined ? {} : input, {
      schema: optionsSchema,
      base: 'options',
      rootLabel: 'options',
      what: 'scenario options',
    }),
  );
  return {
    seed: parsed.seed,
    start: parsed.start,
    clock: parsed.clock,
    autoAdvance: parsed.autoAdvance,
    jobType: parsed.jobType,
    plugin: parsed.plugin ?? parsePluginConfig(),
    pluginInput: isRecord(input) ? input['plugin'] : undefined,
    maxEvents: parsed.maxEvents,
    limit: parsed.limit,
    hangTimeout: parsed.hangTimeout,
  };
}

type ParsedOptions = z.output<typeof optionsSchema>;

const parsedOptions = new ParseMemo(copyParsedOptions);

// Each scenario gets its own start Date and plugin object, as from a fresh parse; the default
// start stays the one shared DEFAULT_START, as zod's default gives it.
function copyParsedOptions(parsed: ParsedOptions): ParsedOptions {
  const copy = { ...parsed };
  if (parsed.start !== DEFAULT_START) copy.start = new Date(parsed.start.getTime());
  if (parsed.plugin !== undefined) copy.plugin = { ...parsed.plugin };
  return copy;
}
