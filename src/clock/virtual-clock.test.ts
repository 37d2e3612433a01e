import { setImmediate as realSetImmediate } from 'node:timers';
import { afterEach, describe, expect, it } from 'vitest';

import { VirtualClock } from './virtual-clock.js';

const MS = 1_000_000;
const S = 1_000_000_000;

let clock = new VirtualClock();
let seen: string[] = [];

afterEach(() => {
  clock.dispose();
  clock = new VirtualClock();
  seen = [];
});

/** A timer callback that records its label and the exact time it ran at. */
const record = (label: string) => (): void => {
  seen.push(`${label}@${clock.now}`);
};

describe('ordering', () => {
  // Timers as `label:delay` in scheduling order; the result as `label@time` in firing order.
  it.each([
    ['due time first', 'a:3 b:1 c:2', 'b@1 c@2 a@3'],
    ['scheduling order on a tie', 'a:5 b:5 c:5', 'a@5 b@5 c@5'],
    [
      'ns inside one millisecond',
      'a:1000000 b:1 c:1000000 d:999999',
      'b@1 d@999999 a@1000000 c@1000000',
    ],
    ['zero delays in call order', 'a:0 b:0', 'a@0 b@0'],
  ])('fires by %s', async (_, timers, expected) => {
    for (const timer of timers.split(' ')) {
      const [label = '', delay = ''] = timer.split(':');
      clock.setTimer(Number(delay), record(label));
    }

    await clock.advance(2 * MS);

    expect(seen.join(' ')).toBe(expected);
  });

  it('runs a timer scheduled for the current instant by a callback after that instant’s earlier timers', async () => {
    clock.setTimer(10, () => {
      seen.push(`first@${clock.now}`);
      clock.setTimer(0, record('nested'));
    });
    clock.setTimer(10, record('second'));

    await clock.advance(10);

    expect(seen).toEqual(['first@10', 'second@10', 'nested@10']);
  });
});

describe('nanosecond precision', () => {
  it('makes a 1 ns delay exactly 1 ns', async () => {
    clock.setTimer(1, () => {
      seen.push(`a@${clock.now}`);
      clock.setTimer(1, record('b'));
    });

    await clock.advance(S);

    expect(seen).toEqual(['a@1', 'b@2']);
  });

  it('never fires a timer early', async () => {
    clock.setTimer(1_500_001, record('a'));

    await clock.advance(1_500_000);
    expect(seen).toEqual([]);

    await clock.advance(1);
    expect(seen).toEqual(['a@1500001']);
  });
});

describe('advance', () => {
  it('includes what is due exactly at now + d and ends at exactly now + d', async () => {
    clock.setTimer(5 * S, record('edge'));
    clock.setTimer(5 * S + 1, record('after'));

    await clock.advance(5 * S);

    expect(seen).toEqual([`edge@${5 * S}`]);
    expect(clock.now).toBe(5 * S);
  });

  it('moves time by exactly d when nothing is due', async () => {
    await clock.advance(123_456_789);
    await clock.advance(1);

    expect(clock.now).toBe(123_456_790);
  });

  it('runs what is due now on advance(0)', async () => {
    clock.setTimer(0, record('now'));

    await clock.advance(0);

    expect(seen).toEqual(['now@0']);
  });

  it('runs calls one after another in call order', async () => {
    clock.setTimer(3 * S, record('a'));

    const first = clock.advance(2 * S);
    const second = clock.advance(2 * S);
    await Promise.all([first, second]);

    expect(seen).toEqual([`a@${3 * S}`]);
    expect(clock.now).toBe(4 * S);
  });

  it('does not fire a cleared timer', async () => {
    const handle = clock.setTimer(S, record('cleared'));
    clock.setTimer(2 * S, () => clock.clearTimer(handle));
    clock.clearTimer(handle);
    clock.clearTimer(handle);

    await clock.advance(3 * S);

    expect(seen).toEqual([]);
  });
});

