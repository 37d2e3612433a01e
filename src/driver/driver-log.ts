import type { VirtualClock } from '../clock/index.js';
import {
  type DriverEntry,
  type DriverEntryFields,
  type DriverEntryType,
  Timeline,
  createDriverEntry,
} from '../events/index.js';

/** Which task an entry is about. */
export interface EntryTask {
  readonly id: string;
  readonly name: string;
}

/** Appends driver entries to the driver's timeline, stamped with the clock's time. */
export class DriverLog {
  constructor(
    readonly timeline: Timeline<DriverEntry>,
    private readonly clock: VirtualClock,
  ) {}

  /** Records that `type` happened to `task` now. */
  record<T extends DriverEntryType>(type: T, task: EntryTask, fields: DriverEntryFields[T]): void {
    const where = { task: task.name, id: task.id, at: this.clock.now, start: this.timeline.start };
    this.timeline.append(createDriverEntry(type, fields, where));
  }
}
