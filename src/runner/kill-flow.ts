import type { VirtualClock } from '../clock/index.js';
import type { ExitResult, MockDriver } from '../driver/index.js';
import { formatDuration } from '../duration/index.js';
import { cancellableDelay } from './cancellable-delay.js';

/** Nomad's client `max_kill_timeout` default: 30s in ns. */
export const MAX_KILL_TIMEOUT = 30e9;

/** The kill timeout Nomad announces and uses: the task's, capped by the client's maximum. */
export function effectiveKillTimeout(
  killTimeout: number,
  maxKillTimeout = MAX_KILL_TIMEOUT,
): number {
  return Math.min(killTimeout, maxKillTimeout);
}

/** What the kill flow of one running process needs. */
export interface KillFlowContext {
  clock: VirtualClock;
  driver: Pick<MockDriver, 'stopTask'>;
  /** The driver's id of the running process. */
  id: string;
  killTimeout: number;
  killSignal: string;
  /** The task's shutdown_delay in ns (0: none). */
  shutdownDelay: number;
  /** Resolves when the process has exited, whoever ended it. */
  exited: Promise<ExitResult>;
  /** Appends `Waiting for shutdown delay` and moves the task to pending. */
  onShutdownDelay(): void;
  /** Tells the restart tracker that the task is being killed. */
  onKilled(): void;
}

/**
 * Stops a running process the way Nomad's task runner does (NOMAD-REFERENCE §3.4): wait out
 * the shutdown delay (cut short if the process exits by itself, in which case the task was never
 * marked killed), mark it killed, then StopTask with the kill timeout and signal. The driver
 * decides when the process exits and what it reports (DESIGN §4: `kill_after`); the task runner
 * sees that exit through its own wait. The first steps run synchronously up to the first wait,
 * so the tracker knows about the kill before any exit at the same instant is decided.
 */
export async function runKillFlow(context: KillFlowContext): Promise<void> {
  if (context.shutdownDelay > 0) {
    context.onShutdownDelay();

    const wait = cancellableDelay(context.clock, context.shutdownDelay, 'shutdown_delay');
    const exitedFirst = await Promise.race([
      wait.promise.then(() => false),
      context.exited.then(() => true),
    ]);
    wait.cancel();
    if (exitedFirst) return;
  }

  context.onKilled();
  await stopProcess(context.driver, context.id, context.killTimeout, context.killSignal);
}

/**
 * StopTask with the kill timeout and signal; resolves once the process has exited. A task the
 * driver no longer knows counts as stopped, as in Nomad.
 */
export async function stopProcess(
  driver: Pick<MockDriver, 'stopTask'>,
  id: string,
  killTimeout: number,
  killSignal: string,
): Promise<void> {
  try {
    await driver.stopTask(id, formatDuration(killTimeout), killSignal);
  } catch {
    // The mock's only StopTask error is "task not found", which Nomad treats as success;
    // the task runner's wait on the exit decides what happens next either way.
  }
}
