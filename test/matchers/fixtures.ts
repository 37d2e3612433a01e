// Hand-made received values in the shape of src/scenario's objects (brand + contract fields), so
// the matchers are tested on their own, without running a scenario.
import { stripVTControlCharacters } from 'node:util';
import { parseDuration } from '../../src/duration/index.js';
import {
  KIND,
  Timeline,
  createTaskEvent,
  type TaskEvent,
  type TaskEventFields,
  type TaskEventType,
} from '../../src/events/index.js';

export const START = new Date('2025-01-01T00:00:00Z');

/** One event to record: when, what, and its fields; `task`/`alloc` override the owner's. */
export type Step = [
  at: string,
  type: TaskEventType,
  fields?: TaskEventFields & { task?: string; alloc?: string },
];

/** A timeline of events for `task` in `alloc`, each step at its Go-duration offset. */
export function timelineOf(
  steps: readonly Step[],
  owner: { task?: string; alloc?: string; seed?: number } = {},
): Timeline {
  const timeline = new Timeline(
    owner.seed === undefined ? { start: START } : { seed: owner.seed, start: START },
  );
  for (const [at, type, fields = {}] of steps) {
    const { task = owner.task ?? 'web', alloc = owner.alloc ?? 'demo.web[0]', ...rest } = fields;
    timeline.append(
      createTaskEvent(type, rest, { task, alloc, at: parseDuration(at), start: START }),
    );
  }
  return timeline;
}

/** A branded MockTask-like object with the contract's fields. */
export function fakeTask(
  steps: readonly Step[],
  fields: Record<string, unknown> = {},
): Record<PropertyKey, unknown> {
  const name = (fields['name'] as string | undefined) ?? 'web';
  const alloc = (fields['alloc'] as string | undefined) ?? 'demo.web[0]';
  const seed = (fields['seed'] as number | undefined) ?? 7;
  const events = timelineOf(steps, { task: name, alloc, seed });
  return {
    [KIND]: 'task',
    name,
    alloc,
    seed,
    events,
    state: 'dead',
    failed: false,
    restarts: events.toArray().filter((event) => event.type === 'Restarting').length,
    stdout: '',
    stderr: '',
    stdoutWrites: 0,
    stderrWrites: 0,
    ...fields,
  };
}

/** A branded alloc, job or scenario around a timeline. */
export function fakeOwner(
  kind: 'alloc' | 'job' | 'scenario',
  events: Timeline,
  fields: Record<string, unknown> = {},
): Record<PropertyKey, unknown> {
  const base =
    kind === 'scenario'
      ? { timeline: events }
      : { events, name: kind === 'alloc' ? 'demo.web[0]' : 'demo' };
  return { [KIND]: kind, seed: events.seed, ...base, ...fields };
}

/** The crash loop of a service task: start, exit 1, restart after 15s, start again. */
export const CRASH_LOOP: readonly Step[] = [
  ['0s', 'Received'],
  ['0s', 'Task Setup', { setupMessage: 'Building Task Directory' }],
  ['0s', 'Started'],
  ['30s', 'Terminated', { exitCode: 1, exitMessage: 'boom' }],
  [
    '30s',
    'Restarting',
    { startDelay: parseDuration('15s'), restartReason: 'Restart within policy' },
  ],
  ['45s', 'Started'],
];

/** The message of the assertion error `run` throws, without colours. */
export function failureOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return stripVTControlCharacters((error as Error).message);
  }
  throw new Error('the assertion passed');
}

export type { TaskEvent };
