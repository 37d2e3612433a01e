import { formatDuration } from '../duration/index.js';
import type { TaskEvent, Timeline } from '../events/index.js';

/** The last `count` events, one per line, for error messages: offset, task, type, message. */
export function describeLastEvents(timeline: Timeline<TaskEvent>, count = 5): string {
  if (timeline.length === 0) return '  (no events yet)';

  const lines: string[] = [];
  for (let i = Math.max(0, timeline.length - count); i < timeline.length; i++) {
    const event = timeline.at(i);
    if (event === undefined) continue;
    lines.push(`  ${formatDuration(event.at)}  ${event.task}  ${event.type}  ${event.message}`);
  }
  return lines.join('\n');
}

/** The task with the most events since `from`, for the loop guard's message. */
export function busiestTask(timeline: Timeline<TaskEvent>, from: number): string | undefined {
  const counts = new Map<string, number>();
  for (let i = from; i < timeline.length; i++) {
    const event = timeline.at(i);
    if (event === undefined) continue;
    const key = `task ${JSON.stringify(event.task)} (alloc ${JSON.stringify(event.alloc)})`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1]) best = entry;
  return best === undefined ? undefined : `${best[0]} with ${best[1]} events`;
}
