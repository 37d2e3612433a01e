import type { ConfigIssue } from '../config/index.js';
import { didYouMean, showValue } from '../errors/index.js';
import { isBody, type Body } from './hcl-shape.js';
import type { ResolvedVariables } from './input-variables.js';
import { rewriteTemplates } from './interpolate.js';

/** A job body with its `var.<name>` references replaced, and the references that failed. */
export interface Substituted {
  body: Body;
  issues: ConfigIssue[];
  /** The variables each substituted value came from, by its path: `var.dur`, `var.a, var.b`. */
  origins: Map<string, string>;
}

interface Walk {
  variables: ResolvedVariables;
  issues: ConfigIssue[];
  origins: Map<string, string>;
}

/**
 * Replaces the input variable references of a job body, everywhere in it (ignored blocks too,
 * as Nomad evaluates the whole file): a string that is exactly `${var.name}` (the parser's
 * form of `x = var.name`) takes the variable's value with its type, and `${var.name}` inside a
 * longer string is replaced by the value as text. A reference to an undeclared variable is an
 * issue. Other expressions (`${upper(var.x)}`, `${local.x}`) are left as written here:
 * `unevaluatedIssues` reports them where the simulation would use them.
 */
export function substituteVariables(
  body: Body,
  path: string,
  variables: ResolvedVariables,
): Substituted {
  const state: Walk = { variables, issues: [], origins: new Map() };
  const substituted = walk(body, path, state) as Body;
  return { body: substituted, issues: distinct(state.issues), origins: state.origins };
}

/**
 * An issue for each `${...}` or `%{...}` under `value` that still refers to an input variable
 * or a local: an expression this reader does not evaluate, which would otherwise reach the
 * schema as text (a run_for of "${upper(var.d)}").
 */
export function unevaluatedIssues(value: unknown, path: string): ConfigIssue[] {
  if (Array.isArray(value)) {
    const blocks = value.length > 0 && value.every(isBody);
    return value.flatMap((item, i) => unevaluatedIssues(item, blocks ? path : `${path}[${i}]`));
  }
  if (isBody(value)) {
    return Object.entries(value).flatMap(([key, item]) =>
      unevaluatedIssues(item, `${path}.${key}`),
    );
  }
  if (typeof value !== 'string') return [];

  const issues: ConfigIssue[] = [];
  rewriteTemplates(
    value,
    (written) => {
      if (REFERS.test(written)) {
        const message = `${written} is not evaluated: only plain references such as \${var.name} are (functions, operators, conditionals, template directives and locals are not supported)`;
        issues.push({ path, message });
      }
      return written;
    },
    { skipEscaped: true },
  );
  return issues;
}

// `var.x`, `var["x"]`, `local.x` anywhere in an expression, not as part of a longer name.
const REFERS = /(?<![\w.])(?:var|local)\s*(?:\.|\[)/;

// A template that is one plain reference: `${var.name}`, strip markers allowed.
const PLAIN = /^\$\{~?\s*var\.([A-Za-z_][\w-]*)\s*~?\}$/;

function walk(value: unknown, path: string, state: Walk): unknown {
  if (typeof value === 'string') return substitute(value, path, state);

  if (Array.isArray(value)) {
    // A list of bodies is a block written several times; they share its path.
    const blocks = value.length > 0 && value.every(isBody);
    return value.map((item, i) => walk(item, blocks ? path : `${path}[${i}]`, state));
  }
  if (!isBody(value)) return value;

  const result: Body = {};
  for (const [key, item] of Object.entries(value)) {
    const labeled = isLabeledBlocks(item);
    let next: unknown;
    if (labeled) {
      const blocks: Body = {};
      for (const [label, bodies] of Object.entries(item)) {
        const at = `${path}.${key}[${JSON.stringify(label)}]`;
        setOwn(blocks, label, walk(bodies, at, state));
      }
      next = blocks;
    } else {
      next = walk(item, `${path}.${key}`, state);
    }
    setOwn(result, key, next);
  }
  return result;
}

// `group "web" { }` comes as `{ "web": [body] }`: paths name it `group["web"]`, as positions do.
function isLabeledBlocks(value: unknown): value is Body {
  if (!isBody(value)) return false;
  const entries = Object.values(value);
  return (
    entries.length > 0 &&
    entries.every((item) => Array.isArray(item) && item.length > 0 && item.every(isBody))
  );
}

function substitute(text: string, path: string, state: Walk): unknown {
  const { variables, issues } = state;
  const used: string[] = [];
  const note = (): void => {
    if (used.length > 0) state.origins.set(path, used.map((name) => `var.${name}`).join(', '));
  };

  const whole = PLAIN.exec(text);
  if (whole !== null) {
    const name = whole[1] ?? '';
    if (!lookUp(name, text, path, state)) return text;
    used.push(name);
    note();
    return variables.values.get(name);
  }

  const result = rewriteTemplates(
    text,
    (written) => {
      const name = PLAIN.exec(written)?.[1];
      if (name === undefined || !lookUp(name, written, path, state)) return written;

      const value = variables.values.get(name);
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        if (!used.includes(name)) used.push(name);
        return String(value);
      }
      const what = value === null ? 'null' : Array.isArray(value) ? 'a list' : 'an object';
      issues.push({
        path,
        message: `${written} is ${what} (${showValue(value)}) and cannot be part of a text; use it as the whole value, x = var.${name}`,
      });
      return written;
    },
    { skipEscaped: true },
  );
  note();
  return result;
}

// Whether the variable has a value to use. An undeclared name is an issue; a declared one
// without a value already has its own.
function lookUp(name: string, written: string, path: string, state: Walk): boolean {
  const { variables, issues } = state;
  if (variables.values.has(name)) return true;
  if (variables.declared.includes(name)) return false;

  const near = didYouMean(name, variables.declared);
  const hint =
    near !== undefined
      ? `did you mean var.${near}?`
      : variables.declared.length === 0
        ? `the file declares none; add variable "${name}" { default = ... }`
        : `declared: ${variables.declared.join(', ')}`;
  issues.push({ path, message: `${written} refers to an undeclared variable (${hint})` });
  return false;
}

// The same reference twice in one string is one problem.
function distinct(issues: ConfigIssue[]): ConfigIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\n${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// A key such as `__proto__` must stay a key, never reach the object's prototype.
function setOwn(target: Body, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
