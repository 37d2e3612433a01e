import { TaskdoubleError } from '../errors/index.js';

/** A command line the CLI cannot act on (a bad option value): exit code 2. */
export class UsageError extends TaskdoubleError {}
