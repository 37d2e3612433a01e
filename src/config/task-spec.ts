import { z } from 'zod';

import { ConfigError, type ConfigIssue } from './config-error.js';
import { durationField } from './duration-field.js';
import { expected } from './expected.js';
import { killSignalField } from './kill-signal-field.js';
import {
  copyMockTaskConfig,
  mockTaskConfigSchema,
  type MockTaskConfig,
} from './mock-task-config.js';
import { checkInput, valueOrCollect } from './parse-input.js';
import { ParseMemo } from './parse-memo.js';
import { reportPolicyProblems, reporterFor, type ReportProblem } from './report-problem.js';
import { jobTypeOption, mergeRestartPolicy, policyIssues } from './resolve-restart-policy.js';
import {
  defaultRestartPolicy,
  restartPolicySchema,
  type JobType,
  type RestartPolicy,
  type RestartPolicyOverride,
} from './restart-policy.js';
import { booleanField, enumField, nameField } from './scalar-fields.js';

/** When a task runs relative to the group's main tasks. */
export interface Lifecycle {
  hook: 'prestart' | 'poststart' | 'poststop';
  sidecar: boolean;
}

/** A validated task: Nomad's defaults filled in, its restart policy resolved, times in ns. */
export interface TaskSpec {
  name: string;
  driver: 'mock_driver';
  config: MockTaskConfig;
  kill_timeout: number;
  kill_signal: string;
  /** The task's restart block over its group's, over the job type's default; checked. */
  restart: RestartPolicy;
  lifecycle: Lifecycle | undefined;
  leader: boolean;
  shutdown_delay: number;
}

const lifecycleSchema = z.strictObject(
  {
    hook: enumField(['prestart', 'poststart', 'poststop'], 'When the task runs.'),
    sidecar: booleanField('Whether the task keeps running beside the main tasks.').default(false),
  },
  { error: expected('an object with a hook and an optional sidecar') },
);

/** A task as written, each key checked, before its restart policy is resolved. */
export const taskShape = z.strictObject(
  {
    name: nameField('task', 'The task name, unique within its group.'),
    driver: z
      .literal('mock_driver', {
        error: expected('"mock_driver" (the driver taskdouble simulates)'),
      })
      .default('mock_driver'),
    config: mockTaskConfigSchema.prefault({}),
    kill_timeout: durationField('How long a stop waits before force killing.', {
      nonNegative: true,
    }).default(5e9),
    kill_signal: killSignalField('The signal a stop sends first.').default('SIGINT'),
    restart: restartPolicySchema.optional(),
    lifecycle: lifecycleSchema.optional(),
    leader: booleanField('Whether the group stops when this task dies.').default(false),
    shutdown_delay: durationField('Wait between deregistering and killing the task.', {
      nonNegative: true,
    }).default(0),
  },
  { error: expected('an object of task settings') },
);

type TaskShape = z.output<typeof taskShape>;

/**
 * The TaskSpec of a parsed task whose restart block goes over `groupPolicy`; the merged
 * policy's problems are reported under `at` (the task's path).
 */
export function completeTask(
  shape: TaskShape,
  groupPolicy: RestartPolicy,
  report: ReportProblem,
  at: readonly PropertyKey[],
): TaskSpec {
  const restart = mergeRestartPolicy(groupPolicy, shape.restart);
  // A task without a block inherits a policy its group has already been checked for.
  if (shape.restart !== undefined) reportPolicyProblems(restart, report, [...at, 'restart']);

  return {
    name: shape.name,
    driver: shape.driver,
    config: shape.config,
    kill_timeout: shape.kill_timeout,
    kill_signal: shape.kill_signal,
    restart,
    lifecycle: shape.lifecycle,
    leader: shape.leader,
    shutdown_delay: shape.shutdown_delay,
  };
}

/** The task schema for a job type and (already parsed) group restart block. */
export function taskSpecSchemaFor(jobType: JobType, groupRestart?: RestartPolicyOverride) {
  const groupPolicy = mergeRestartPolicy(defaultRestartPolicy(jobType), groupRestart);
  return taskShape.transform((shape, context) =>
    completeTask(shape, groupPolicy, reporterFor(context), []),
  );
}

/** A task of a service job outside any group block: partial input, Nomad's defaults. */
export const taskSpecSchema = taskSpecSchemaFor('service');

/** What the task schemas accept. */
export type TaskSpecInput = z.input<typeof taskShape>;

/** Options of `parseTaskSpec`. */
export interface ParseTaskSpecOptions {
  /** Picks the default restart policy. @defaultValue 'service' */
  jobType?: JobType;
  /** The enclosing group's raw restart block, which the task's block goes over. */
  groupRestart?: unknown;
  /** Path of the task in messages (`groups[0].tasks[1]`); top-level keys by default. */
  path?: string;
}

