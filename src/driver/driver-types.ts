import type { MockTaskConfig } from '../config/index.js';
import type { ExitResult } from './exit-result.js';
import type { PortMap } from './port-map.js';

/** Receives a task's output, one write at a time, in order. */
export type OutputSink = (text: string) => void;

/** What `startTask` takes: the task's id and name, its raw `config` block and optional sinks. */
export interface StartTaskRequest {
  readonly id: string;
  readonly name: string;
  /** The task's `config` block as in a job file (snake_case keys); validated by the driver. */
  readonly config?: unknown;
  readonly stdout?: OutputSink;
  readonly stderr?: OutputSink;
}

/** The network the driver reports for a task (`driver_ip`, `driver_advertise`, `driver_port_map`). */
export interface DriverNetwork {
  readonly ip: string;
  readonly autoAdvertise: boolean;
  readonly portMap: PortMap | undefined;
}

/** The driver state stashed for `recoverTask`, like Nomad's task handle (version 1). */
export interface TaskHandle {
  readonly version: 1;
  readonly id: string;
  readonly name: string;
  readonly config: MockTaskConfig;
  /** When the task started, in ns on the driver's clock. */
  readonly startedAt: number;
}

/** What a successful `startTask` answers. */
export interface StartTaskResult {
  readonly handle: TaskHandle;
  readonly network: DriverNetwork;
}

/** `inspectTask`'s answer; times are ns on the driver's clock. */
export interface TaskStatus {
  readonly id: string;
  readonly name: string;
  readonly state: 'running' | 'exited';
  readonly startedAt: number;
  readonly completedAt: number | undefined;
  readonly exitResult: ExitResult | undefined;
}

/** Everything a task wrote, and how many writes it took. */
export interface TaskOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutWrites: number;
  readonly stderrWrites: number;
}

/** The answer of `execTask` and `execTaskStreaming`. */
export interface ExecResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitResult: ExitResult;
}

/** What `execTaskStreaming` takes. */
export interface ExecStreamingOptions {
  readonly command: readonly string[];
  readonly stdin?: string;
  readonly tty?: boolean;
  readonly stdout?: OutputSink;
  readonly stderr?: OutputSink;
}

/** One fingerprint of the driver. */
export interface Fingerprint {
  readonly health: 'healthy' | 'undetected';
  readonly healthDescription: 'Healthy' | 'disabled';
  readonly attributes: Readonly<Record<string, boolean>>;
}

/** One resource-usage sample (`taskStats`). */
export interface TaskStats {
  /** When it was taken, in ns on the driver's clock. */
  readonly timestamp: number;
  readonly memory: { readonly rss: number; readonly measured: readonly ['RSS'] };
}

/** The plugin's identity. */
export interface PluginInfo {
  readonly name: 'mock_driver';
  readonly type: 'driver';
  readonly pluginVersion: '0.1.0';
  readonly pluginApiVersions: readonly ['v0.1.0'];
}

/** What the driver can do, as Nomad's mock driver answers. */
export interface Capabilities {
  readonly sendSignals: true;
  readonly exec: true;
  readonly fsIsolation: 'none' | 'chroot' | 'image';
  /** Nomad's "none supported". */
  readonly mountConfigs: 'none';
  readonly netIsolationModes: readonly string[];
  readonly mustInitiateNetwork: false;
  readonly disableLogCollection: false;
  readonly dynamicWorkloadUsers: false;
}
