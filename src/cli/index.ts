export { bold, colorAllowed, type CliIo } from './cli-io.js';
export { EXIT, main } from './main.js';
export { UsageError } from './usage-error.js';
