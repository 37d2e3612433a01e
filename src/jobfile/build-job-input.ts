import type { ConfigIssue } from '../config/index.js';
import { didYouMean, showValue } from '../errors/index.js';
import { blockBodies, blockPath, labeledBlocks, type Body } from './hcl-shape.js';
import {
  IGNORED_KEYS,
  IGNORED_RESTART_KEYS,
  USED_KEYS,
  knownKeys,
  type Level,
} from './ignored-blocks.js';
import { interpolateTaskConfig } from './interpolate.js';
import { unevaluatedIssues } from './substitute-variables.js';

/** A job as either reader gives it: its ID and its body in the HCL parser's shape. */
export interface JobSource {
  id: string;
  body: Body;
  /** What the reader itself left out (top-level blocks other than the job). */
  ignored: string[];
  /**
   * Where a block starts in the file (its path in messages to a sortable number), to keep
   * groups and tasks in file order: the HCL parser sorts block labels by name.
   */
  order?: (path: string) => number | undefined;
  /**
   * Whether an unknown key that is a near miss of a known one is an error (HCL, written by
   * hand) or merely ignored (Nomad's API JSON, whose fields grow with every release).
   */
  strictKeys: boolean;
  /**
   * The file's top-level `variable` value as the parser gives it, when its strings are HCL
   * templates whose `var.<name>` references are evaluated; absent for Nomad's API JSON,
   * which holds values already evaluated.
   */
  variables?: { blocks: unknown };
}

/** The snake_case input for `parseJobSpec`, with what was left out and why. */
export interface JobDraft {
  input: Body;
  ignored: string[];
  notes: string[];
  /** Problems found while reading, before the schema sees the input. */
  issues: ConfigIssue[];
  /** The path in messages of each group of `input.groups`, by index. */
  groupPaths: string[];
  /** The path in messages of each task of each group, by indexes. */
  taskPaths: string[][];
}

const MOCK = 'mock_driver';

/**
 * Turns a job body into the input `parseJobSpec` accepts: the keys the simulation uses are
 * copied, every other key is listed in `ignored`, tasks with another driver are left out (and
 * listed), and each mock_driver config has its runtime variables filled in.
 */
export function buildJobInput(source: JobSource): JobDraft {
  const draft: JobDraft = {
    input: {},
    ignored: [...source.ignored],
    notes: [],
    issues: [],
    groupPaths: [],
    taskPaths: [],
  };
  const { body } = source;
  sortKeys(body, 'job', 'job', draft, source.strictKeys);
  checkEvaluated(body, 'job', 'job', draft, source);

  draft.input['name'] = source.id;
  if (body['type'] !== undefined && body['type'] !== null) draft.input['type'] = body['type'];
  const jobName = typeof body['name'] === 'string' ? body['name'] : source.id;

  const groups = inFileOrder(labeledBlocks(body['group']), 'job', 'group', source.order);
  if (groups === undefined) {
    const got = body['group'] === undefined ? 'no group block' : showValue(body['group']);
    draft.issues.push({
      path: 'job',
      message: `expected group "<name>" { ... } blocks, got ${got}`,
    });
    return draft;
  }

  const inputs: Body[] = [];
  for (const [label, groupBody] of groups) {
    const path = blockPath('job', 'group', label);
    const values = { NOMAD_JOB_ID: source.id, NOMAD_JOB_NAME: jobName, NOMAD_GROUP_NAME: label };
    const group = buildGroup(label, groupBody, path, values, draft, source);
    if (group !== undefined) inputs.push(group);
  }

  if (inputs.length === 0 && draft.issues.length === 0) {
    draft.issues.push({
      path: 'job',
      message: `no task uses driver "${MOCK}" (set driver = "${MOCK}" on the tasks to simulate)`,
    });
  }
  draft.input['groups'] = inputs;
  return draft;
}

function buildGroup(
  label: string,
  body: Body,
  path: string,
  values: Record<string, string>,
  draft: JobDraft,
  source: JobSource,
): Body | undefined {
  sortKeys(body, 'group', path, draft, source.strictKeys);
  checkEvaluated(body, 'group', path, draft, source);
  const group: Body = { name: label };
  copyPresent(body, group, ['count']);

  const restart = singleBlock(body['restart'], `${path}.restart`, draft);
  if (restart !== undefined) group['restart'] = restartInput(restart, `${path}.restart`, draft);

  const tasks = inFileOrder(labeledBlocks(body['task']), path, 'task', source.order) ?? [];
  if (tasks.length === 0 && body['task'] !== undefined) {
    draft.issues.push({
      path: `${path}.task`,
      message: `expected task "<name>" { ... } blocks, got ${showValue(body['task'])}`,
    });
  }

  // The spec is per group: per-allocation variables get allocation 0 where they must be
  // resolved now, and are kept for interpolateConfig in text keys.
  const groupValues = {
    ...values,
    NOMAD_ALLOC_INDEX: '0',
    NOMAD_ALLOC_NAME: `${values['NOMAD_JOB_ID'] ?? ''}.${label}[0]`,
  };
  const taskInputs: Body[] = [];
  const taskPaths: string[] = [];
  for (const [taskLabel, taskBody] of tasks) {
    const taskPath = blockPath(path, 'task', taskLabel);
    const taskValues = { ...groupValues, NOMAD_TASK_NAME: taskLabel };
    const task = buildTask(taskLabel, taskBody, taskPath, taskValues, draft, source);
    if (task === undefined) continue;
    taskInputs.push(task);
    taskPaths.push(taskPath);
  }

  if (taskInputs.length === 0) {
    if (tasks.length > 0) {
      draft.ignored.push(`${path}: no task uses driver "${MOCK}"`);
    } else if (body['task'] === undefined) {
      const message = `has no task block (write task "<name>" { driver = "${MOCK}" })`;
      draft.issues.push({ path, message });
    }
    return undefined;
  }

  group['tasks'] = taskInputs;
  draft.groupPaths.push(path);
  draft.taskPaths.push(taskPaths);
  return group;
}

