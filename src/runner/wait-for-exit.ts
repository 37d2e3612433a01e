import type { VirtualClock } from '../clock/index.js';
import {
  PLUGIN_SHUT_DOWN,
  type ExitResult,
  type MockDriver,
  type OutputSink,
  type TaskHandle,
} from '../driver/index.js';

/**
 * The process's final exit. A "plugin is shut down" result is not an exit: Nomad recovers the
 * task silently and keeps waiting. Recovering twice at one instant (a non-positive
 * `plugin_exit_after`) would loop forever in virtual time, so that result is then taken.
 */
export async function waitForExit(
  driver: Pick<MockDriver, 'waitTask' | 'recoverTask'>,
  clock: VirtualClock,
  handle: TaskHandle,
  sinks: { stdout: OutputSink; stderr: OutputSink },
): Promise<ExitResult> {
  let lastRecovery = -1;
  for (;;) {
    const exit = await driver.waitTask(handle.id);
    if (exit.err !== PLUGIN_SHUT_DOWN || clock.now === lastRecovery) return exit;

    lastRecovery = clock.now;
    await driver.recoverTask(handle, sinks);
  }
}
