import type { VirtualClock } from '../clock/index.js';
import {
  DriverStartError,
  type DriverNetwork,
  type ExitResult,
  type MockDriver,
  type OutputSink,
  type TaskHandle,
} from '../driver/index.js';
import { waitForExit } from './wait-for-exit.js';

/** A running process of a task: its driver id, its handle and the promise of its exit. */
export interface Process {
  readonly id: string;
  readonly handle: TaskHandle;
  readonly exited: Promise<ExitResult>;
}

/** What {@link startProcess} needs. */
export interface StartRequest {
  id: string;
  name: string;
  /** The raw config block (`toDriverConfig` of the spec's). */
  config: Record<string, unknown>;
  sinks: { stdout: OutputSink; stderr: OutputSink };
}

/** A started process, or the start error as Nomad's task runner sees it. */
export type StartOutcome =
  | { ok: true; process: Process; network: DriverNetwork }
  | { ok: false; message: string; recoverable: boolean };

/**
 * StartTask, answering with the process (already being waited on) or the failure: its text
 * for `Driver Failure` and whether the restart tracker may retry it (only a recoverable
 * `DriverStartError`; anything else is unrecoverable, as in Nomad).
 */
export async function startProcess(
  driver: Pick<MockDriver, 'startTask' | 'waitTask' | 'recoverTask'>,
  clock: VirtualClock,
  request: StartRequest,
): Promise<StartOutcome> {
  const { id, name, config, sinks } = request;
  try {
    const { handle, network } = await driver.startTask({
      id,
      name,
      config,
      stdout: sinks.stdout,
      stderr: sinks.stderr,
    });
    const exited = waitForExit(driver, clock, handle, sinks);
    return { ok: true, process: { id, handle, exited }, network };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const recoverable = error instanceof DriverStartError && error.recoverable;
    return { ok: false, message, recoverable };
  }
}
