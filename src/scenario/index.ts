export { MockAlloc } from './mock-alloc.js';
export { MockJob, type JobStatus, type NomadJob } from './mock-job.js';
export { MockTask } from './mock-task.js';
export { DEFAULT_START, type ScenarioOptions } from './scenario-options.js';
export type { Duration } from './scenario-duration.js';
export { Scenario, mockTask, scenario } from './scenario.js';
