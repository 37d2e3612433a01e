import { isAsymmetric } from './is-asymmetric.js';

/**
 * Deep equality for anEvent, which runs without a runner's `this.equals`: asymmetric matchers
 * on either side, Dates by time, RegExps by source, arrays and plain objects by content.
 */
export function looseEquals(actual: unknown, expected: unknown): boolean {
  if (isAsymmetric(expected)) return expected.asymmetricMatch(actual);
  if (isAsymmetric(actual)) return actual.asymmetricMatch(expected);
  if (Object.is(actual, expected)) return true;
  if (
    typeof actual !== 'object' ||
    typeof expected !== 'object' ||
    actual === null ||
    expected === null
  )
    return false;

  if (actual instanceof Date || expected instanceof Date) {
    return (
      actual instanceof Date && expected instanceof Date && actual.getTime() === expected.getTime()
    );
  }
  if (actual instanceof RegExp || expected instanceof RegExp)
    return String(actual) === String(expected);

  if (Array.isArray(actual) || Array.isArray(expected)) {
    if (!Array.isArray(actual) || !Array.isArray(expected) || actual.length !== expected.length)
      return false;
    return actual.every((item, i) => looseEquals(item, expected[i]));
  }

  const a = actual as Record<string, unknown>;
  const b = expected as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!looseEquals(a[key], b[key])) return false;
  }
  return true;
}
