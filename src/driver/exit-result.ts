/** How a task (or an exec'd command) ended, in Nomad's ExitResult terms. */
export interface ExitResult {
  readonly exitCode: number;
  readonly signal: number;
  /** The exit error's text; absent when there was none. */
  readonly err?: string;
  readonly oomKilled: boolean;
  /** Exit code 0, signal 0 and no error. */
  readonly successful: boolean;
}

/** Builds an exit result; an empty `err` means no error, as in Nomad's mock driver. */
export function exitResult(exitCode: number, signal: number, err = ''): ExitResult {
  const successful = exitCode === 0 && signal === 0 && err === '';
  const result =
    err === ''
      ? { exitCode, signal, oomKilled: false, successful }
      : { exitCode, signal, err, oomKilled: false, successful };
  return Object.freeze(result);
}
