import { formatDuration } from '../src/duration/index.js';
import type { EventRecord } from './read-received.js';

/**
 * The cells of the serializer's notation, one row per event: offset from the scenario start,
 * who (only when the events come from several tasks, or always with `taskColumn`), type and
 * display message.
 */
export function eventRows(
  events: Iterable<EventRecord>,
  all: Iterable<EventRecord> = events,
  taskColumn = false,
): string[][] {
  const who = whoColumn(all) ?? (taskColumn ? (event: EventRecord) => event.task ?? '' : undefined);
  const rows: string[][] = [];
  for (const event of events) {
    const cells = [formatDuration(event.at)];
    if (who !== undefined) cells.push(who(event));
    cells.push(event.type, event.message ?? '');
    rows.push(cells);
  }
  return rows;
}

/** Pads each column to its widest cell, two spaces apart, with no trailing spaces. */
export function layoutRows(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }

  return rows.map((row) =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)),
      )
      .join('  ')
      .trimEnd(),
  );
}

// The task column appears only when it tells events apart, and names the allocation only when
// two allocations are present (two `web` tasks in web[0] and web[1]).
function whoColumn(events: Iterable<EventRecord>): ((event: EventRecord) => string) | undefined {
  const tasks = new Set<string>();
  const allocs = new Set<string>();
  for (const event of events) {
    tasks.add(`${event.alloc ?? ''}\u0000${event.task ?? ''}`);
    allocs.add(event.alloc ?? '');
    if (tasks.size > 1 && allocs.size > 1) break;
  }

  if (tasks.size < 2) return undefined;
  if (allocs.size < 2) return (event) => event.task ?? '';
  return (event) => `${event.alloc ?? ''}/${event.task ?? ''}`;
}

// Code points, so `µs` counts as two columns and the table stays aligned.
function displayWidth(text: string): number {
  return [...text].length;
}