describe('an instant settles before time moves on', () => {
  it('runs a timer that a promise continuation schedules for the same instant', async () => {
    clock.setTimer(5, () => {
      void Promise.resolve()
        .then(() => undefined)
        .then(() => clock.setTimer(0, record('from continuation')));
    });
    clock.setTimer(6, record('next instant'));

    await clock.advance(10);

    expect(seen).toEqual(['from continuation@5', 'next instant@6']);
  });

  it('waits for a chain that goes through async functions and a real setImmediate', async () => {
    const step = async (): Promise<void> => {
      await Promise.resolve();
      await new Promise((resolve) => realSetImmediate(resolve));
      clock.setTimer(0, record('after the chain'));
    };
    clock.setTimer(S, () => void step());
    clock.setTimer(S + 1, record('next instant'));

    await clock.advance(2 * S);

    expect(seen).toEqual([`after the chain@${S}`, `next instant@${S + 1}`]);
  });

  it('resolves sleep() at exactly now + delay', async () => {
    const woke = clock.sleep(250).then(() => clock.now);

    await clock.advance(S);

    await expect(woke).resolves.toBe(250);
  });

  it('settle() runs what is due now and its continuations, without moving time', async () => {
    clock.setTimer(0, () => void Promise.resolve().then(() => clock.setTimer(0, record('b'))));
    clock.setTimer(1, record('later'));

    await clock.settle();

    expect(seen).toEqual(['b@0']);
    expect(clock.now).toBe(0);
  });
});

describe('runUntilIdle', () => {
  it('runs until only background timers are left', async () => {
    const tick = (): void => {
      seen.push(`tick@${clock.now}`);
      clock.setTimer(500 * MS, tick, { background: true, label: 'fingerprint' });
    };
    clock.setTimer(500 * MS, tick, { background: true, label: 'fingerprint' });
    clock.setTimer(S, record('work'));

    await clock.runUntilIdle();

    // At 1 s the work comes first: it was scheduled before the tick that shares its instant.
    expect(seen).toEqual([`tick@${500 * MS}`, `work@${S}`, `tick@${S}`]);
    expect(clock.now).toBe(S);
    expect(clock.pending()).toEqual([{ due: 1500 * MS, label: 'fingerprint', background: true }]);
  });

  it('follows work that continuations schedule', async () => {
    const job = async (): Promise<void> => {
      await clock.sleep(S);
      await clock.sleep(2 * S);
      seen.push(`done@${clock.now}`);
    };
    void job();

    await clock.runUntilIdle();

    expect(seen).toEqual([`done@${3 * S}`]);
  });
});

describe('runUntil', () => {
  it('stops after the instant at which done() holds', async () => {
    clock.setTimer(S, record('a'));
    clock.setTimer(S, record('b'));
    clock.setTimer(2 * S, record('c'));

    await expect(clock.runUntil(() => seen.length >= 1, 10 * S)).resolves.toBe(true);

    expect(seen).toEqual([`a@${S}`, `b@${S}`]);
    expect(clock.now).toBe(S);
  });

  it('resolves false at the deadline, with now at the deadline', async () => {
    clock.setTimer(5 * S, record('late'));

    await expect(clock.runUntil(() => false, 3 * S)).resolves.toBe(false);

    expect(clock.now).toBe(3 * S);
    expect(seen).toEqual([]);
  });

  it('resolves true at once when done() already holds', async () => {
    await expect(clock.runUntil(() => true, S)).resolves.toBe(true);

    expect(clock.now).toBe(0);
  });
});

describe('pending', () => {
  it('lists pending timers in firing order with their due time, label and kind', () => {
    clock.setTimer(2, () => undefined, { label: 'b' });
    clock.setTimer(1, () => undefined, { label: 'a', background: true });
    clock.setTimer(2, () => undefined);

    expect(clock.pending()).toEqual([
      { due: 1, label: 'a', background: true },
      { due: 2, label: 'b', background: false },
      { due: 2, label: 'timer', background: false },
    ]);
  });
});
