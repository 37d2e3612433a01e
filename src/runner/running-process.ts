import type { TimerHandle } from '../clock/index.js';
import type { DriverNetwork, DriverTask, ExitResult } from '../driver/index.js';
import type { TaskEventFields } from '../events/index.js';

/** A running process of a task: its driver id, the task the driver launched and how it ended. */
export class RunningProcess {
  /** The driver's id, `<alloc>/<task>/<n>`. */
  readonly id: string;
  /** What the driver launched: its handle is rebuilt from it for a recovery. */
  readonly launched: DriverTask;
  /** The network the driver reported at the start. */
  readonly network: DriverNetwork;
  /** The last exit the driver reported, not yet looked at or the final one. */
  result: ExitResult | undefined = undefined;
  /** True once the runner took the final exit (a plugin exit that is recovered is none). */
  done = false;
  /** When a `plugin is shut down` exit was last recovered, in ns (-1: never). */
  lastRecovery = -1;
  /** The shutdown_delay wait of a kill in progress. */
  shutdownTimer: TimerHandle | undefined = undefined;

  constructor(id: string, launched: DriverTask, network: DriverNetwork) {
    this.id = id;
    this.launched = launched;
    this.network = network;
  }
}

/** The fields of the `Terminated` event of an exit. */
export function terminatedFields(exit: ExitResult): TaskEventFields {
  // Two literals rather than a conditional spread, which is slow on V8.
  return exit.err === undefined
    ? { exitCode: exit.exitCode, signal: exit.signal, oomKilled: exit.oomKilled }
    : {
        exitCode: exit.exitCode,
        signal: exit.signal,
        oomKilled: exit.oomKilled,
        exitMessage: exit.err,
      };
}
