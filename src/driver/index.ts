export {
  CANNOT_DESTROY_RUNNING,
  DriverError,
  DriverStartError,
  HANDLE_NIL,
  NO_EXEC_COMMAND,
  PLUGIN_SHUT_DOWN,
  TASK_NOT_FOUND,
} from './driver-errors.js';
export type {
  Capabilities,
  DriverNetwork,
  ExecResult,
  ExecStreamingOptions,
  Fingerprint,
  OutputSink,
  PluginInfo,
  StartTaskRequest,
  StartTaskResult,
  TaskHandle,
  TaskOutput,
  TaskStats,
  TaskStatus,
} from './driver-types.js';
export { type ExitResult, exitResult } from './exit-result.js';
export { MockDriver, type MockDriverOptions } from './mock-driver.js';
export type { PortMap } from './port-map.js';
export { parseSignal, signalName } from './signals.js';
// The task runner's synchronous entry points: internal, not re-exported by the package.
export { onTaskExit, recoverTaskNow, startTaskNow, stopTaskNow } from './driver-internals.js';
export type { Launched } from './launch-task.js';
export type { DriverTask } from './driver-task.js';
