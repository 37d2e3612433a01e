import type { MockTaskConfig } from '../config/index.js';
import type { ExitResult } from './exit-result.js';
import { planKill } from './kill-plan.js';
import {
  handleOf,
  launchParsed,
  parseOrFail,
  type LaunchRequest,
  type Launched,
} from './launch-task.js';
import { driverCore, type MockDriver } from './mock-driver.js';
import { recoverInto } from './recover-task.js';
import { parseSignal, signalName } from './signals.js';
import type { OutputSink, TaskHandle } from './driver-types.js';

// The task runner's synchronous way into a driver: the same steps, entries and texts as the
// public methods of the same names, without a promise per call. Users never see these (the
// package exports only MockDriver's public API); code under test gets the promises of DESIGN §4.

/**
 * `startTask` without its promise: the launched task and its network, or, when the config
 * blocks (`start_block_for`) and `blocked` is false, the ns to wait before calling again with
 * `blocked` true. Throws the `DriverStartError` that `startTask` would reject with. `parsed` is
 * the config a previous launch of the same raw config validated (`launched.task.config`): a
 * restart reuses it instead of validating and copying the block again.
 *
 * @internal
 */
export function startTaskNow(
  driver: MockDriver,
  request: LaunchRequest,
  blocked: boolean,
  parsed?: MockTaskConfig,
): Launched | number {
  const core = driverCore(driver);
  const config = parsed ?? parseOrFail(core.log, request);
  if (!blocked && config.start_block_for > 0) return config.start_block_for;
  return launchParsed(core.clock, core.log, request, config, core.store);
}

/**
 * `stopTask` without its promise: records the stop and kills as the task's `kill_after` says
 * (the exit happens inside this call when it is immediate). A task the driver no longer knows is
 * left alone, as Nomad treats "task not found" as stopped.
 *
 * @internal
 */
export function stopTaskNow(driver: MockDriver, id: string, timeout: number, signal: string): void {
  const core = driverCore(driver);
  const task = core.tasks.get(id);
  if (task === undefined) return;

  const known = stopSignals.get(signal) ?? learnSignal(signal);
  core.log.record('StopTask', task, { timeout, killSignal: known.name });
  task.kill(planKill(task.config.kill_after, timeout, known.number, task.config.exit_signal));
}

// Tasks are stopped with the few kill signals their specs name, again and again: parse each once.
const stopSignals = new Map<string, { number: number; name: string }>();

function learnSignal(signal: string): { number: number; name: string } {
  const number = parseSignal(signal, 'stopTask signal');
  const known = { number, name: signalName(number) };
  stopSignals.set(signal, known);
  return known;
}

/**
 * Calls `listener` synchronously when the task stored under `id` exits (at once if it has), in
 * the order `waitTask`'s promises would resolve.
 *
 * @internal
 */
export function onTaskExit(
  driver: MockDriver,
  id: string,
  listener: (result: ExitResult) => void,
): void {
  driverCore(driver).tasks.get(id)?.onExit(listener);
}

/**
 * `recoverTask` without its promise, for the handle of the task stored under `id` when it was
 * launched (`launched`).
 *
 * @internal
 */
export function recoverTaskNow(
  driver: MockDriver,
  launched: Launched['task'],
  sinks: { stdout?: OutputSink; stderr?: OutputSink },
): void {
  const core = driverCore(driver);
  const handle: TaskHandle = handleOf(launched);
  const existing = core.tasks.get(handle.id);
  if (existing?.running === true) return;

  recoverInto(core.clock, core.log, { handle, existing, sinks }, core.store);
}
