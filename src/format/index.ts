export { renderAllocStatus, type AllocStatusOptions } from './alloc-status.js';
export { columns } from './columns.js';
export {
  exactAllocation,
  type AllocationSource,
  type ExactTaskEvent,
  type IndexedEvents,
  type NomadAllocationJson,
} from './exact-allocation.js';
export { exactJson } from './exact-json.js';
export { isoTime } from './iso-time.js';
export { renderJobSummary, type JobSummarySource } from './job-summary.js';
export { eventLine, renderTimeline, type TimelineLine } from './timeline-view.js';
export type { AllocView, TaskView } from './views.js';
