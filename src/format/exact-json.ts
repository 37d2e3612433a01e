/**
 * JSON text in which BigInt values are written as plain decimal integers, so a Unix time in
 * nanoseconds (beyond 2^53) keeps every digit, as Nomad's API writes it. Everything else is
 * written as `JSON.stringify` writes it, indented by `indent` spaces.
 *
 * @example exactJson({ Time: 1767225600000000001n }, 0) // => '{"Time":1767225600000000001}'
 */
export function exactJson(value: unknown, indent = 2): string {
  return write(value, indent, '');
}

function write(value: unknown, indent: number, margin: string): string {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) {
    return block(
      value.map((item) => write(item ?? null, indent, margin + ' '.repeat(indent))),
      ['[', ']'],
      indent,
      margin,
    );
  }
  if (isPlainObject(value)) {
    const inner = margin + ' '.repeat(indent);
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined && typeof item !== 'function')
      .map(
        ([key, item]) =>
          `${JSON.stringify(key)}:${indent > 0 ? ' ' : ''}${write(item, indent, inner)}`,
      );
    return block(entries, ['{', '}'], indent, margin);
  }
  return JSON.stringify(value) ?? 'null';
}

function block(
  items: readonly string[],
  [open, close]: readonly [string, string],
  indent: number,
  margin: string,
): string {
  if (items.length === 0) return open + close;
  if (indent === 0) return open + items.join(',') + close;

  const inner = margin + ' '.repeat(indent);
  return `${open}\n${items.map((item) => inner + item).join(',\n')}\n${margin}${close}`;
}

// Dates, Maps and class instances with toJSON go through JSON.stringify as they would anyway.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
