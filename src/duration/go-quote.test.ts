import { describe, expect, it } from 'vitest';

import { goQuote } from './go-quote.js';
import { timeQuote } from './time-quote.js';

describe('goQuote', () => {
  it.each([
    ['', '""'],
    ['plain text', '"plain text"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['C:\\dir', '"C:\\\\dir"'],
    ['\u0007\b\f\n\r\t\v', '"\\a\\b\\f\\n\\r\\t\\v"'],
    ['\u0000\u001b\u007f', '"\\x00\\x1b\\x7f"'],
    ['\u0080\u00a0\u00ad\u2028\ufeff', '"\\u0080\\u00a0\\u00ad\\u2028\\ufeff"'],
    ['\u{e0001}\u{10ffff}', '"\\U000e0001\\U0010ffff"'],
    ['héllo µs μs 日本 😀 \ufffd', '"héllo µs μs 日本 😀 \ufffd"'],
    ['e\u0301', '"e\u0301"'],
    ['\ud800x\udfff', '"\\ud800x\\udfff"'],
  ])('quotes %j as %s', (text, expected) => {
    expect(goQuote(text)).toBe(expected);
  });
});

describe("timeQuote (the time package's own quoting)", () => {
  it.each([
    ['1 s', '"1 s"'],
    ['say "hi" \\', '"say \\"hi\\" \\\\"'],
    ['\n\t\u007f', '"\\x0a\\x09\u007f"'],
    ['\u00b5s', '"\\xc2\\xb5s"'],
    ['😀', '"\\xf0\\x9f\\x98\\x80"'],
    ['\ud800', '"\\xef\\xbf\\xbd"'],
  ])('quotes %j as %s', (text, expected) => {
    expect(timeQuote(text)).toBe(expected);
  });
});
