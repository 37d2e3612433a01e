import type { JobType } from '../config/index.js';
import { KIND, type TaskEvent, type Timeline } from '../events/index.js';
import type { NomadAllocation } from '../runner/index.js';
import type { MockAlloc } from './mock-alloc.js';
import type { ScenarioLink } from './mock-task.js';

/** Nomad's job status, derived from its allocations. */
export type JobStatus = 'pending' | 'running' | 'dead';

/** Nomad-like JSON of a job and its allocations. */
export interface NomadJob {
  ID: string;
  Type: JobType;
  Status: JobStatus;
  Allocations: NomadAllocation[];
}

/**
 * A job as tests hold it: its allocations keyed by name (`web.api[0]`), its status and its
 * events across allocations. A group's `count` gives that many allocations.
 */
export class MockJob {
  readonly [KIND] = 'job' as const;
  readonly #link: ScenarioLink;

  constructor(
    /** The job's ID, the first part of each allocation's name. */
    readonly name: string,
    /** The job type, which sets restart defaults. */
    readonly type: JobType,
    /** Every event of the job's tasks, in order. */
    readonly events: Timeline<TaskEvent>,
    /** The allocations, keyed by name. */
    readonly allocs: Readonly<Record<string, MockAlloc>>,
    link: ScenarioLink,
  ) {
    this.#link = link;
  }

  /** The scenario's seed, named in failure messages. */
  get seed(): number | undefined {
    return this.events.seed;
  }

  /** `running` while any allocation runs, `pending` while any waits, else `dead`. */
  get status(): JobStatus {
    const statuses = Object.values(this.allocs).map((alloc) => alloc.status);
    if (statuses.includes('running')) return 'running';
    if (statuses.includes('pending')) return 'pending';
    return 'dead';
  }

  /** Stops every allocation, as `nomad job stop` does; resolves when all are done. */
  async stop(): Promise<void> {
    await this.#link.act(`job ${JSON.stringify(this.name)}.stop()`, async () => {
      await Promise.all(Object.values(this.allocs).map((alloc) => alloc.stop()));
    });
  }

  /** The job's ID, type, status and each allocation's Nomad JSON. */
  toNomad(options: { maxEvents?: number } = {}): NomadJob {
    return {
      ID: this.name,
      Type: this.type,
      Status: this.status,
      Allocations: Object.values(this.allocs).map((alloc) => alloc.toNomad(options)),
    };
  }
}
