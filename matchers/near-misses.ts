import { type EventPattern, type Equals, REASON_FIELDS, sameValue } from './event-pattern.js';
import { findOfType } from './find-of-type.js';
import type { EventList, EventRecord } from './read-received.js';
import { renderValue } from './render-value.js';

/** A field an item expects otherwise than the event has it; `reason` stands for the event's own reason. */
export interface FieldMiss {
  readonly key: string;
  readonly actual: unknown;
  readonly expected: unknown;
}

/** An event of the item's type (and task) that fails the item only on the fields listed. */
export interface NearMiss {
  readonly event: EventRecord;
  readonly misses: readonly FieldMiss[];
}

/** The events that nearly match an item, for a failure message to name. */
export interface NearMisses {
  readonly type: string;
  /** The closest events, closest first, no two differing in the same way. */
  readonly shown: readonly NearMiss[];
  /** How many more events of the type differ from the item. */
  readonly more: number;
  /** Whether each of those differs the same way as an event shown. */
  readonly moreAlike: boolean;
  /** The events come from several tasks, so a message names each one's task. */
  readonly severalTasks: boolean;
}

// Two lines of events keep the hint short; the rest are counted.
const SHOWN = 2;

interface Candidate {
  readonly event: EventRecord;
  readonly index: number;
  readonly misses: readonly FieldMiss[];
  readonly gap: number;
}

/**
 * The events in `[from, to)` of the type an item names (and of its task, when it names one) that
 * fail it only on its other fields, closest first: fewest fields wrong, then nearest in time to
 * the item's `at`, then earliest. Undefined when the item names no type or is an asymmetric
 * matcher as a whole, as then no field tells how close an event came. Called only to write a
 * failure message, so passing checks never pay for it.
 */
export function findNearMisses(
  events: EventList,
  pattern: EventPattern,
  equals: Equals,
  from = 0,
  to = events.length,
): NearMisses | undefined {
  const type = pattern.type;
  if (type === undefined || pattern.whole !== undefined) return undefined;
  const task = pattern.checks.find(([key]) => key === 'task');
  const at = pattern.checks.find(([key]) => key === 'at')?.[1];

  const candidates: Candidate[] = [];
  const tasks = new Set<string | undefined>();
  findOfType(
    events,
    type,
    (event, index) => {
      if (index >= to) return true;
      if (task !== undefined && !sameValue(event.task, task[1], equals)) return false;
      const misses = fieldMisses(event, pattern, equals);
      if (misses.length === 0) return false;

      tasks.add(event.task);
      const gap = typeof at === 'number' ? Math.abs(event.at - at) : 0;
      candidates.push({ event, index, misses, gap });
      return false;
    },
    from,
  );
  candidates.sort(
    (a, b) => a.misses.length - b.misses.length || a.gap - b.gap || a.index - b.index,
  );

  // Events that differ in the same way (three restarts with the same wrong reason) are one line.
  const shown: NearMiss[] = [];
  const seen = new Set<string>();
  let moreAlike = true;
  for (const { event, misses } of candidates) {
    const signature = misses.map(({ key, actual }) => `${key}=${renderValue(actual)}`).join();
    if (seen.has(signature)) continue;
    if (shown.length === SHOWN) {
      moreAlike = false;
      break;
    }
    seen.add(signature);
    shown.push({ event, misses });
  }

  const more = candidates.length - shown.length;
  return { type, shown, more, moreAlike, severalTasks: tasks.size > 1 };
}

// The item's fields the event does not have, in the order the item gives them with the reason
// last; the task is not one, since only events of the item's task are candidates.
function fieldMisses(event: EventRecord, pattern: EventPattern, equals: Equals): FieldMiss[] {
  const fields = event as unknown as Record<string, unknown>;
  const misses: FieldMiss[] = [];
  for (const [key, expected] of pattern.checks) {
    if (key !== 'task' && !sameValue(fields[key], expected, equals))
      misses.push({ key, actual: fields[key], expected });
  }

  const reason = pattern.reason;
  if (reason === undefined) return misses;
  const own = REASON_FIELDS.filter((key) => fields[key] !== undefined);
  if (!own.some((key) => sameValue(fields[key], reason.expected, equals))) {
    const first = own[0];
    misses.push({
      key: 'reason',
      actual: first === undefined ? undefined : fields[first],
      expected: reason.expected,
    });
  }
  return misses;
}
