import { describe, expect, it } from 'vitest';

import { contentTokens, ParseMemo } from './parse-memo.js';

const nullPrototype = (entries: Record<string, unknown>): object =>
  Object.assign(Object.create(null) as object, entries);

// Whether two inputs have equal token lists, compared the way the memo compares them.
function sameContent(left: unknown, right: unknown): boolean {
  const a = contentTokens(left);
  const b = contentTokens(right);
  if (a === undefined || b === undefined) throw new Error('expected both inputs to have tokens');
  return a.length === b.length && a.every((token, index) => Object.is(token, b[index]));
}

// A counting parse whose results are fresh objects, so copies can be told from originals.
function countingParse(): { parse: (input: unknown) => { input: unknown }; calls: () => number } {
  let calls = 0;
  return {
    parse: (input) => {
      calls++;
      return { input };
    },
    calls: () => calls,
  };
}

function throwingGetter(): object {
  const get = (): never => {
    throw new Error('unreadable');
  };
  return Object.defineProperty({}, 'a', { get, enumerable: true });
}

function cycle(): object {
  const self: Record<string, unknown> = {};
  self['self'] = self;
  return self;
}

describe('contentTokens', () => {
  it.each([
    ['equal flat objects', { a: 1, b: 's' }, { a: 1, b: 's' }],
    ['equal nested objects', { a: { b: { c: true } } }, { a: { b: { c: true } } }],
    ['undefined', undefined, undefined],
    ['NaN', { a: Number.NaN }, { a: Number.NaN }],
    ['null-prototype objects', nullPrototype({ a: 1 }), nullPrototype({ a: 1 })],
  ])('gives equal tokens for %s', (_, left, right) => {
    expect(sameContent(left, right)).toBe(true);
  });

  it.each([
    ['a value', { a: 1 }, { a: 2 }],
    ['a value type', { a: 1 }, { a: '1' }],
    ['0 and -0', { a: 0 }, { a: -0 }],
    ['a missing key and an undefined one', {}, { a: undefined }],
    ['the key order', { a: 1, b: 2 }, { b: 2, a: 1 }],
    ['a nested value', { a: { b: 1 } }, { a: { b: 2 } }],
    ['a nesting', { a: { b: 1 } }, { a: 'b', b: 1 }],
    ['the prototype', { a: 1 }, nullPrototype({ a: 1 })],
  ])('gives different tokens for objects that differ in %s', (_, left, right) => {
    expect(sameContent(left, right)).toBe(false);
  });

  it.each([
    ['an array', { a: [1] }],
    ['a Date', { start: new Date(0) }],
    ['a class instance', { a: new Map() }],
    ['a function', { a: () => 1 }],
    ['a symbol', { a: Symbol('a') }],
    ['a throwing getter', throwingGetter()],
    ['a non-enumerable property', Object.defineProperty({}, 'run_for', { value: '1s' })],
    ['a cycle', cycle()],
    ['a huge object', Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]))],
  ])('has no tokens for an input holding %s', (_, input) => {
    expect(contentTokens(input)).toBeUndefined();
  });
});

describe('ParseMemo', () => {
  it('parses an input once and hands out a fresh copy for the same content after', () => {
    const { parse, calls } = countingParse();
    const memo = new ParseMemo((value: { input: unknown }) => ({ ...value }));

    const first = memo.parse({ a: 1 }, () => parse('first'));
    const second = memo.parse({ a: 1 }, () => parse('second'));

    expect(calls()).toBe(1);
    expect(second).toEqual({ input: 'first' });
    expect(second).not.toBe(first);
  });

  it('parses again once the same object holds something else', () => {
    const { parse, calls } = countingParse();
    const memo = new ParseMemo((value: { input: unknown }) => ({ ...value }));
    const input = { run_for: '1s' };

    memo.parse(input, () => parse('1s'));
    input.run_for = '2s';
    const changed = memo.parse(input, () => parse('2s'));

    expect(calls()).toBe(2);
    expect(changed).toEqual({ input: '2s' });
  });

  it('keeps a caller change to a result away from later results', () => {
    const memo = new ParseMemo((value: { n: number }) => ({ ...value }));

    memo.parse({}, () => ({ n: 1 })).n = 99;

    expect(memo.parse({}, () => ({ n: 2 }))).toEqual({ n: 1 });
  });

  it('remembers no failure: a bad input throws from the parse every time', () => {
    const memo = new ParseMemo((value: number) => value);
    let calls = 0;
    const fail = (): number => {
      calls++;
      throw new Error(`bad ${calls}`);
    };

    expect(() => memo.parse({ a: 1 }, fail)).toThrow('bad 1');
    expect(() => memo.parse({ a: 1 }, fail)).toThrow('bad 2');
  });

  it('parses every time an input it cannot compare', () => {
    const { parse, calls } = countingParse();
    const memo = new ParseMemo((value: { input: unknown }) => ({ ...value }));
    const input = { start: new Date(0) };

    memo.parse(input, () => parse(1));
    memo.parse(input, () => parse(2));

    expect(calls()).toBe(2);
  });

  it('starts over past its limit, still answering correctly', () => {
    const { parse, calls } = countingParse();
    const memo = new ParseMemo((value: { input: unknown }) => ({ ...value }), 2);

    for (const n of [1, 2, 3, 1]) memo.parse({ n }, () => parse(n));

    expect(calls()).toBe(4);
    expect(memo.parse({ n: 1 }, () => parse('again'))).toEqual({ input: 1 });
  });
});
