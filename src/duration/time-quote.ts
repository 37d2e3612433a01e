/**
 * The quoting Go's `time` package uses in its parse errors: unlike `%q`, it has no letter
 * escapes and shows every byte outside printable ASCII (controls and all of UTF-8 above 0x7f)
 * as `\xNN`, so `time: unknown unit "µm"` reads `"\xc2\xb5m"` in Go's own text.
 */
export function timeQuote(text: string): string {
  // TextEncoder turns a lone surrogate into U+FFFD, whose three bytes Go would print as
  // `\xef\xbf\xbd` too, so the byte loop below needs no special case for it.
  const bytes = new TextEncoder().encode(text);
  let quoted = '"';

  for (const byte of bytes) {
    if (byte < 0x20 || byte >= 0x80) {
      quoted += `\\x${byte.toString(16).padStart(2, '0')}`;
    } else {
      const character = String.fromCharCode(byte);
      quoted += character === '"' || character === '\\' ? `\\${character}` : character;
    }
  }

  return `${quoted}"`;
}
