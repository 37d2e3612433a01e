import { isBefore, type TimerItem } from './timer-item.js';

/**
 * An indexed binary min-heap of timer items ordered by (due ns, sequence number).
 *
 * Each item remembers its slot, so clearing a timer is O(log n) instead of a search and a splice:
 * the per-timer cost stays flat from a thousand pending timers to a hundred thousand.
 */
export class TimerHeap {
  readonly #items: TimerItem[] = [];

  /** Number of items held. */
  get size(): number {
    return this.#items.length;
  }

  /** The earliest item, without removing it. */
  peek(): TimerItem | undefined {
    return this.#items[0];
  }

  /** Adds an item. */
  push(item: TimerItem): void {
    item.index = this.#items.length;
    this.#items.push(item);
    this.#siftUp(item.index);
  }

  /** Removes an item; false (and nothing changed) if this heap does not hold it. */
  remove(item: TimerItem): boolean {
    const at = item.index;
    if (this.#items[at] !== item) return false;

    item.index = -1;
    const last = this.#items.pop();
    if (last === undefined || last === item) return true;

    // Refill the hole with the last item; it may belong above or below the hole.
    this.#items[at] = last;
    last.index = at;
    this.#siftUp(at);
    this.#siftDown(last.index);
    return true;
  }

  /** Removes every item. */
  clear(): void {
    for (const item of this.#items) item.index = -1;
    this.#items.length = 0;
  }

  /** All items, in no particular order. */
  values(): readonly TimerItem[] {
    return this.#items;
  }

  #siftUp(start: number): void {
    const items = this.#items;
    const item = items[start];
    if (item === undefined) return;

    let at = start;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = items[parentAt];
      if (parent === undefined || !isBefore(item, parent)) break;
      items[at] = parent;
      parent.index = at;
      at = parentAt;
    }

    items[at] = item;
    item.index = at;
  }

  #siftDown(start: number): void {
    const items = this.#items;
    const item = items[start];
    if (item === undefined) return;

    const length = items.length;
    let at = start;
    for (;;) {
      const leftAt = 2 * at + 1;
      if (leftAt >= length) break;

      // Pick the earlier child; stop once the item is earlier than both.
      let childAt = leftAt;
      let child = items[leftAt] as TimerItem;
      const right = items[leftAt + 1];
      if (right !== undefined && isBefore(right, child)) {
        childAt = leftAt + 1;
        child = right;
      }
      if (!isBefore(child, item)) break;

      items[at] = child;
      child.index = at;
      at = childAt;
    }

    items[at] = item;
    item.index = at;
  }
}
