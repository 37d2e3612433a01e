export { PLACEMENT_KEYS } from './ignored-blocks.js';
export { interpolateConfig } from './interpolate-config.js';
export type { JobVariables, VarsGivenAs } from './input-variables.js';
export { loadJob, readJobFile, type LoadJobOptions } from './load-job.js';
export { parseJob, type JobFileFormat, type LoadedJob, type ParseJobOptions } from './parse-job.js';
export { loadPluginConfig, parsePluginConfigFile } from './plugin-config-file.js';
