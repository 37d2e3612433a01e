import { describe, expect, it } from 'vitest';

import { parsePortMap } from './port-map.js';

describe('parsePortMap', () => {
  it.each([
    ['', undefined],
    ['http:8080', { http: 8080 }],
    [':80', { '': 80 }],
    ['db:+0042', { db: 42 }],
    ['x:-0', { x: 0 }],
    ['big:9223372036854775807', { big: Number('9223372036854775807') }],
  ])('reads %j', (raw, map) => {
    expect(parsePortMap(raw)).toEqual({ map });
  });

  it('keeps a label such as __proto__ as a plain key', () => {
    const result = parsePortMap('__proto__:1');
    expect('map' in result && Object.hasOwn(result.map ?? {}, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it.each([
    ['http', 'malformed port map: "http"'],
    ['a:b:c', 'malformed port map: "a:b:c"'],
    ['http:x', 'malformed port map: "http:x" -- error: strconv.Atoi: parsing "x": invalid syntax'],
    ['http:', 'malformed port map: "http:" -- error: strconv.Atoi: parsing "": invalid syntax'],
    [
      'http: 80',
      'malformed port map: "http: 80" -- error: strconv.Atoi: parsing " 80": invalid syntax',
    ],
    [
      'http:9223372036854775808',
      'malformed port map: "http:9223372036854775808" -- error: strconv.Atoi: parsing "9223372036854775808": value out of range',
    ],
    [
      'http:-9223372036854775809',
      'malformed port map: "http:-9223372036854775809" -- error: strconv.Atoi: parsing "-9223372036854775809": value out of range',
    ],
  ])("refuses %j with Nomad's text", (raw, error) => {
    expect(parsePortMap(raw)).toEqual({ error });
  });
});
