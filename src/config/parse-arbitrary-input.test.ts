import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ConfigError } from './config-error.js';
import { parseGroupSpec } from './group-spec.js';
import { parseJobSpec } from './job-spec.js';
import { parseMockTaskConfig } from './mock-task-config.js';
import { parsePluginConfig } from './plugin-config.js';
import { resolveRestartPolicy } from './resolve-restart-policy.js';
import { parseTaskSpec } from './task-spec.js';

const PARSERS: readonly [string, (input: unknown) => unknown][] = [
  ['parseMockTaskConfig', (input) => parseMockTaskConfig(input)],
  ['parsePluginConfig', (input) => parsePluginConfig(input)],
  ['parseTaskSpec', (input) => parseTaskSpec(input)],
  ['parseTaskSpec with a group block', (input) => parseTaskSpec({}, { groupRestart: input })],
  ['parseGroupSpec', (input) => parseGroupSpec(input, { jobType: 'batch' })],
  ['parseJobSpec', (input) => parseJobSpec(input)],
  ['resolveRestartPolicy', (input) => resolveRestartPolicy('service', input, input)],
];

const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

const KEYS = [
  ...DANGEROUS_KEYS,
  'run_for',
  'exit_code',
  'stdout_repeat',
  'stdout_repeat_duration',
  'driver_port_map',
  'exec_command',
  'fs_isolation',
  'shutdown_periodic_duration',
  'name',
  'config',
  'kill_signal',
  'kill_timeout',
  'restart',
  'lifecycle',
  'hook',
  'attempts',
  'interval',
  'delay',
  'mode',
  'tasks',
  'count',
  'groups',
  'type',
];

const INTERESTING = fc.constantFrom<unknown>(
  '10s',
  '',
  '1 s',
  '-1h',
  'http:8080',
  'http',
  'delay',
  'batch',
  'TERM',
  'prestart',
  0,
  -0,
  -1,
  1.5,
  1e9,
  2 ** 53,
  1e20,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  NaN,
  Infinity,
  -Infinity,
  true,
  null,
  undefined,
  [],
  {},
);

// Values shaped like our inputs (so parsing gets deep), mixed with anything JSON can hold.
const { value: shaped } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    INTERESTING,
    fc.jsonValue({ maxDepth: 2 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 6 }),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
}));

function nested(depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = wrap(value);
  return value;
}

const DEEP = [
  nested(100_000, 1, (inner) => [inner]),
  nested(100_000, 1, (inner) => ({ exec_command: inner })),
  { config: { exec_command: nested(100_000, {}, (inner) => ({ a: inner })) } },
  { groups: [{ tasks: [{ config: { run_for: nested(100_000, '1s', (inner) => [inner]) } }] }] },
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"config": {"__proto__": {"polluted": true}}, "restart": {"__proto__": null}}'),
  JSON.parse('{"groups": [{"tasks": [{"__proto__": {"name": "x"}}]}]}'),
];

function prototypeState(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype].flatMap((prototype) =>
    Reflect.ownKeys(prototype).map(String),
  );
}

function expectParsedOrConfigError(parse: (input: unknown) => unknown, input: unknown): void {
  let outcome: unknown;
  try {
    outcome = parse(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const { issues, message } = error as ConfigError;
    expect(issues.length).toBeGreaterThan(0);
    expect(message.startsWith('taskdouble: ')).toBe(true);
    // That fallback is for inputs that throw when read; none here do, so it would hide a bug.
    expect(message).not.toContain('could not be read');
    return;
  }
  expect(typeof outcome).toBe('object');
}

describe('every parse function on arbitrary input', () => {
  const before = prototypeState();

  it.each(PARSERS)('%s gives a parsed value or a ConfigError for any JSON value', (_, parse) => {
    fc.assert(fc.property(fc.jsonValue(), (input) => expectParsedOrConfigError(parse, input)));
  });

  it.each(PARSERS)(
    '%s gives a parsed value or a ConfigError for input-shaped values',
    (_, parse) => {
      fc.assert(
        fc.property(shaped, (input) => expectParsedOrConfigError(parse, input)),
        {
          numRuns: 300,
        },
      );
    },
  );

  it.each(PARSERS)('%s survives deep nesting and prototype keys', (_, parse) => {
    for (const input of DEEP) expectParsedOrConfigError(parse, input);
  });

  it('leaves the built-in prototypes untouched', () => {
    expect(prototypeState()).toEqual(before);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
