import { goQuote } from '../duration/index.js';
import type { TaskEvent } from '../events/index.js';
import { columns } from './columns.js';
import { isoTime } from './iso-time.js';
import type { AllocView, TaskView } from './views.js';

/** Options of the `nomad alloc status` view. */
export interface AllocStatusOptions {
  /** The virtual wall-clock start that event offsets count from. */
  readonly start: Date;
  /** How many of the newest events to show per task; Nomad keeps 10, `Infinity` shows all. */
  readonly maxEvents?: number;
  /** Styles heading lines (`==> Task ...`), e.g. bold on a terminal. @defaultValue unstyled */
  readonly heading?: (text: string) => string;
}

/**
 * One allocation as `nomad alloc status` shows it: its name and client status, then for each
 * task its state, times and restarts, and its recent events newest first.
 */
export function renderAllocStatus(alloc: AllocView, options: AllocStatusOptions): string {
  const lines = columnsOfPairs([
    ['Name', alloc.name],
    ['Client Status', alloc.status],
  ]);

  for (const task of Object.values(alloc.tasks)) {
    lines.push('', ...renderTask(task, options));
  }

  return lines.join('\n');
}

function renderTask(task: TaskView, options: AllocStatusOptions): string[] {
  const when = (at: number | undefined): string =>
    at === undefined ? 'N/A' : isoTime(options.start, at);

  const heading = options.heading ?? ((text: string): string => text);
  const lines = [heading(`==> Task ${goQuote(task.name)} is ${goQuote(task.state)}`)];
  lines.push('Task Events:');
  lines.push(
    ...columnsOfPairs([
      ['Started At', when(task.startedAt)],
      ['Finished At', when(task.finishedAt)],
      ['Total Restarts', String(task.restarts)],
      ['Last Restart', when(task.lastRestart)],
    ]),
  );

  // Newest first, like Nomad; the cap keeps the view as short as Nomad's stored list.
  const newest = [...task.events].reverse().slice(0, options.maxEvents ?? 10);
  const rows = newest.map((event: TaskEvent) => [
    isoTime(options.start, event.at),
    event.type,
    event.message,
  ]);
  lines.push('', 'Recent Events:', ...columns([['Time', 'Type', 'Description'], ...rows]));

  return lines;
}

/** Nomad's `Key = value` blocks, with the `=` signs aligned. */
function columnsOfPairs(pairs: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...pairs.map(([key]) => key.length));
  return pairs.map(([key, value]) => `${key.padEnd(width)} = ${value}`);
}
