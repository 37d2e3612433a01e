import { isBody, type Body } from './hcl-shape.js';

/** The runtime variables a loaded job knows, in the order notes list them. */
export const KNOWN_VARIABLES = [
  'NOMAD_JOB_NAME',
  'NOMAD_JOB_ID',
  'NOMAD_GROUP_NAME',
  'NOMAD_TASK_NAME',
  'NOMAD_ALLOC_INDEX',
  'NOMAD_ALLOC_NAME',
] as const;

/** The variables that differ between the allocations of a group. */
export const ALLOC_VARIABLES = new Set(['NOMAD_ALLOC_INDEX', 'NOMAD_ALLOC_NAME']);

/**
 * Config keys whose text reaches the task's output or errors as it is. In these, a per-allocation
 * variable stays as `${NOMAD_ALLOC_INDEX}` until `interpolateConfig` fills it in for each
 * allocation; other keys (durations, numbers) are validated at load, so they get allocation 0.
 */
export const ALLOC_TEXT_KEYS = new Set([
  'exit_err_msg',
  'signal_error',
  'stdout_string',
  'stderr_string',
  'start_error',
  'driver_ip',
]);

/** Where a task config sits and what its variables are worth. */
export interface InterpolationContext {
  /** The config's path in messages: `job.group["web"].task["api"].config`. */
  path: string;
  /** Values of the variables known at load; the per-allocation ones are for allocation 0. */
  values: Readonly<Record<string, string>>;
  /** Receives a note per `${...}` kept as written or resolved for allocation 0 only. */
  notes: string[];
}

/**
 * Fills the runtime variables a loaded job knows into the strings of a mock_driver config
 * (nested blocks and lists included), as Nomad does with the task environment before the
 * driver decodes it. `${NOMAD_TASK_NAME}` and `${env["NOMAD_TASK_NAME"]}` are both understood;
 * HCL's escape `$${...}` reaches the runtime as `${...}` and is treated the same. Anything
 * else is kept literally with a note naming its path; nothing here is an error.
 */
export function interpolateTaskConfig(config: Body, context: InterpolationContext): Body {
  return walk(config, context.path, undefined, context) as Body;
}

function walk(
  value: unknown,
  path: string,
  key: string | undefined,
  context: InterpolationContext,
): unknown {
  if (typeof value === 'string') return interpolateString(value, path, key, context);
  if (Array.isArray(value))
    return value.map((item, i) => walk(item, `${path}[${i}]`, key, context));
  if (!isBody(value)) return value;

  const result: Body = {};
  for (const [name, item] of Object.entries(value)) {
    result[name] = walk(item, `${path}.${name}`, name, context);
  }
  return result;
}

function interpolateString(
  text: string,
  path: string,
  key: string | undefined,
  context: InterpolationContext,
): string {
  const note = (message: string): void => {
    const line = `${path}: ${message}`;
    if (!context.notes.includes(line)) context.notes.push(line);
  };

  return rewriteTemplates(text.replaceAll('$${', '${').replaceAll('%%{', '%{'), (written) => {
    if (written.startsWith('%{')) {
      note(`${written} is kept as written (template directives are not evaluated)`);
      return written;
    }

    const name = variableName(written.slice(2, -1));
    const value = name === undefined ? undefined : context.values[name];
    if (name === undefined || value === undefined) {
      note(`${written} is kept as written (known: ${KNOWN_VARIABLES.join(', ')})`);
      return written;
    }

    if (!ALLOC_VARIABLES.has(name)) return value;
    if (key !== undefined && ALLOC_TEXT_KEYS.has(key)) return `\${${name}}`;
    note(`${written} is resolved for allocation 0 only (${key ?? 'this key'} is not text)`);
    return value;
  });
}

/** `NOMAD_X` from `NOMAD_X`, `env["NOMAD_X"]` or `env.NOMAD_X`, with strip markers allowed. */
function variableName(expression: string): string | undefined {
  const trimmed = expression.replace(/^~/, '').replace(/~$/, '').trim();
  const match = /^(?:([A-Za-z_]\w*)|env\[\s*"([A-Za-z_]\w*)"\s*\]|env\.([A-Za-z_]\w*))$/.exec(
    trimmed,
  );
  return match?.[1] ?? match?.[2] ?? match?.[3];
}

/**
 * Calls `replace` with each `${...}` and `%{...}` of `text` (braces and quoted strings inside
 * them balanced) and puts its answer in their place. With `skipEscaped`, HCL's escapes `$${`
 * and `%%{` (as the parser hands them on) are text, not templates.
 */
export function rewriteTemplates(
  text: string,
  replace: (written: string) => string,
  options: { skipEscaped?: boolean } = {},
): string {
  let result = '';
  let at = 0;

  for (;;) {
    const start = findTemplateStart(text, at);
    if (start === -1) return result + text.slice(at);
    if (options.skipEscaped === true && start > at && text[start - 1] === text[start]) {
      result += text.slice(at, start + 2);
      at = start + 2;
      continue;
    }

    const end = closingBrace(text, start + 2);
    if (end === -1) return result + text.slice(at);

    result += text.slice(at, start) + replace(text.slice(start, end + 1));
    at = end + 1;
  }
}

function findTemplateStart(text: string, from: number): number {
  const dollar = text.indexOf('${', from);
  const percent = text.indexOf('%{', from);
  if (dollar === -1) return percent;
  if (percent === -1) return dollar;
  return Math.min(dollar, percent);
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  let quoted = false;

  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '\\') i++;
      else if (char === '"') quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
  }
  return -1;
}
