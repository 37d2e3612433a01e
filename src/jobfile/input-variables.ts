import type { ConfigIssue } from '../config/index.js';
import { didYouMean, showValue } from '../errors/index.js';
import { blockPath, labeledBlocks, type Body } from './hcl-shape.js';

/**
 * Values given for a job file's input variables, by name: what `nomad job run -var name=value`
 * gives. Text is converted to the variable's declared `type` (string, number or bool).
 */
export type JobVariables = Readonly<Record<string, string | number | boolean>>;

/**
 * How the caller took the given values, so that messages name one as it was written:
 * `vars.dur = "5s"` (the `vars` of `loadJob` and `parseJob`) or `--var dur="5s"` (the CLI).
 */
export type VarsGivenAs = 'vars' | '--var';

/** The variables of a job file with their values, and what was wrong with them. */
export interface ResolvedVariables {
  /** Each declared variable that has a value (given, else its default). */
  values: ReadonlyMap<string, unknown>;
  /** Every declared name, for did-you-mean. */
  declared: readonly string[];
  /** Keys of `variable` blocks the simulation does not check (`validation`). */
  ignored: string[];
  issues: ConfigIssue[];
}

// Keys a `variable` block may hold in Nomad; only these three matter for a simulation.
const USED = ['default', 'type', 'description'];
const OTHERS = ['sensitive', 'nullable', 'validation'];

/** The types whose values may be given as text. Others (list, map, object...) may only default. */
const SCALAR_TYPES = ['string', 'number', 'bool', 'any'];
const COMPLEX_TYPE = /^(?:list|map|set|object|tuple)\b/;

/**
 * Reads the `variable "<name>" { ... }` blocks (`blocks`: the file's top-level `variable`
 * value, if any) and gives each its value: the one given by the caller, else its default.
 * A variable with neither, a given value for a name not declared, and a value that does not
 * convert to the declared type are issues.
 */
export function resolveVariables(
  blocks: unknown,
  given: JobVariables,
  filename: string,
  order: (path: string) => number | undefined = () => undefined,
  givenAs: VarsGivenAs = 'vars',
): ResolvedVariables {
  const result = {
    values: new Map<string, unknown>(),
    declared: [] as string[],
    ignored: [] as string[],
    issues: [] as ConfigIssue[],
  };
  const declarations = blocks === undefined ? [] : labeledBlocks(blocks);
  if (declarations === undefined) {
    const message = `expected variable "<name>" { ... } blocks, got ${showValue(blocks)}`;
    result.issues.push({ path: 'variable', message });
    return result;
  }

  // The parser sorts labels by name; messages list the variables in file order.
  const at = (name: string): number => order(pathOf(name)) ?? Infinity;
  const inFileOrder = [...declarations].sort(([a], [b]) => at(a) - at(b));

  for (const [name, body] of inFileOrder) {
    const path = pathOf(name);
    if (result.declared.includes(name)) {
      result.issues.push({ path, message: 'is declared twice (declare each variable once)' });
      continue;
    }
    result.declared.push(name);
    declare(name, body, path, given, result);
  }

  for (const [name, value] of Object.entries(given)) {
    if (result.declared.includes(name)) continue;
    result.issues.push(undeclared(name, value, givenAs, filename, result.declared));
  }
  return result;
}

/**
 * A value given for a name the file does not declare, named as the caller wrote it:
 * `--var durr="5s": job.nomad.hcl declares no variable "durr" (did you mean "dur"?)`.
 */
function undeclared(
  name: string,
  value: unknown,
  givenAs: VarsGivenAs,
  filename: string,
  declared: readonly string[],
): ConfigIssue {
  const shown = showValue(value);
  const path = givenAs === '--var' ? `--var ${name}=${shown}` : `vars.${name} = ${shown}`;
  if (declared.length === 0) return { path, message: `${filename} declares no variables` };

  const near = didYouMean(name, declared);
  const hint =
    near === undefined ? `it declares ${declared.join(', ')}` : `did you mean "${near}"?`;
  return { path, message: `${filename} declares no variable "${name}" (${hint})` };
}

/** How messages name a variable's block: `variable["dur"]`, as positions key it. */
function pathOf(name: string): string {
  return blockPath('', 'variable', name).slice(1);
}

type Resolving = ResolvedVariables & { values: Map<string, unknown> };

