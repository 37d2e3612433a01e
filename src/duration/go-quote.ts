/**
 * Go's `%q` for a string (`strconv.Quote`): double quotes, backslash escapes, printable
 * Unicode kept literally and everything else escaped, as Nomad shows exit messages.
 *
 * @example goQuote('a\tb') // the six characters "a\tb", quotes included
 */
export function goQuote(text: string): string {
  let quoted = '"';
  for (const character of text) {
    quoted += quoteCharacter(character);
  }
  return `${quoted}"`;
}

// Go's escapes with a letter of their own; every other non-printable character is hex.
const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

// An approximation of Go's unicode.IsPrint: letters, marks, numbers, punctuation and symbols
// are printable, and of the spaces only U+0020; controls, format characters, other spaces,
// private use and unassigned code points are not.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

function quoteCharacter(character: string): string {
  if (character === '"' || character === '\\') return `\\${character}`;
  if (PRINTABLE.test(character)) return character;

  const named = NAMED_ESCAPES[character];
  if (named !== undefined) return named;

  // A lone surrogate cannot come from UTF-8 (Go would have seen invalid bytes instead); we
  // show its own code (`\ud800` for U+D800) because that names the defect in the JavaScript string.
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `\\x${hex(code, 2)}`;
  if (code < 0x10000) return `\\u${hex(code, 4)}`;
  return `\\U${hex(code, 8)}`;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}
