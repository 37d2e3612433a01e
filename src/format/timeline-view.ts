import { formatDuration } from '../duration/index.js';
import type { TaskEvent } from '../events/index.js';
import { columns } from './columns.js';

/** One line of the chronological view: a task event, or a change of the driver's health. */
export interface TimelineLine {
  /** ns since the virtual start. */
  readonly at: number;
  /** The allocation's name, or `driver` for the driver's own lines. */
  readonly source: string;
  /** The task's name, or the driver's name. */
  readonly name: string;
  readonly type: string;
  readonly description: string;
}

/** A task event as a line of the chronological view. */
export function eventLine(event: TaskEvent): TimelineLine {
  return {
    at: event.at,
    source: event.alloc,
    name: event.task,
    type: event.type,
    description: event.message,
  };
}

/**
 * Every line in time order (lines at one instant keep the order given), one per row, with its
 * offset from the virtual start in Go's duration notation: `Offset Alloc Task Type Description`.
 */
export function renderTimeline(lines: readonly TimelineLine[]): string {
  // A stable sort: events at one instant stay in the order they happened.
  const ordered = [...lines].sort((a, b) => a.at - b.at);
  const rows = ordered.map((line) => [
    formatDuration(line.at),
    line.source,
    line.name,
    line.type,
    line.description,
  ]);
  return columns([['Offset', 'Alloc', 'Task', 'Type', 'Description'], ...rows]).join('\n');
}
