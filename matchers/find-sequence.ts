import { type EventPattern, type Equals, matchesPattern } from './event-pattern.js';
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
  if (patterns.length === 0) return matched;

  // Indexed reads through at() read a Timeline in place; on a million events they measured
  // about twice as fast as going through the Timeline's iterator.
  for (let index = 0; index < events.length; index++) {
    const pattern = patterns[matched.length] as EventPattern;
    if (matchesPattern(events.at(index) as EventRecord, pattern, equals)) {
      matched.push(index);
      if (matched.length === patterns.length) break;
    }
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
  for (let index = 0; index < events.length; index++) {
    if (matchesPattern(events.at(index) as EventRecord, pattern, equals)) return index;
  }
  return -1;
}
