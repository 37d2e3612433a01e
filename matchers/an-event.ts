import { showValue } from '../src/errors/index.js';
import { type EventPattern, compileFields, matchesPattern } from './event-pattern.js';
import type { EventFields } from './event-fields.js';
import { isAsymmetric } from './is-asymmetric.js';
import { looseEquals } from './loose-equals.js';

/** The asymmetric matcher anEvent returns, understood by Vitest, Jest and the `expect` package. */
export interface AnEvent {
  readonly $$typeof: symbol;
  asymmetricMatch(other: unknown): boolean;
  toString(): string;
  toAsymmetricMatcher(): string;
}

/**
 * An asymmetric matcher for one event: its type (any case) and, optionally, fields compared
 * like a partial event in the sequence matchers (`at` is a duration, values may be matchers).
 *
 * @example expect(task.events.toArray()).toContainEqual(anEvent('Terminated', { exitCode: 1 }))
 */
export function anEvent(type: string, fields?: EventFields): AnEvent {
  const pattern: EventPattern = compileFields({ ...fields, type }, 'anEvent');

  return {
    $$typeof: Symbol.for('jest.asymmetricMatcher'),
    asymmetricMatch: (other) =>
      typeof other === 'object' && other !== null && matchesPattern(other, pattern, looseEquals),
    toString: () => 'anEvent',
    toAsymmetricMatcher: () =>
      `anEvent(${showValue(pattern.type ?? type)}${fields === undefined ? '' : `, ${render(fields)}`})`,
  };
}

function render(fields: object): string {
  const parts = Object.entries(fields).map(([key, value]: [string, unknown]) => {
    if (isAsymmetric(value)) {
      const printable = value as { toAsymmetricMatcher?: () => string };
      return `${key}: ${printable.toAsymmetricMatcher?.() ?? String(value)}`;
    }
    return `${key}: ${showValue(value)}`;
  });
  return `{ ${parts.join(', ')} }`;
}
