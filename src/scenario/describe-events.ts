import { formatDuration } from '../duration/index.js';
import type { TaskEvent, Timeline } from '../events/index.js';

/**
 * The last `count` events, one per line, for error messages: offset, task, type and message in
 * columns, as the matchers draw a timeline.
 */
export function describeLastEvents(timeline: Timeline<TaskEvent>, count = 5): string {
  if (timeline.length === 0) return '  (no events yet)';

  const rows: string[][] = [];
  for (let i = Math.max(0, timeline.length - count); i < timeline.length; i++) {
    const event = timeline.at(i);
    if (event === undefined) continue;
    rows.push([formatDuration(event.at), event.task, event.type, event.message]);
  }

  // Each column but the last is padded to its widest cell; `µs` counts as two columns.
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  }
  const pad = (cell: string, i: number): string =>
    i === widths.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length);
  return rows.map((row) => `  ${row.map(pad).join('  ')}`.trimEnd()).join('\n');
}

/** A task and how many events it had, for the loop guard's message. */
export interface BusiestTask {
  readonly task: string;
  readonly alloc: string;
  readonly events: number;
}

/** The task with the most events from index `from` on (the first such task on a tie). */
export function busiestTask(timeline: Timeline<TaskEvent>, from: number): BusiestTask | undefined {
  // Keyed by allocation, then task: a task name is only unique within its allocation.
  const counts = new Map<string, Map<string, number>>();
  for (let i = from; i < timeline.length; i++) {
    const event = timeline.at(i);
    if (event === undefined) continue;
    let tasks = counts.get(event.alloc);
    if (tasks === undefined) {
      tasks = new Map();
      counts.set(event.alloc, tasks);
    }
    tasks.set(event.task, (tasks.get(event.task) ?? 0) + 1);
  }

  let best: BusiestTask | undefined;
  for (const [alloc, tasks] of counts) {
    for (const [task, events] of tasks) {
      if (best === undefined || events > best.events) best = { task, alloc, events };
    }
  }
  return best;
}
