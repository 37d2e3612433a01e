import type { VirtualClock } from '../clock/index.js';
import type { DriverLog } from './driver-log.js';
import { DriverTask } from './driver-task.js';
import type { OutputSink, TaskHandle } from './driver-types.js';
import { exitResult } from './exit-result.js';

/** What a recovery works from: the handle, the task still stored under its id, if any, and sinks. */
export interface RecoverySource {
  readonly handle: TaskHandle;
  readonly existing: DriverTask | undefined;
  readonly sinks: { readonly stdout?: OutputSink; readonly stderr?: OutputSink };
}

/**
 * Re-runs a task from its handle as Nomad ≥ 1.6 does: the same start time, `run_for` (and
 * `exec_command`'s) reduced by the time already run, `plugin_exit_after` re-armed in full. The
 * re-run process starts its output over, like Nomad's re-run command; with no time left the
 * task exits at once with its configured result and writes nothing.
 */
export function recoverInto(
  clock: VirtualClock,
  log: DriverLog,
  source: RecoverySource,
  store: (task: DriverTask) => void,
): void {
  const { handle, existing, sinks } = source;
  const task =
    existing ??
    new DriverTask(clock, log, {
      id: handle.id,
      name: handle.name,
      config: handle.config,
      startedAt: handle.startedAt,
      stdout: sinks.stdout,
      stderr: sinks.stderr,
    });
  store(task);

  const elapsed = clock.now - handle.startedAt;
  const exec = handle.config.exec_command;
  task.execCommand = exec === undefined ? undefined : { ...exec, run_for: exec.run_for - elapsed };
  log.record('RecoverTask', task, {});

  const { run_for, exit_code, exit_signal, exit_err_msg } = handle.config;
  const remaining = run_for - elapsed;
  if (remaining <= 0) task.exitNow(exitResult(exit_code, exit_signal, exit_err_msg));
  else task.launch({ ...handle.config, run_for: remaining });
}
