// The public surface of taskdouble: explicit named exports only, internals stay off it.

export { VirtualClock, Prng } from './clock/index.js';
export type { ClockOptions, PendingTimer, TimerHandle, TimerOptions } from './clock/index.js';

export {
  ConfigError,
  defaultRestartPolicy,
  groupSpecSchema,
  jobSpecSchema,
  mockTaskConfigSchema,
  parseGroupSpec,
  parseJobSpec,
  parseMockTaskConfig,
  parsePluginConfig,
  parseTaskSpec,
  pluginConfigSchema,
  resolveRestartPolicy,
  restartPolicySchema,
  taskConfigJsonSchema,
  taskSpecSchema,
} from './config/index.js';
export type {
  ConfigIssue,
  GroupSpec,
  GroupSpecInput,
  JobSpec,
  JobSpecInput,
  JobType,
  Lifecycle,
  MockCommand,
  MockTaskConfig,
  MockTaskConfigInput,
  PluginConfig,
  PluginConfigInput,
  RestartPolicy,
  RestartPolicyInput,
  TaskSpec,
  TaskSpecInput,
} from './config/index.js';

export { DriverError, DriverStartError, MockDriver } from './driver/index.js';
export type {
  Capabilities,
  DriverNetwork,
  ExecResult,
  ExecStreamingOptions,
  ExitResult,
  Fingerprint,
  MockDriverOptions,
  PluginInfo,
  StartTaskRequest,
  StartTaskResult,
  TaskHandle,
  TaskStats,
  TaskStatus,
} from './driver/index.js';

export { DurationError, formatDuration, goQuote, parseDuration } from './duration/index.js';

export { TaskdoubleError } from './errors/index.js';

export {
  KIND,
  TASK_EVENT_TYPES,
  Timeline,
  toNomadTaskEvent,
  toNomadTaskState,
} from './events/index.js';
export type {
  DriverEntry,
  DriverEntryType,
  NomadTaskEvent,
  NomadTaskState,
  TaskEvent,
  TaskEventType,
} from './events/index.js';

export { loadJob, loadPluginConfig, parseJob, parsePluginConfigFile } from './jobfile/index.js';
export type {
  JobFileFormat,
  JobVariables,
  LoadedJob,
  LoadJobOptions,
  ParseJobOptions,
} from './jobfile/index.js';

export { TaskNotRunningError } from './runner/index.js';
export type { ClientStatus, NomadAllocation } from './runner/index.js';

export {
  DEFAULT_START,
  MockAlloc,
  MockJob,
  MockTask,
  Scenario,
  mockTask,
  scenario,
} from './scenario/index.js';
export type { Duration, JobStatus, NomadJob, ScenarioOptions } from './scenario/index.js';
