// taskdouble/matchers: the runner-neutral core, for `expect.extend` anywhere (node:test with the
// standalone `expect` package, or a runner this package has no entry for).
export { anEvent } from './an-event.js';
export type { AnEvent } from './an-event.js';
export type {
  AsymmetricLike,
  EventFields,
  EventItem,
  EventSequence,
  EventTypeName,
} from './event-fields.js';
export type { MatcherContext, MatcherResult, MatcherUtils } from './matcher-context.js';
export { matchers } from './matchers.js';
export type { TypedMatchers } from './matchers.js';
export { serializer } from './serializer.js';
export type { SerializerConfig, TimelineSerializer } from './serializer.js';
export type {
  OutputExpectation,
  TaskdoubleMatchers,
  TerminationExpectation,
} from './taskdouble-matchers.js';
