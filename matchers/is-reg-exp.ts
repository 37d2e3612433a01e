/** Whether `value` is a RegExp, from any realm: test runners evaluate tests in their own. */
export function isRegExp(value: unknown): value is RegExp {
  return Object.prototype.toString.call(value) === '[object RegExp]';
}

/** Whether `pattern` matches `text`, without the state a `g` or `y` flag keeps between calls. */
export function matchesPattern(pattern: RegExp, text: string): boolean {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test(text);
}
