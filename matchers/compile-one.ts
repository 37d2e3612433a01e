import { BadArgument } from './bad-argument.js';
import { type EventPattern, compileItem } from './event-pattern.js';

/** Compiles an argument that must describe exactly one event (a sentence of one item is fine). */
export function compileOne(expected: unknown, path: string): EventPattern {
  const patterns = compileItem(expected, path);
  const [pattern] = patterns;
  if (pattern === undefined || patterns.length > 1) {
    throw new BadArgument(
      `${path}: the sentence has ${patterns.length} items; give one event here`,
    );
  }
  return pattern;
}
