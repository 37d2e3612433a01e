import { DurationError, parseDuration } from '../../src/duration/index.js';
import { didYouMean } from '../../src/errors/index.js';
import { EVENT_TYPE_NAMES, canonicalType } from '../event-types.js';
import { SentenceError } from './sentence-error.js';
import type { SentenceItem } from './sentence-item.js';
import { type Token, tokenize } from './tokenize.js';

type Draft = { -readonly [K in keyof SentenceItem]: SentenceItem[K] };

const KEYWORDS = new Set(['then', 'with', 'and', 'at']);
const CLAUSES = ['exit code', 'signal', 'message', 'delay', 'reason'];
const INTEGER = /^-?\d+$/;

// Sentences are usually literals repeated across tests, so parse each one once.
const cache = new Map<string, readonly SentenceItem[]>();
const CACHE_LIMIT = 1000;

/**
 * Parses an event sentence (`'web: Terminated with exit code 7 and message "boom" then
 * Restarting at 45s'`) into its items, or throws a SentenceError that points at the column
 * where the sentence stopped making sense.
 */
export function parseSentence(sentence: string): readonly SentenceItem[] {
  const cached = cache.get(sentence);
  if (cached) return cached;

  const items = new SentenceParser(sentence).parse();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(sentence, items);
  return items;
}

class SentenceParser {
  private readonly tokens: Token[];
  private index = 0;

  constructor(private readonly sentence: string) {
    this.tokens = tokenize(sentence);
  }

  parse(): SentenceItem[] {
    if (this.tokens.length === 0)
      this.fail(1, 'the sentence is empty; write an event type such as "Started"');

    const items = [this.item()];
    while (this.peek() !== undefined) {
      const next = this.peek();
      if (!this.isWord(next, 'then')) {
        this.fail(
          this.columnOf(next),
          `expected "then" or the end of the sentence, found ${this.show(next)}`,
        );
      }
      this.index++;
      items.push(this.item());
    }
    return items;
  }

  // [task ':'] type ['with' clause ('and' clause)*] ['at' duration]
  private item(): SentenceItem {
    const first = this.peek();
    const start = this.columnOf(first);
    const draft: Draft = { text: '', type: '' };

    if (
      first !== undefined &&
      first.kind !== 'colon' &&
      this.tokens[this.index + 1]?.kind === 'colon'
    ) {
      draft.task = first.value;
      this.index += 2;
    } else if (first?.kind === 'string') {
      this.fail(first.column, 'a quoted task name must be followed by a colon ("my web": Started)');
    }

    draft.type = this.type();

    if (this.isWord(this.peek(), 'with')) {
      this.index++;
      this.clause(draft);
      while (this.isWord(this.peek(), 'and')) {
        this.index++;
        this.clause(draft);
      }
    }

    if (this.isWord(this.peek(), 'at')) {
      this.index++;
      draft.at = this.duration('at');
    }

    const end = this.peek();
    draft.text = this.sentence
      .slice(start - 1, end === undefined ? undefined : end.column - 1)
      .trim();
    return draft;
  }

  // The type is every word up to a keyword, so multi-word types need no quotes.
  private type(): string {
    const words: Token[] = [];
    for (
      let token = this.peek();
      token?.kind === 'word' && !KEYWORDS.has(token.value.toLowerCase());
      token = this.peek()
    ) {
      words.push(token);
      this.index++;
    }

    const first = words[0];
    if (first === undefined) {
      const found = this.peek();
      this.fail(
        this.columnOf(found),
        `expected an event type such as "Started", found ${this.show(found)}`,
      );
    }

    const written = words.map((word) => word.value).join(' ');
    const type = canonicalType(written);
    if (type !== undefined) return type;

    const suggestion = didYouMean(written, EVENT_TYPE_NAMES);
    const hint =
      suggestion === undefined
        ? ' (a task name goes before a colon: web: Started)'
        : ` (did you mean "${suggestion}"?)`;
    return this.fail(first.column, `"${written}" is not an event type${hint}`);
  }

  private clause(draft: Draft): void {
    const token = this.peek();
    const word = token?.kind === 'word' ? token.value.toLowerCase() : undefined;
    this.index++;

    if (word === 'exit') {
      const next = this.peek();
      if (!this.isWord(next, 'code'))
        this.fail(this.columnOf(next), `expected "code" after "exit", found ${this.show(next)}`);
      this.index++;
      draft.exitCode = this.integer('exit code');
    } else if (word === 'signal') {
      draft.signal = this.integer('signal');
    } else if (word === 'message') {
      draft.exitMessage = this.quoted('message');
    } else if (word === 'delay') {
      draft.startDelay = this.duration('delay');
    } else if (word === 'reason') {
      draft.reason = this.quoted('reason');
    } else {
      const suggestion = word === undefined ? undefined : didYouMean(word, CLAUSES);
      const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
      this.fail(
        this.columnOf(token),
        `expected a clause (exit code N, signal N, message "...", delay <duration>, reason "..."), found ${this.show(token)}${hint}`,
      );
    }
  }

  private integer(clause: string): number {
    const token = this.peek();
    if (token?.kind !== 'word' || !INTEGER.test(token.value)) {
      this.fail(
        this.columnOf(token),
        `"${clause}" takes a whole number, found ${this.show(token)}`,
      );
    }
    this.index++;
    return Number(token.value);
  }

  private quoted(clause: string): string {
    const token = this.peek();
    if (token?.kind !== 'string') {
      this.fail(
        this.columnOf(token),
        `"${clause}" takes a double-quoted text, found ${this.show(token)}`,
      );
    }
    this.index++;
    return token.value;
  }

  private duration(clause: string): number {
    const token = this.peek();
    if (token?.kind !== 'word' || KEYWORDS.has(token.value.toLowerCase())) {
      this.fail(
        this.columnOf(token),
        `"${clause}" takes a duration such as 30s or 1m30s, found ${this.show(token)}`,
      );
    }
    this.index++;

    try {
      return parseDuration(token.value);
    } catch (error) {
      if (!(error instanceof DurationError)) throw error;
      return this.fail(
        token.column,
        `"${clause}" takes a duration: ${token.value} is not one (${error.reason}; units: ns, us, µs, ms, s, m, h)`,
      );
    }
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private isWord(token: Token | undefined, word: string): boolean {
    return token?.kind === 'word' && token.value.toLowerCase() === word;
  }

  private columnOf(token: Token | undefined): number {
    return token === undefined ? this.sentence.length + 1 : token.column;
  }

  private show(token: Token | undefined): string {
    if (token === undefined) return 'the end of the sentence';
    return token.kind === 'string' ? `the text "${token.value}"` : `"${token.value}"`;
  }

  private fail(column: number, reason: string): never {
    throw new SentenceError(this.sentence, column, reason);
  }
}
