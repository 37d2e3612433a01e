import { setTimeout as realSetTimeout } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { VirtualClock } from './virtual-clock.js';

const MS = 1_000_000;
const S = 1_000_000_000;

let clock = new VirtualClock();

afterEach(() => {
  clock.dispose();
  clock = new VirtualClock();
});

/** A fingerprint-like background timer every 500 ms, forever. */
function fingerprint(): void {
  const tick = (): void => {
    clock.setTimer(500 * MS, tick, { background: true, label: 'fingerprint' });
  };
  tick();
}

describe('autoAdvance', () => {
  it('resolves an awaited promise that needs 30 s of virtual time, with nobody advancing', async () => {
    fingerprint();
    clock.autoAdvance = true;

    const work = async (): Promise<number> => {
      await clock.sleep(10 * S);
      await clock.sleep(20 * S);
      return clock.now;
    };

    await expect(work()).resolves.toBe(30 * S);
  });

  it('jumps to the next timer only once promise work has gone quiet', async () => {
    const seen: string[] = [];
    clock.autoAdvance = true;
    clock.setTimer(S, () => seen.push(`timer@${clock.now}`));

    // Work that keeps scheduling through several turns still lands at time 0.
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      clock.setTimer(0, () => seen.push(`zero@${clock.now}`));
    }

    await clock.sleep(2 * S);

    expect(seen).toEqual(['zero@0', 'zero@0', 'zero@0', `timer@${S}`]);
  });

  it('does not move time when only background timers are left', async () => {
    fingerprint();
    clock.autoAdvance = true;
    await clock.sleep(S);

    await realSetTimeout(20);

    expect(clock.now).toBe(S);
    expect(clock.pending()).toEqual([{ due: 1500 * MS, label: 'fingerprint', background: true }]);
  });

  it('does nothing while off', async () => {
    clock.setTimer(S, () => undefined);

    await realSetTimeout(20);

    expect(clock.now).toBe(0);
    expect(clock.autoAdvance).toBe(false);
  });

  it('stops at the loop guard and reports it on the next call', async () => {
    const limited = new VirtualClock({ limit: 50 });
    const again = (): void => {
      limited.setTimer(S, again, { label: 'restart' });
    };
    again();
    limited.autoAdvance = true;

    await vi.waitFor(() => {
      expect(limited.autoAdvance).toBe(false);
    });
    await expect(limited.settle()).rejects.toThrow('the clock fired 50 timers in one run');
    limited.dispose();
  });
});
