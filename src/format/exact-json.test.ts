import { describe, expect, it } from 'vitest';

import { exactJson } from './exact-json.js';

describe('exactJson', () => {
  it('writes a BigInt as every one of its digits', () => {
    expect(exactJson({ Time: 1767225647839683314n }, 0)).toBe('{"Time":1767225647839683314}');
  });

  it.each([
    [{ a: [1, 'x', true, null], b: {} }, 2],
    [{ a: [1, 'x', true, null], b: {} }, 0],
    [[{ nested: { deep: [] } }, 'é"\n'], 2],
    [{ skipped: undefined, kept: 0 }, 2],
    [{ when: new Date(0) }, 2],
  ])('writes %j as JSON.stringify does (indent %i)', (value, indent) => {
    expect(exactJson(value, indent)).toBe(JSON.stringify(value, null, indent));
  });

  it('writes undefined array items as null, as JSON does', () => {
    expect(exactJson([undefined, 1n], 0)).toBe('[null,1]');
  });
});
