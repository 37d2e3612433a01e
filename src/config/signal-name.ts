/**
 * Signal names a task may be killed with, and their numbers on Linux (where Nomad clients
 * mostly run), which the driver reports as an exit signal.
 */
export const SIGNAL_NUMBERS: Readonly<Record<string, number>> = Object.freeze({
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGIOT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGSTKFLT: 16,
  SIGCHLD: 17,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGTSTP: 20,
  SIGTTIN: 21,
  SIGTTOU: 22,
  SIGURG: 23,
  SIGXCPU: 24,
  SIGXFSZ: 25,
  SIGVTALRM: 26,
  SIGPROF: 27,
  SIGWINCH: 28,
  SIGIO: 29,
  SIGPWR: 30,
  SIGSYS: 31,
});

/**
 * The canonical name of a signal (`int`, `SIGint`, `INT` -> `SIGINT`), or `undefined`
 * when it names no signal we know.
 */
export function normalizeSignal(name: string): string | undefined {
  const upper = name.toUpperCase();
  const canonical = upper.startsWith('SIG') ? upper : `SIG${upper}`;
  return Object.hasOwn(SIGNAL_NUMBERS, canonical) ? canonical : undefined;
}
