import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { TimerHeap } from './timer-heap.js';
import { TimerItem } from './timer-item.js';

const noop = (): void => undefined;
const item = (due: number, seq: number): TimerItem =>
  new TimerItem(due, seq, noop, false, `${due}/${seq}`);

function drain(heap: TimerHeap): string[] {
  const order: string[] = [];
  for (let next = heap.peek(); next; next = heap.peek()) {
    heap.remove(next);
    order.push(next.label);
  }
  return order;
}

describe('TimerHeap', () => {
  it('yields items by due time, then by sequence number', () => {
    const heap = new TimerHeap();
    for (const [due, seq] of [
      [5, 3],
      [1, 4],
      [5, 1],
      [0, 9],
      [1, 2],
    ] as const) {
      heap.push(item(due, seq));
    }

    expect(drain(heap)).toEqual(['0/9', '1/2', '1/4', '5/1', '5/3']);
  });

  it('removes an item from the middle and keeps the order of the rest', () => {
    const heap = new TimerHeap();
    const items = [3, 1, 4, 1, 5, 9, 2, 6].map((due, seq) => item(due, seq));
    for (const each of items) heap.push(each);

    expect(heap.remove(items[4]!)).toBe(true);
    expect(heap.size).toBe(7);
    expect(drain(heap)).toEqual(['1/1', '1/3', '2/6', '3/0', '4/2', '6/7', '9/5']);
  });

  it('ignores an item it does not hold', () => {
    const heap = new TimerHeap();
    const held = item(1, 0);
    const stranger = item(1, 1);
    heap.push(held);

    expect(heap.remove(stranger)).toBe(false);
    expect(heap.remove(held)).toBe(true);
    expect(heap.remove(held)).toBe(false);
    expect(heap.size).toBe(0);
  });

  it('matches a sorted list under any sequence of pushes and removals', () => {
    const op = fc.oneof(
      fc.record({ push: fc.integer({ min: 0, max: 20 }) }),
      fc.record({ remove: fc.nat() }),
    );

    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const heap = new TimerHeap();
        let reference: TimerItem[] = [];
        let seq = 0;

        for (const step of ops) {
          if ('push' in step) {
            const added = item(step.push, seq++);
            heap.push(added);
            reference.push(added);
          } else if (reference.length > 0) {
            const removed = reference[step.remove % reference.length]!;
            heap.remove(removed);
            reference = reference.filter((each) => each !== removed);
          }
        }

        reference.sort((a, b) => a.due - b.due || a.seq - b.seq);
        expect(drain(heap)).toEqual(reference.map((each) => each.label));
      }),
    );
  });
});
