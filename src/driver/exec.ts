import type { VirtualClock } from '../clock/index.js';
import type { MockCommand } from '../config/index.js';
import { goQuote } from '../duration/index.js';
import { TaskdoubleError, showValue } from '../errors/index.js';
import type { ExecResult, OutputSink } from './driver-types.js';
import { FakeProcess } from './fake-process.js';

const MILLISECOND = 1_000_000;

/** What `execTask` writes: `Exec("web", ["/bin/sh" "-c" "echo hi"])`, Go-quoted as in Nomad. */
export function execText(name: string, command: readonly string[]): string {
  return `Exec(${goQuote(name)}, [${command.map(goQuote).join(' ')}])`;
}

/** Checks an exec command from the caller: a list of strings. */
export function checkCommand(command: unknown, path: string): readonly string[] {
  if (Array.isArray(command) && command.every((word) => typeof word === 'string')) {
    return command as string[];
  }
  throw new TaskdoubleError(
    `${path}: ${showValue(command)} is not a command; give a list of strings such as ["ls", "-l"]`,
  );
}

/**
 * The one-off command the mock runs for `showinput`: it echoes the TTY flag and the whole of
 * stdin, and takes 1 ms.
 */
export function showInputCommand(tty: boolean, stdin: string): MockCommand {
  return {
    run_for: MILLISECOND,
    exit_code: 0,
    exit_signal: 0,
    exit_err_msg: '',
    stdout_string: `TTY: ${String(tty)}\nStdin:\n${stdin}\n`,
    stdout_repeat: 0,
    stdout_repeat_duration: 0,
    stderr_string: '',
    stderr_repeat: 0,
    stderr_repeat_duration: 0,
  };
}

/**
 * Runs an exec'd command with the fake process's semantics (first writes at once, repeats,
 * exit once `run_for` and both output loops are done). Nothing can cancel it, as in Nomad.
 */
export function runExecCommand(
  clock: VirtualClock,
  command: MockCommand,
  sinks: { stdout?: OutputSink | undefined; stderr?: OutputSink | undefined },
  label: string,
): Promise<ExecResult> {
  const output = { stdout: '', stderr: '' };

  return new Promise((resolve) => {
    const process = new FakeProcess(
      clock,
      command,
      {
        processWrote: (stream, text) => {
          output[stream] += text;
          sinks[stream]?.(text);
        },
        processExited: (exitResult) => resolve({ ...output, exitResult }),
      },
      { pluginExitAfter: 0, label: `${label}: exec` },
    );
    process.start();
  });
}
