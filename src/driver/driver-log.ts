import type { VirtualClock } from '../clock/index.js';
import {
  type DriverEntry,
  type DriverEntryPlace,
  type DriverEntryFields,
  type DriverEntryType,
  Timeline,
  createDriverEntry,
} from '../events/index.js';

const PLACE: DriverEntryPlace = { task: '', id: '', at: 0, start: new Date(0) };

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
    // One place object reused for every entry: createDriverEntry copies what it keeps.
    const where = PLACE;
    where.task = task.name;
    where.id = task.id;
    where.at = this.clock.now;
    where.start = this.timeline.start;
    this.timeline.append(createDriverEntry(type, fields, where));
  }
}
