import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const PROBE = fileURLToPath(new URL('./fixtures/hidden-class-probe.ts', import.meta.url));

// Whether hidden classes are still shared after making thousands of `what` with distinct names.
function probe(what: string): { keyByKey: boolean; exitResults: boolean } {
  const out = execFileSync(
    process.execPath,
    ['--allow-natives-syntax', '--import', 'tsx', PROBE, what],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as { keyByKey: boolean; exitResults: boolean };
}

describe('hidden classes (V8 shapes) with thousands of distinct names', () => {
  it.each(['tasks', 'jobs'])(
    'stay shared by objects built key by key after making %s',
    (what) => {
      expect(probe(what).keyByKey).toBe(true);
    },
    30_000,
  );

  it('stay shared by exit results even once the root shape is full', () => {
    const after = probe('keyed objects');

    // The probe does fill the root shape: objects built key by key no longer share theirs.
    expect(after).toEqual({ keyByKey: false, exitResults: true });
  }, 30_000);
});
