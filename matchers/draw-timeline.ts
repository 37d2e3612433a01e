import { eventRows, layoutRows } from './event-table.js';
import type { EventList, EventRecord } from './read-received.js';

/** How a failure message marks the timeline it draws. */
export interface TimelineMarks {
  /** Gutter text per event index: `✓1` for the event that matched item 1, `✗` where it broke. */
  readonly marks: ReadonlyMap<number, string>;
  /** A line drawn after this event index (-1: before the first event). */
  readonly noteAfter?: number;
  readonly note?: string;
  /** The event index the window is centred on when the timeline is too long to show whole. */
  readonly focus: number;
  /** Show the task column even when all events are one task's (a message about task names). */
  readonly taskColumn?: boolean;
}

const WINDOW = 30;
const BEFORE = 10;

/**
 * Draws events in the serializer's notation with a gutter of marks, for failure messages. A
 * long timeline shows a window around the point of failure, so the message stays readable.
 */
export function drawTimeline(events: EventList, options: TimelineMarks): string {
  if (events.length === 0) return '  (no events)';

  const from =
    events.length <= WINDOW
      ? 0
      : Math.max(0, Math.min(options.focus - BEFORE, events.length - WINDOW));
  const to = Math.min(events.length, from + WINDOW);
  // Only the window is read out of the list; the task column looks at the whole of it.
  const shown: EventRecord[] = [];
  for (let index = from; index < to; index++) shown.push(events.at(index) as EventRecord);
  const rows = layoutRows(eventRows(shown, events, options.taskColumn === true));

  let gutter = 0;
  for (const mark of options.marks.values()) gutter = Math.max(gutter, [...mark].length);
  const pad = (mark: string): string => `  ${mark}${' '.repeat(gutter - [...mark].length)}  `;

  const lines: string[] = [];
  if (from > 0) lines.push(`${pad('')}… ${from} earlier events`);
  if (options.note !== undefined && options.noteAfter === -1)
    lines.push(`${pad('')}↓ ${options.note}`);
  rows.forEach((row, offset) => {
    const index = from + offset;
    lines.push(`${pad(options.marks.get(index) ?? '')}${row}`.trimEnd());
    if (options.note !== undefined && options.noteAfter === index)
      lines.push(`${pad('')}↓ ${options.note}`);
  });
  if (to < events.length) lines.push(`${pad('')}… ${events.length - to} later events`);
  return lines.join('\n');
}