/** Gives one declared variable its value: the given one, else its default, as its type. */
function declare(
  name: string,
  body: Body,
  path: string,
  given: JobVariables,
  result: Resolving,
): void {
  checkKeys(body, path, result);

  const type = typeName(body['type']);
  if (type === undefined || !(SCALAR_TYPES.includes(type) || COMPLEX_TYPE.test(type))) {
    const near = type === undefined ? undefined : didYouMean(type, SCALAR_TYPES);
    const hint =
      near === undefined ? 'expected string, number, bool or any' : `did you mean ${near}?`;
    const written = type === undefined ? showValue(body['type']) : `type = ${type}`;
    const message = `${written} is not a type (${hint})`;
    result.issues.push({ path: `${path}.type`, message });
    return;
  }

  if (Object.hasOwn(given, name)) {
    const value = given[name];
    if (!SCALAR_TYPES.includes(type)) {
      const message = `${showValue(value)} is given for type = ${type}, but only string, number, bool and any values can be given; set this one as the default in the file`;
      result.issues.push({ path, message });
      return;
    }
    const converted = convert(value, type === 'any' ? untypedTarget(value, body['default']) : type);
    if (converted.ok) result.values.set(name, converted.value);
    else result.issues.push({ path, message: `the given value ${converted.message}` });
    return;
  }

  if (!Object.hasOwn(body, 'default')) {
    const message = `no value for this required variable: it has no default and none was given (pass --var ${name}=<value>, or vars: { ${name}: ... } to loadJob)`;
    result.issues.push({ path, message });
    return;
  }

  const converted = SCALAR_TYPES.includes(type)
    ? convert(body['default'], type)
    : { ok: true as const, value: body['default'] };
  if (converted.ok) result.values.set(name, converted.value);
  else result.issues.push({ path: `${path}.default`, message: converted.message });
}

/** Lists a `validation` block as ignored (it is not checked); an unknown key is an issue. */
function checkKeys(body: Body, path: string, result: Resolving): void {
  for (const key of Object.keys(body)) {
    if (USED.includes(key)) continue;
    if (OTHERS.includes(key)) {
      if (key === 'validation') result.ignored.push(`${path}.${key}`);
      continue;
    }
    const near = didYouMean(key, [...USED, ...OTHERS]);
    const message =
      near === undefined
        ? `unknown key (a variable takes ${USED.join(', ')})`
        : `unknown key (did you mean "${near}"?)`;
    result.issues.push({ path: `${path}.${key}`, message });
  }
}

/**
 * A variable without a type takes text as text, as in Nomad; Nomad converts it where it is
 * used, so `exit_code = var.code` gets a number from `--var code=7`. We convert at once, to
 * the type of the default when that is a number or bool and the text reads as one.
 */
function untypedTarget(value: unknown, fallback: unknown): string {
  const target =
    typeof fallback === 'number' ? 'number' : typeof fallback === 'boolean' ? 'bool' : 'any';
  return typeof value === 'string' && target !== 'any' && convert(value, target).ok
    ? target
    : 'any';
}

// The parser gives a type expression as a template: `type = number` is "${number}"; a type
// written as a string (`type = "number"`, as HCL's JSON syntax writes it) is read the same.
function typeName(written: unknown): string | undefined {
  if (written === undefined || written === null) return 'any';
  if (typeof written !== 'string') return undefined;
  const match = /^\$\{\s*(.+?)\s*\}$/.exec(written);
  return (match?.[1] ?? written).replace(/\s+/g, '');
}

type Conversion = { ok: true; value: unknown } | { ok: false; message: string };

/** Converts a value the way HCL converts between its primitive types. `null` stays null. */
function convert(value: unknown, type: string): Conversion {
  if (value === null || type === 'any') return { ok: true, value };
  const shown = showValue(value);

  if (type === 'string') {
    if (['string', 'number', 'boolean'].includes(typeof value)) {
      return { ok: true, value: String(value) };
    }
    return { ok: false, message: `${shown} is not a string (type = string)` };
  }

  if (type === 'number') {
    if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value };
    if (typeof value === 'string' && /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(value.trim())) {
      return { ok: true, value: Number(value) };
    }
    return { ok: false, message: `${shown} is not a number (type = number; e.g. 3 or 0.5)` };
  }

  if (value === true || value === 'true') return { ok: true, value: true };
  if (value === false || value === 'false') return { ok: true, value: false };
  return { ok: false, message: `${shown} is not a bool (type = bool; true or false)` };
}
