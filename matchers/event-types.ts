import { DRIVER_ENTRY_TYPES, TASK_EVENT_TYPES } from '../src/events/index.js';

/** Every type name a matcher accepts: Nomad's task event types, then the driver's entry types. */
export const EVENT_TYPE_NAMES: readonly string[] = [...TASK_EVENT_TYPES, ...DRIVER_ENTRY_TYPES];

// Type names are matched without regard to case or repeated spaces: `not restarting` is fine.
const BY_KEY = new Map(EVENT_TYPE_NAMES.map((name) => [typeKey(name), name]));

/** The canonical spelling of a type name written in any case, or undefined when there is none. */
export function canonicalType(name: string): string | undefined {
  return BY_KEY.get(typeKey(name));
}

function typeKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
