import {
  unixNanos,
  type NomadTaskEvent,
  type NomadTaskState,
  type TaskEvent,
} from '../events/index.js';

/** Nomad's allocation JSON as `MockAlloc.toNomad()` gives it. */
export interface NomadAllocationJson {
  readonly Name: string;
  readonly ClientStatus: string;
  readonly TaskStates: Readonly<Record<string, NomadTaskState>>;
}

/** What `exactAllocation` reads of an allocation: a MockAlloc fits. */
export interface AllocationSource {
  readonly tasks: Readonly<
    Record<string, { readonly events: readonly TaskEvent[] | IndexedEvents }>
  >;
  toNomad(options: { maxEvents?: number }): NomadAllocationJson;
}

/** A timeline's indexed access. */
export interface IndexedEvents {
  readonly length: number;
  at(index: number): TaskEvent | undefined;
}

/** A task event of Nomad's JSON whose `Time` is the exact BigInt of Unix nanoseconds. */
export type ExactTaskEvent = Omit<NomadTaskEvent, 'Time'> & { Time: bigint };

/**
 * Nomad's allocation JSON (name, client status, TaskStates) with each event's `Time` as the
 * exact Unix nanoseconds, a BigInt; write it with `exactJson` to keep every digit.
 */
export function exactAllocation(
  alloc: AllocationSource,
  options: { start: Date; maxEvents: number },
): Omit<NomadAllocationJson, 'TaskStates'> & {
  TaskStates: Record<string, Omit<NomadTaskState, 'Events'> & { Events: ExactTaskEvent[] }>;
} {
  const json = alloc.toNomad({ maxEvents: options.maxEvents });

  const states = Object.entries(json.TaskStates).map(([name, state]) => {
    const events = alloc.tasks[name]?.events;
    // Nomad's list holds the task's last events in order: line them up from the end.
    const offset = (events?.length ?? 0) - state.Events.length;
    const exact = state.Events.map((event, index) => {
      const source = events?.at(offset + index);
      const time = source === undefined ? BigInt(event.Time) : unixNanos(options.start, source.at);
      return { ...event, Time: time };
    });
    return [name, { ...state, Events: exact }] as const;
  });

  return { ...json, TaskStates: Object.fromEntries(states) };
}