function buildTask(
  label: string,
  body: Body,
  path: string,
  values: Record<string, string>,
  draft: JobDraft,
  source: JobSource,
): Body | undefined {
  checkEvaluated(body, 'task', path, draft, source);
  const driver = body['driver'];
  if (driver === undefined || driver === null) {
    draft.issues.push({
      path: `${path}.driver`,
      message: `missing (write driver = "${MOCK}" to simulate this task)`,
    });
    return undefined;
  }
  if (driver !== MOCK) {
    draft.ignored.push(`${path}: driver ${showValue(driver)}`);
    return undefined;
  }

  sortKeys(body, 'task', path, draft, source.strictKeys);
  const task: Body = { name: label, driver };
  copyPresent(body, task, ['kill_timeout', 'kill_signal', 'leader', 'shutdown_delay']);

  const config = singleBlock(body['config'], `${path}.config`, draft);
  if (config !== undefined) {
    task['config'] = interpolateTaskConfig(configInput(config), {
      path: `${path}.config`,
      values,
      notes: draft.notes,
    });
  }

  const lifecycle = singleBlock(body['lifecycle'], `${path}.lifecycle`, draft);
  if (lifecycle !== undefined) task['lifecycle'] = lifecycle;

  const restart = singleBlock(body['restart'], `${path}.restart`, draft);
  if (restart !== undefined) task['restart'] = restartInput(restart, `${path}.restart`, draft);
  return task;
}

function inFileOrder(
  blocks: [string, Body][] | undefined,
  parent: string,
  type: string,
  order: JobSource['order'],
): [string, Body][] | undefined {
  if (blocks === undefined || order === undefined) return blocks;
  const at = (label: string): number => order(blockPath(parent, type, label)) ?? Infinity;
  return [...blocks].sort(([a], [b]) => at(a) - at(b));
}

/** Lists the keys a level does not use; a near miss of a known key is a typo and an issue. */
function sortKeys(body: Body, level: Level, path: string, draft: JobDraft, strict: boolean): void {
  for (const key of Object.keys(body)) {
    if (USED_KEYS[level].includes(key)) continue;

    const suggestion =
      strict && !IGNORED_KEYS[level].includes(key) ? didYouMean(key, knownKeys(level)) : undefined;
    if (suggestion === undefined) draft.ignored.push(`${path}.${key}`);
    else
      draft.issues.push({
        path: `${path}.${key}`,
        message: `unknown key (did you mean "${suggestion}"?)`,
      });
  }
}

/**
 * An HCL expression left unevaluated in a key the simulation uses is an issue, never text
 * (Nomad's API JSON holds evaluated values only).
 */
function checkEvaluated(
  body: Body,
  level: Level,
  path: string,
  draft: JobDraft,
  source: JobSource,
): void {
  if (source.variables === undefined) return;
  for (const key of USED_KEYS[level]) {
    if (key === 'group' || key === 'task' || body[key] === undefined) continue;
    draft.issues.push(...unevaluatedIssues(body[key], `${path}.${key}`));
  }
}

function copyPresent(from: Body, to: Body, keys: readonly string[]): void {
  for (const key of keys) {
    const value = from[key];
    if (value !== undefined && value !== null) to[key] = value;
  }
}

/**
 * The one body of a block that may appear once (`config`, `restart`, `lifecycle`). A value that
 * is not a block is passed on as it is, for the schema to say what it expected.
 */
function singleBlock(value: unknown, path: string, draft: JobDraft): unknown {
  if (value === undefined || value === null) return undefined;
  const bodies = blockBodies(value);
  if (bodies === undefined) return value;

  if (bodies.length > 1) {
    draft.issues.push({ path, message: `only one block is allowed here, found ${bodies.length}` });
  }
  return bodies[0];
}

function restartInput(restart: unknown, path: string, draft: JobDraft): unknown {
  if (typeof restart !== 'object' || restart === null) return restart;

  const input: Body = {};
  for (const [key, value] of Object.entries(restart)) {
    if (IGNORED_RESTART_KEYS.includes(key)) draft.ignored.push(`${path}.${key}`);
    else if (value !== null) input[key] = value;
  }
  return input;
}

// The parser gives the `exec_command` block as a list of one body, and `x = null` means unset.
function configInput(config: unknown): Body {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return config as Body;

  const input: Body = {};
  for (const [key, value] of Object.entries(config)) {
    if (value === null) continue;
    const bodies = key === 'exec_command' ? blockBodies(value) : undefined;
    input[key] = bodies?.length === 1 ? bodies[0] : value;
  }
  return input;
}
