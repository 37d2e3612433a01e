import { showValue } from '../src/errors/index.js';
import { type EventPattern, compileFields, matchesPattern } from './event-pattern.js';
import type { EventFields } from './event-fields.js';
import { looseEquals } from './loose-equals.js';
import { renderValue } from './render-value.js';

/** The asymmetric matcher anEvent returns, understood by Vitest, Jest and the `expect` package. */
export interface AnEvent {
  readonly $$typeof: symbol;
  asymmetricMatch(other: unknown): boolean;
  /** The call as written, `anEvent("Terminated", { exitCode: 1 })`, as runners print it. */
  toString(): string;
  /** The same text: what Vitest's and Jest's printers show for an asymmetric matcher. */
  toAsymmetricMatcher(): string;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * An asymmetric matcher for one event: its type (any case) and, optionally, fields compared
 * like a partial event in the sequence matchers (`at` is a duration, values may be matchers).
 *
 * @example expect(task.events.toArray()).toContainEqual(anEvent('Terminated', { exitCode: 1 }))
 */
export function anEvent(type: string, fields?: EventFields): AnEvent {
  const pattern: EventPattern = compileFields({ ...fields, type }, 'anEvent');
  // One line, however a runner prints it: a failing toContainEqual shows this beside the events.
  const text = (): string => {
    const shown = fields === undefined ? '' : render(fields);
    return `anEvent(${showValue(pattern.type ?? type)}${shown === '' ? '' : `, ${shown}`})`;
  };

  const matcher: AnEvent = {
    $$typeof: Symbol.for('jest.asymmetricMatcher'),
    asymmetricMatch: (other) =>
      typeof other === 'object' && other !== null && matchesPattern(other, pattern, looseEquals),
    toString: text,
    toAsymmetricMatcher: text,
  };

  // Vitest's chai-style messages (`expected [...] to deep equally contain ...`) and Node's
  // util.inspect print through the inspect hook, not toAsymmetricMatcher; and chai cuts any
  // text of 40 characters or more of a plain [object Object] down to its first two keys, which
  // the tag avoids. Not enumerable, so neither shows up as a key.
  return Object.defineProperties(matcher, {
    [INSPECT]: { value: text },
    [Symbol.toStringTag]: { value: 'AnEvent' },
  });
}

// The fields as written; unset ones are left out, as matching ignores them.
function render(fields: object): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(fields) as [string, unknown][]) {
    if (value !== undefined) parts.push(`${key}: ${renderValue(value)}`);
  }
  return parts.length === 0 ? '' : `{ ${parts.join(', ')} }`;
}