/**
 * Validates a task: partial input, Nomad's defaults, the restart policy resolved and checked.
 * No argument means a task with all defaults.
 *
 * @example parseTaskSpec({ name: 'web', config: { run_for: '30s' }, restart: { attempts: 1 } })
 */
export function parseTaskSpec(input?: unknown, options: ParseTaskSpecOptions = {}): TaskSpec {
  // Tests write the same few tasks over and over, often under other names: each content is
  // validated once, and a valid name, which only ends up as the spec's name, is set on the copy.
  const { name, rest } = splitName(input);
  const content = {
    input: rest,
    jobType: options.jobType,
    groupRestart: options.groupRestart,
    path: options.path,
  };
  const spec = taskSpecs.parse(content, () => parseTaskSpecFresh(input, options));
  if (name !== undefined) spec.name = name;
  return spec;
}

// A task's own keys but `name`, when its name is one the schema takes as it is (a non-empty
// string) and the rest copies exactly (a plain object, no hidden or `__proto__` key, no getter
// that throws); otherwise the input itself, name included.
function splitName(input: unknown): { name: string | undefined; rest: unknown } {
  const whole = { name: undefined, rest: input };
  if (typeof input !== 'object' || input === null) return whole;
  const prototype: unknown = Object.getPrototypeOf(input);
  if (prototype !== Object.prototype && prototype !== null) return whole;

  try {
    const record = input as Record<string, unknown>;
    const name = record['name'];
    if (typeof name !== 'string' || name === '' || !Object.hasOwn(record, 'name')) return whole;

    const keys = Object.keys(record);
    if (keys.includes('__proto__')) return whole;
    if (keys.length !== Object.getOwnPropertyNames(record).length) return whole;

    const rest: Record<string, unknown> = prototype === null ? Object.create(null) : {};
    for (const key of keys) if (key !== 'name') rest[key] = record[key];
    return { name, rest };
  } catch {
    // A getter that throws: the parse reports it.
    return whole;
  }
}

const taskSpecs = new ParseMemo(copyTaskSpec);

function parseTaskSpecFresh(input: unknown, options: ParseTaskSpecOptions): TaskSpec {
  const issues: ConfigIssue[] = [];
  const jobType = jobTypeOption(options.jobType, issues);
  const groupRestart = parseGroupRestart(options.groupRestart, jobType, issues);

  const schema =
    groupRestart === undefined
      ? defaultTaskSchema(jobType)
      : taskSpecSchemaFor(jobType, groupRestart);
  const task = valueOrCollect(
    checkInput(schema, input === undefined ? {} : input, {
      schema,
      base: options.path ?? '',
      rootLabel: 'task',
    }),
    issues,
  );

  if (task === undefined || issues.length > 0) throw new ConfigError('task', issues);
  return task;
}

// Building a schema costs more than most parses with it: one per job type, made on first use.
const defaultTaskSchemas = new Map<JobType, ReturnType<typeof taskSpecSchemaFor>>();

function defaultTaskSchema(jobType: JobType): ReturnType<typeof taskSpecSchemaFor> {
  let schema = defaultTaskSchemas.get(jobType);
  if (schema === undefined) {
    schema = taskSpecSchemaFor(jobType);
    defaultTaskSchemas.set(jobType, schema);
  }
  return schema;
}

/** An independent copy of a validated task, for a memo that hands out one result many times. */
function copyTaskSpec(spec: TaskSpec): TaskSpec {
  const { lifecycle } = spec;
  return {
    name: spec.name,
    driver: spec.driver,
    config: copyMockTaskConfig(spec.config),
    kill_timeout: spec.kill_timeout,
    kill_signal: spec.kill_signal,
    restart: { ...spec.restart },
    lifecycle: lifecycle === undefined ? undefined : { ...lifecycle },
    leader: spec.leader,
    shutdown_delay: spec.shutdown_delay,
  };
}

// The group's block is checked on its own first: its problems are the group's, not the task's.
function parseGroupRestart(
  raw: unknown,
  jobType: JobType,
  issues: ConfigIssue[],
): RestartPolicyOverride | undefined {
  if (raw === undefined) return undefined;
  const base = 'group.restart';
  const override = valueOrCollect(
    checkInput(restartPolicySchema, raw, { schema: restartPolicySchema, base, rootLabel: base }),
    issues,
  );
  if (override === undefined) return undefined;

  issues.push(...policyIssues(mergeRestartPolicy(defaultRestartPolicy(jobType), override), base));
  return override;
}
