import { type EventPattern, type Equals, matchesPattern } from './event-pattern.js';
import type { EventRecord } from './read-received.js';

/**
 * Where each item matched, in one pass over the timeline. Taking the earliest event that fits
 * each item is never worse than any other choice, so gaps cost no backtracking and a check
 * stays linear in the timeline's length.
 */
export function findSequence(
  events: readonly EventRecord[],
  patterns: readonly EventPattern[],
  equals: Equals,
): number[] {
  const matched: number[] = [];
  for (let i = 0; i < events.length && matched.length < patterns.length; i++) {
    const pattern = patterns[matched.length];
    if (pattern !== undefined && matchesPattern(events[i] as object, pattern, equals))
      matched.push(i);
  }
  return matched;
}

/** The items that match the timeline event for event from its start, up to the first that does not. */
export function matchPrefix(
  events: readonly EventRecord[],
  patterns: readonly EventPattern[],
  equals: Equals,
): number {
  const shortest = Math.min(events.length, patterns.length);
  for (let i = 0; i < shortest; i++) {
    if (!matchesPattern(events[i] as object, patterns[i] as EventPattern, equals)) return i;
  }
  return shortest;
}
