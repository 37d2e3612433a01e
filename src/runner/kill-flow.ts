import { stopTaskNow, type MockDriver } from '../driver/index.js';
import { Step } from './life-steps.js';
import { later } from './reaction-queue.js';
import type { RunningProcess } from './running-process.js';
import type { TaskLife } from './task-life.js';

/** Nomad's client `max_kill_timeout` default: 30s in ns. */
export const MAX_KILL_TIMEOUT = 30e9;

/** The kill timeout Nomad announces and uses: the task's, capped by the client's maximum. */
export function effectiveKillTimeout(
  killTimeout: number,
  maxKillTimeout = MAX_KILL_TIMEOUT,
): number {
  return Math.min(killTimeout, maxKillTimeout);
}

/**
 * StopTask with the kill timeout (ns) and signal, synchronously: an immediate kill exits the
 * process inside this call, and the task runner sees the exit as any other. A task the driver no
 * longer knows counts as stopped, as in Nomad.
 */
export function stopProcess(
  driver: MockDriver,
  id: string,
  killTimeout: number,
  killSignal: string,
): void {
  try {
    stopTaskNow(driver, id, killTimeout, killSignal);
  } catch {
    // The mock's only StopTask error is "task not found", which Nomad treats as success;
    // the task runner's wait on the exit decides what happens next either way.
  }
}

/**
 * Stops the running process the way Nomad's task runner does (NOMAD-REFERENCE §3.4): wait out
 * the shutdown delay (cut short if the process exits by itself, in which case the task was never
 * marked killed), mark it killed, then StopTask with the kill timeout and signal. The driver
 * decides when the process exits and what it reports (DESIGN §4: `kill_after`); the life sees
 * that exit as any other. Without a delay the tracker knows about the kill before any exit at the
 * same instant is decided.
 */
export function beginKill(life: TaskLife, process: RunningProcess): void {
  const { runner } = life;
  const shutdownDelay = runner.spec.shutdown_delay;
  if (shutdownDelay > 0) {
    life.move('pending', () => runner.emit('Waiting for shutdown delay', { shutdownDelay }));
    process.shutdownTimer = life.clock.setTimer(
      shutdownDelay,
      () => later(life, Step.shutdownOver, process),
      { label: 'shutdown_delay' },
    );
    return;
  }

  kill(life, process);
}

/** The shutdown delay is over: kill, unless the process exited by itself meanwhile. */
export function shutdownOver(life: TaskLife, process: RunningProcess): void {
  process.shutdownTimer = undefined;
  // A process that exited by itself during the delay was never killed.
  if (process.done) return;
  kill(life, process);
}

function kill(life: TaskLife, process: RunningProcess): void {
  life.tracker.setKilled();
  const { runner } = life;
  stopProcess(life.driver, process.id, runner.killTimeout, runner.spec.kill_signal);
}
