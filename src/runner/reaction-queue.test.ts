import { describe, expect, it } from 'vitest';

import { later, type Reactor } from './reaction-queue.js';

function recorder(name: string, seen: string[], onReact?: (what: number) => void): Reactor {
  return {
    react: (what) => {
      seen.push(`${name} ${what}`);
      onReact?.(what);
    },
    crash: (error) => seen.push(`${name} crashed: ${String(error)}`),
  };
}

describe('the reaction queue', () => {
  it('runs nothing inside the call, then every reaction in the order queued, in one job', async () => {
    const seen: string[] = [];
    const a = recorder('a', seen);
    const b = recorder('b', seen, (what) => {
      if (what === 1) later(a, 3);
    });

    later(a, 1);
    later(b, 1);
    later(a, 2);
    expect(seen).toEqual([]);

    await Promise.resolve();
    expect(seen).toEqual(['a 1', 'b 1', 'a 2', 'a 3']);
  });

  it('hands an error to the reactor that threw and goes on with the others', async () => {
    const seen: string[] = [];
    const failing: Reactor = {
      react: () => {
        throw new Error('boom');
      },
      crash: (error) => seen.push(`crashed: ${(error as Error).message}`),
    };

    later(failing, 0);
    later(recorder('b', seen), 0);
    await Promise.resolve();
    expect(seen).toEqual(['crashed: boom', 'b 0']);
  });
});
