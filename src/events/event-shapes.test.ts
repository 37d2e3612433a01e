import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const PROBE = fileURLToPath(new URL('./fixtures/event-shape-probe.ts', import.meta.url));

describe('hidden classes (V8 shapes) of events and driver entries', () => {
  it('are shared by the events of one type across scenarios, even once the root shape is full', () => {
    const out = execFileSync(
      process.execPath,
      ['--allow-natives-syntax', '--import', 'tsx', PROBE],
      { encoding: 'utf8' },
    );

    expect(JSON.parse(out)).toEqual({ fast: true, eventsShare: true, entriesShare: true });
  }, 30_000);
});
