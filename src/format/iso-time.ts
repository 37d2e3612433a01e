/**
 * The wall-clock time of a virtual offset as `nomad alloc status` prints it, in UTC:
 * ISO-8601 to the second, `2026-01-01T00:00:31Z` (Go's `2006-01-02T15:04:05Z07:00`).
 */
export function isoTime(start: Date, at: number): string {
  // Nomad prints whole seconds: drop the fraction of the start and of the offset together.
  const ms = start.getTime() + Math.floor(at / 1e6);
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
