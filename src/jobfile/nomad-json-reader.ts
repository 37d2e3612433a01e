import { ConfigError, type ConfigIssue } from '../config/index.js';
import { formatDuration, parseDuration } from '../duration/index.js';
import { showValue } from '../errors/index.js';
import type { JobSource } from './build-job-input.js';
import { blockPath, isBody, type Body } from './hcl-shape.js';
import { jobSourceFromHcl } from './hcl-job.js';
import { parseJsonText } from './json-text.js';
import { JSON_NAMES, NANOSECOND_FIELDS } from './nomad-json-names.js';

/**
 * Reads a Nomad API JSON job (`{"Job": {...}}` as `nomad job run -output` prints it, or the
 * bare job object) into the HCL parser's shape, so both formats go through one path: PascalCase
 * fields get their HCL names, nanosecond durations become Go duration strings, and unset
 * fields (null, empty, false, zero) are dropped. A document in HCL's own JSON syntax
 * (`{"job": {"mock": {...}}}`) is read as HCL.
 */
export function jobSourceFromJson(text: string, filename: string): JobSource {
  const document = parseJsonText(text, filename, 'job file');

  if (isBody(document) && 'job' in document) return jobSourceFromHcl(document, filename);
  const job = isBody(document) && isBody(document['Job']) ? document['Job'] : document;
  if (!isBody(job)) {
    throw new ConfigError(`job file ${filename}`, [
      {
        path: filename,
        message: `expected a Nomad JSON job ({"Job": {...}}), got ${showValue(document)}`,
      },
    ]);
  }

  const issues: ConfigIssue[] = [];
  const id = job['ID'] ?? job['Name'];
  if (typeof id !== 'string' || id === '') {
    issues.push({
      path: 'job.ID',
      message: `expected the job's ID as a string, got ${showValue(id)}`,
    });
  }

  const body = convert(job, 'job', 'job', issues);
  if (job['Name'] === id) delete body['name'];
  const groups = labeled(job['TaskGroups'], 'job', 'group', issues, (group, path) => {
    const groupBody = convert(group, 'group', path, issues);
    groupBody['restart'] = restart(group['RestartPolicy'], `${path}.restart`, issues);
    groupBody['task'] = labeled(group['Tasks'], path, 'task', issues, (task, taskPath) => {
      const taskBody = convert(task, 'task', taskPath, issues);
      taskBody['restart'] = restart(task['RestartPolicy'], `${taskPath}.restart`, issues);
      if (isBody(task['Lifecycle']))
        taskBody['lifecycle'] = convert(task['Lifecycle'], 'lifecycle', taskPath, issues);
      return taskBody;
    });
    return groupBody;
  });
  body['group'] = groups;

  if (issues.length > 0) throw new ConfigError(`job file ${filename}`, issues);
  return { id: String(id), body: dropUndefined(body), ignored: [], strictKeys: false };
}

type Level = keyof typeof JSON_NAMES;

/** One level's fields under their HCL names; nested levels are converted by the caller. */
function convert(value: Body, level: Level, path: string, issues: ConfigIssue[]): Body {
  const names: Readonly<Record<string, string>> = JSON_NAMES[level];
  const body: Body = {};

  for (const [key, raw] of Object.entries(value)) {
    if (key === 'ID' || (key === 'Name' && level !== 'job') || isUnset(key, raw)) continue;
    const name = names[key] ?? key;
    body[name] = NANOSECOND_FIELDS.has(name) ? nanoseconds(raw, `${path}.${name}`, issues) : raw;
  }
  return body;
}

// Zero and false are Nomad's defaults for most fields, so a value that is neither was set on
// purpose; durations and counts keep their zero, which differs from their default.
function isUnset(key: string, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (key === 'Count' || key === 'KillTimeout' || key === 'Interval' || key === 'Delay')
    return false;
  if (value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isBody(value) && Object.keys(value).length === 0;
}

function nanoseconds(value: unknown, path: string, issues: ConfigIssue[]): unknown {
  if (typeof value !== 'number') return value;
  if (!Number.isSafeInteger(value)) {
    issues.push({
      path,
      message: `expected integer nanoseconds (Nomad JSON durations: 5000000000 = 5s), got ${showValue(value)}`,
    });
    return value;
  }

  // Go's rendering reads well and parses back exactly for nearly every value; the rest stay
  // in nanoseconds.
  const text = formatDuration(value);
  return parseDuration(text) === value ? text : `${value}ns`;
}

function restart(value: unknown, path: string, issues: ConfigIssue[]): unknown {
  if (value === null || value === undefined) return undefined;
  return isBody(value) ? convert(value, 'restart', path, issues) : value;
}

/** `[{Name: "web", ...}]` as labeled blocks: `{ web: [body] }`. */
function labeled(
  value: unknown,
  parent: string,
  type: string,
  issues: ConfigIssue[],
  build: (item: Body, path: string) => Body,
): Body | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Array.isArray(value)) {
    issues.push({
      path: `${parent}.${type}`,
      message: `expected an array, got ${showValue(value)}`,
    });
    return undefined;
  }

  const blocks: Record<string, Body[]> = {};
  value.forEach((item: unknown, index) => {
    const name = isBody(item) ? item['Name'] : undefined;
    if (!isBody(item) || typeof name !== 'string' || name === '') {
      issues.push({
        path: `${parent}.${type}[${index}].Name`,
        message: `expected a name, got ${showValue(name ?? item)}`,
      });
      return;
    }
    (blocks[name] ??= []).push(dropUndefined(build(item, blockPath(parent, type, name))));
  });
  return blocks;
}

function dropUndefined(body: Body): Body {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}
