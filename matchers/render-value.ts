import { showValue } from '../src/errors/index.js';
import { isAsymmetric } from './is-asymmetric.js';
import { isRegExp } from './is-reg-exp.js';

/**
 * A value on one line, as the user would write it: asymmetric matchers by their own name
 * (`Any<Number>`, `StringContaining "bo"`), Dates as `Date(<ISO time>)`, the rest as JSON.
 */
export function renderValue(value: unknown): string {
  if (isAsymmetric(value)) {
    // Jest's and Vitest's own matchers print themselves, or (Vitest's stringContaining) name
    // themselves and keep what they compare with in `sample`.
    const printable = value as { toAsymmetricMatcher?: () => string; sample?: unknown };
    if (typeof printable.toAsymmetricMatcher === 'function') return printable.toAsymmetricMatcher();
    const sample = printable.sample;
    if (sample === undefined) return String(value);
    return `${String(value)} ${isRegExp(sample) ? String(sample) : showValue(sample)}`;
  }
  // Test runners evaluate tests in their own realm, so `instanceof Date` can miss one.
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const time = (value as Date).getTime();
    return `Date(${Number.isNaN(time) ? 'Invalid' : new Date(time).toISOString()})`;
  }
  return showValue(value);
}
