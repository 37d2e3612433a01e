import { describe, expect, it } from 'vitest';

import { parseSignal, signalName } from './signals.js';

describe('parseSignal', () => {
  it.each([
    ['SIGINT', 2],
    ['sigint', 2],
    ['INT', 2],
    ['term', 15],
    ['SigKill', 9],
    ['hup', 1],
    [9, 9],
    [64, 64],
  ])('reads %j as %i', (input, number) => {
    expect(parseSignal(input, 'signal')).toBe(number);
  });

  it('refuses an unknown name with a suggestion and the accepted names', () => {
    expect(() => parseSignal('SIGTREM', 'stopTask signal')).toThrowErrorMatchingInlineSnapshot(
      `[TaskdoubleError: taskdouble: stopTask signal: "SIGTREM" is not a signal (did you mean SIGTERM?); give a name, with or without SIG and in any case, or a number from 1 to 64: SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGIOT, SIGBUS, SIGFPE, SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT, SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPWR, SIGSYS]`,
    );
  });

  it.each([[0], [65], [2.5], ['9'], [''], [null], ['toString'], ['__proto__']])(
    'refuses %j',
    (input) => {
      expect(() => parseSignal(input, 'signal')).toThrow(/^taskdouble: signal: .* is not a signal/);
    },
  );
});

describe('signalName', () => {
  it.each([
    [2, 'SIGINT'],
    [6, 'SIGABRT'],
    [9, 'SIGKILL'],
    [40, '40'],
  ])('names %i %s', (number, name) => {
    expect(signalName(number)).toBe(name);
  });
});
