// Inputs nested deeper than this, or with more parts, are parsed every time: the lookup must stay
// cheaper than the parse it saves, and a cyclic input must not recurse forever.
const MAX_DEPTH = 5;
const MAX_TOKENS = 512;

// Private markers: no input can hold them, so a token list reads back as one content only.
const OPEN = Symbol('{');
const OPEN_NULL = Symbol('{ null prototype');
const CLOSE = Symbol('}');

/**
 * `input`'s content as a flat list of tokens, or `undefined` when `input` holds anything but
 * primitives and plain objects (an array, a Date, a class instance, a function, a symbol), has
 * a non-enumerable property, is too deep or too big, or has a getter that throws. Two inputs with
 * equal token lists (by `Object.is`) have the same prototype (`Object.prototype` or none), the
 * same own property names in the same order and the same values, level by level, so a parse that
 * reads nothing else gives the same result for both.
 */
export function contentTokens(input: unknown): unknown[] | undefined {
  const tokens: unknown[] = [];
  try {
    return addTokens(input, tokens, 0) ? tokens : undefined;
  } catch {
    // A getter that throws: the parse itself reports it.
    return undefined;
  }
}

function addTokens(value: unknown, tokens: unknown[], depth: number): boolean {
  if (typeof value === 'function' || typeof value === 'symbol') return false;
  if (typeof value !== 'object' || value === null) {
    tokens.push(value);
    return true;
  }

  if (depth >= MAX_DEPTH) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;

  // zod reads a known key whether it is enumerable or not, but looks for unknown keys among the
  // enumerable ones only: an object with a non-enumerable property is left to the parse.
  const names = Object.keys(value);
  if (names.length !== Object.getOwnPropertyNames(value).length) return false;

  tokens.push(prototype === null ? OPEN_NULL : OPEN);
  for (const name of names) {
    tokens.push(name);
    if (!addTokens((value as Record<string, unknown>)[name], tokens, depth + 1)) return false;
    if (tokens.length > MAX_TOKENS) return false;
  }
  tokens.push(CLOSE);
  return true;
}

// A cheap mix of what tells configs apart (string lengths and ends, numbers); equal contents have
// equal hashes, and a collision only costs a comparison.
function hashTokens(tokens: readonly unknown[]): number {
  let hash = tokens.length;
  for (const token of tokens) {
    let part = 1;
    if (typeof token === 'string') {
      part = token.length === 0 ? 2 : token.length * 977 + token.charCodeAt(token.length - 1);
    } else if (typeof token === 'number') {
      part = token | 0;
    } else if (typeof token === 'boolean') {
      part = token ? 3 : 4;
    }
    hash = (Math.imul(hash, 31) + part) | 0;
  }
  return hash;
}

function sameTokens(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    if (!Object.is(a[index], b[index])) return false;
  }
  return true;
}

/**
 * The results of a pure parse, by the content of its input: validating the same task config
 * again (every restart of a task, every test that writes the same task) costs a walk over the
 * input and a copy instead of a zod run. Only successful parses are remembered, so every error
 * is produced, and worded, by the parse itself. Each call gets its own copy of the result, as a
 * fresh parse would.
 */
export class ParseMemo<T> {
  readonly #buckets = new Map<number, { tokens: unknown[]; value: T }[]>();
  readonly #copy: (value: T) => T;
  readonly #limit: number;
  #size = 0;

  /** `copy` makes an independent copy of a result; past `limit` results the memo starts over. */
  constructor(copy: (value: T) => T, limit = 1000) {
    this.#copy = copy;
    this.#limit = limit;
  }

  /** `parse()`'s result for `input`, from memory when an input with the same content parsed before. */
  parse(input: unknown, parse: () => T): T {
    const tokens = contentTokens(input);
    if (tokens === undefined) return parse();

    const hash = hashTokens(tokens);
    const bucket = this.#buckets.get(hash);
    const known = bucket?.find((entry) => sameTokens(entry.tokens, tokens));
    if (known !== undefined) return this.#copy(known.value);

    const value = parse();
    if (this.#size >= this.#limit) {
      this.#buckets.clear();
      this.#size = 0;
    }
    const entry = { tokens, value: this.#copy(value) };
    const current = this.#buckets.get(hash);
    if (current === undefined) this.#buckets.set(hash, [entry]);
    else current.push(entry);
    this.#size++;
    return value;
  }
}
