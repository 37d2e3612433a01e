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

type ExitFields = { -readonly [K in keyof ExitResult]: ExitResult[K] };

// Exit results are made by a constructor of their own rather than as literals: a four-key literal
// starts from the hidden class every `{}` starts from, whose transitions objects keyed by task
// names can fill (see runner/by-name.ts), and from then on every exit result would get a hidden
// class of its own. A constructor's objects start from its own hidden class, all fields in the
// object. Its prototype is Object.prototype, so a result is a plain object to `toEqual`,
// `toStrictEqual`, snapshots and JSON.
const ExitRecord = function (
  this: ExitFields,
  exitCode: number,
  signal: number,
  err: string,
  successful: boolean,
) {
  this.exitCode = exitCode;
  this.signal = signal;
  if (err !== '') this.err = err;
  this.oomKilled = false;
  this.successful = successful;
} as unknown as new (
  exitCode: number,
  signal: number,
  err: string,
  successful: boolean,
) => ExitResult;
ExitRecord.prototype = Object.prototype;

/** Builds an exit result; an empty `err` means no error, as in Nomad's mock driver. */
export function exitResult(exitCode: number, signal: number, err = ''): ExitResult {
  const successful = exitCode === 0 && signal === 0 && err === '';
  return Object.freeze(new ExitRecord(exitCode, signal, err, successful));
}
