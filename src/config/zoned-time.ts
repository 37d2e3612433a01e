// A date alone (ECMAScript reads it as UTC midnight), or a date and time with its zone. A time
// without a zone would be read as the machine's local time, so the same test would print
// different absolute times on different machines.
const ZONED_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** What a zoned time accepts, for messages: the forms and an example of each. */
export const ZONED_TIME_FORMS =
  'an ISO-8601 time with a zone ("2026-01-01T10:00:00Z", "2026-01-01T10:00:00+02:00") or a date alone ("2026-01-01", UTC)';

/**
 * The instant an ISO-8601 string names when it reads the same on every machine: a date alone,
 * or a date and time with `Z` or `±hh:mm`; `undefined` for anything else (no zone, not a date).
 *
 * @example parseZonedTime('2026-01-01T10:00:00+02:00') // => 2026-01-01T08:00:00.000Z
 */
export function parseZonedTime(value: string): Date | undefined {
  if (!ZONED_TIME.test(value) || !isCalendarDate(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

// `new Date()` rolls a day past the month's end over (`2026-02-30` is March 2nd): refuse it.
function isCalendarDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}
