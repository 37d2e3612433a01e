import type { EventList, EventRecord } from './read-received.js';

/**
 * The index of the first event at or after `from` whose type is `type` and that `accept`
 * accepts, or -1. A Timeline answers from its type column, so a search of a long timeline reads
 * only the events of that type; an array is searched event by event.
 */
export function findOfType(
  events: EventList,
  type: string,
  accept: (event: EventRecord, index: number) => boolean,
  from: number,
): number {
  if (typeof events.findIndexOfType === 'function')
    return events.findIndexOfType(type, accept, from);

  for (let index = from; index < events.length; index++) {
    const event = events.at(index) as EventRecord;
    if (event.type === type && accept(event, index)) return index;
  }
  return -1;
}
