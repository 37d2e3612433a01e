import { TimerHeap } from './timer-heap.js';
import { isBefore, type TimerItem } from './timer-item.js';

/**
 * The clock's pending timers, in two heaps: foreground and background. Keeping background timers
 * apart makes "is there work left?" and "when is the next real work?" O(1) for `runUntilIdle`
 * and `autoAdvance`, while `peek()` still gives the one total order over both.
 */
export class TimerQueue {
  readonly #foreground = new TimerHeap();
  readonly #background = new TimerHeap();

  /** Number of pending foreground (non-background) timers. */
  get foregroundSize(): number {
    return this.#foreground.size;
  }

  /** The next timer to fire, background or not. */
  peek(): TimerItem | undefined {
    const foreground = this.#foreground.peek();
    const background = this.#background.peek();
    if (foreground === undefined) return background;
    if (background === undefined) return foreground;
    return isBefore(foreground, background) ? foreground : background;
  }

  /** The next foreground timer to fire. */
  peekForeground(): TimerItem | undefined {
    return this.#foreground.peek();
  }

  /** Adds a timer. */
  add(item: TimerItem): void {
    this.#heapOf(item).push(item);
  }

  /** Removes a timer; false if this queue does not hold it (fired, cleared, another clock's). */
  remove(item: TimerItem): boolean {
    return this.#heapOf(item).remove(item);
  }

  /** Every pending timer in firing order. */
  sorted(): TimerItem[] {
    const items = [...this.#foreground.values(), ...this.#background.values()];
    return items.sort((a, b) => (isBefore(a, b) ? -1 : 1));
  }

  /** Removes every timer and returns them. */
  clear(): TimerItem[] {
    const items = [...this.#foreground.values(), ...this.#background.values()];
    this.#foreground.clear();
    this.#background.clear();
    return items;
  }

  #heapOf(item: TimerItem): TimerHeap {
    return item.background ? this.#background : this.#foreground;
  }
}
