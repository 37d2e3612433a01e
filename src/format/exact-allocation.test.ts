import { describe, expect, it } from 'vitest';

import { toNomadTaskState, type TaskEvent } from '../events/index.js';
import { exactAllocation } from './exact-allocation.js';
import { START, event } from './test-events.test-helper.js';

function allocOf(events: TaskEvent[]) {
  return {
    tasks: { web: { events } },
    toNomad: ({ maxEvents }: { maxEvents?: number }) => ({
      Name: 'job.group[0]',
      ClientStatus: 'running',
      TaskStates: {
        web: toNomadTaskState({ state: 'running', failed: false, restarts: 0 }, events, {
          start: START,
          ...(maxEvents === undefined ? {} : { maxEvents }),
        }),
      },
    }),
  };
}

describe('exactAllocation', () => {
  it('gives each event its exact Unix nanoseconds, which a number cannot hold', () => {
    const alloc = allocOf([event('Received', 0), event('Started', 47_839_683_314)]);

    const json = exactAllocation(alloc, { start: START, maxEvents: 10 });

    expect(json.TaskStates['web']?.Events.map((e) => e.Time)).toStrictEqual([
      1767225600000000000n,
      1767225647839683314n,
    ]);
    expect(BigInt(Number(1767225647839683314n))).not.toBe(1767225647839683314n);
  });

  it('lines up the kept events with the last ones of the task', () => {
    const events = [1, 2, 3, 4].map((second) => event('Started', second * 1e9 + 1));

    const json = exactAllocation(allocOf(events), { start: START, maxEvents: 2 });

    expect(json.TaskStates['web']?.Events.map((e) => e.Time)).toStrictEqual([
      1767225603000000001n,
      1767225604000000001n,
    ]);
    expect(json).toMatchObject({ Name: 'job.group[0]', ClientStatus: 'running' });
  });
});
