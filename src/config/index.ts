export { ConfigError, type ConfigIssue } from './config-error.js';
export { groupSpecSchema, groupSpecSchemaFor, parseGroupSpec } from './group-spec.js';
export type { GroupSpec, GroupSpecInput } from './group-spec.js';
export { jobSpecSchema, parseJobSpec, type JobSpec, type JobSpecInput } from './job-spec.js';
export { taskConfigJsonSchema } from './json-schema.js';
export { execCommandSchema, type MockCommand } from './mock-command.js';
export {
  copyMockTaskConfig,
  mockTaskConfigSchema,
  parseMockTaskConfig,
} from './mock-task-config.js';
export type { MockTaskConfig, MockTaskConfigInput } from './mock-task-config.js';
export { isParsedPluginConfig, parsePluginConfig, pluginConfigSchema } from './plugin-config.js';
export type { PluginConfig, PluginConfigInput } from './plugin-config.js';
export {
  mergeRestartPolicy,
  resolveRestartPolicy,
  restartPolicyProblems,
  type PolicyProblem,
} from './resolve-restart-policy.js';
export {
  JOB_TYPES,
  defaultRestartPolicy,
  jobTypeSchema,
  restartPolicySchema,
} from './restart-policy.js';
export type {
  JobType,
  RestartPolicy,
  RestartPolicyInput,
  RestartPolicyOverride,
} from './restart-policy.js';
export { SIGNAL_NUMBERS, normalizeSignal } from './signal-name.js';
export { parseTaskSpec, taskSpecSchema, taskSpecSchemaFor } from './task-spec.js';
export type { Lifecycle, ParseTaskSpecOptions, TaskSpec, TaskSpecInput } from './task-spec.js';

// Building blocks for other modules' option schemas (not part of the public surface).
export { durationField } from './duration-field.js';
export { expected } from './expected.js';
export { parseInput } from './parse-input.js';
export { ParseMemo } from './parse-memo.js';
export { booleanField, enumField, integerField } from './scalar-fields.js';
export { ZONED_TIME_FORMS, parseZonedTime } from './zoned-time.js';
