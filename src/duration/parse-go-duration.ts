import { scanGoDuration } from './scan-go-duration.js';
import { toSafeNanos } from './to-safe-nanos.js';

/**
 * Parses a Go duration string (`"1m30s"`, `"-1.5h"`, `".5s"`, `"1h1h"`) to integer
 * nanoseconds, taking `""` as 0 like the mock driver does; throws a `DurationError`.
 *
 * @example parseGoDuration('1.000000001s') // => 1000000001
 */
export function parseGoDuration(text: string): number {
  // The mock driver's own rule, checked before Go's parser (for which "" is invalid).
  if (text === '') return 0;
  return toSafeNanos(scanGoDuration(text), text);
}
