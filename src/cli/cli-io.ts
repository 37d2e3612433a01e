/** Where the CLI writes, and whether it may color what it writes to stdout. */
export interface CliIo {
  /** Writes to standard output, as given (the text carries its own newlines). */
  stdout(text: string): void;
  /** Writes to standard error, as given. */
  stderr(text: string): void;
  /** Whether stdout is a terminal that may be colored (and NO_COLOR is unset). */
  readonly color: boolean;
}

/** Bold text for headings, in plain ANSI so it never depends on the runtime's own checks. */
export function bold(text: string): string {
  return `\u001b[1m${text}\u001b[22m`;
}

/** Whether output to a stream may be colored: a terminal, and NO_COLOR unset or empty. */
export function colorAllowed(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return isTTY === true && (env['NO_COLOR'] ?? '') === '';
}
