import { type EventPattern, type Equals, matchesPattern } from './event-pattern.js';
import { findOfType } from './find-of-type.js';
import type { EventList, EventRecord } from './read-received.js';

/**
 * Where each item matched, in one pass over the timeline. Taking the earliest event that fits
 * each item is never worse than any other choice, so gaps cost no backtracking and a check
 * stays linear in the timeline's length.
 */
export function findSequence(
  events: EventList,
  patterns: readonly EventPattern[],
  equals: Equals,
): number[] {
  const matched: number[] = [];
  let from = 0;
  for (const pattern of patterns) {
    const index = findMatch(events, pattern, equals, from);
    if (index === -1) break;
    matched.push(index);
    from = index + 1;
  }
  return matched;
}

/** The items that match the timeline event for event from its start, up to the first that does not. */
export function matchPrefix(
  events: EventList,
  patterns: readonly EventPattern[],
  equals: Equals,
): number {
  const shortest = Math.min(events.length, patterns.length);
  for (let i = 0; i < shortest; i++) {
    if (!matchesPattern(events.at(i) as object, patterns[i] as EventPattern, equals)) return i;
  }
  return shortest;
}

/** The index of the first event that is what `pattern` describes, or -1. */
export function findEvent(events: EventList, pattern: EventPattern, equals: Equals): number {
  return findMatch(events, pattern, equals, 0);
}

/** The indexes of every event that is what `pattern` describes, in order. */
export function findEvents(events: EventList, pattern: EventPattern, equals: Equals): number[] {
  const found: number[] = [];
  // The search is asked for a match it never gets, so one pass visits every candidate.
  findMatch(events, pattern, equals, 0, (index) => {
    found.push(index);
    return false;
  });
  return found;
}

// The first event from `from` that `pattern` matches and `then` accepts. An event of another
// type never matches (matchesPattern checks the type before calling `equals`), so a pattern
// that names a type reads only the events of that type: a Timeline finds them in its column.
function findMatch(
  events: EventList,
  pattern: EventPattern,
  equals: Equals,
  from: number,
  then: (index: number) => boolean = () => true,
): number {
  const accept = (event: EventRecord, index: number): boolean =>
    matchesPattern(event, pattern, equals) && then(index);
  if (pattern.type !== undefined) return findOfType(events, pattern.type, accept, from);

  for (let index = from; index < events.length; index++) {
    if (accept(events.at(index) as EventRecord, index)) return index;
  }
  return -1;
}
