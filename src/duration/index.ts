export { DurationError, durationMessage } from './duration-error.js';
export { formatDuration } from './format-duration.js';
export { goQuote } from './go-quote.js';
export { parseDuration } from './parse-duration.js';
export { parseGoDuration } from './parse-go-duration.js';
