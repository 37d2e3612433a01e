import { SentenceError } from './sentence-error.js';

/** One piece of a sentence: a bare word, a double-quoted string, or the colon after a task name. */
export interface Token {
  readonly kind: 'word' | 'string' | 'colon';
  /** The word, the string's unescaped content, or `:`. */
  readonly value: string;
  /** Where the token starts in the sentence, 1-based. */
  readonly column: number;
}

const SPACE = /\s/;

/**
 * Splits a sentence into words, quoted strings and colons. Inside quotes, `\"` and `\\` are the
 * only escapes, so a message or reason can hold any text.
 */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;

  while (i < sentence.length) {
    const char = sentence.charAt(i);

    if (SPACE.test(char)) {
      i++;
    } else if (char === ':') {
      tokens.push({ kind: 'colon', value: ':', column: i + 1 });
      i++;
    } else if (char === '"') {
      const { value, end } = readString(sentence, i);
      tokens.push({ kind: 'string', value, column: i + 1 });
      i = end;
    } else {
      const start = i;
      while (i < sentence.length && !isBoundary(sentence.charAt(i))) i++;
      tokens.push({ kind: 'word', value: sentence.slice(start, i), column: start + 1 });
    }
  }

  return tokens;
}

function isBoundary(char: string): boolean {
  return char === ':' || char === '"' || SPACE.test(char);
}

// Reads from the opening quote at `start`; `end` is the index after the closing quote.
function readString(sentence: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;

  while (i < sentence.length) {
    const char = sentence.charAt(i);
    if (char === '"') return { value, end: i + 1 };
    if (char === '\\' && i + 1 < sentence.length) {
      value += sentence.charAt(i + 1);
      i += 2;
    } else {
      value += char;
      i++;
    }
  }

  throw new SentenceError(sentence, start + 1, 'this quote is never closed');
}
