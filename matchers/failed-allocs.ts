/** A job's allocations as `toHaveFailed` reads them. */
export interface FailedAllocs {
  /** Names of the allocations whose client status is `failed`, in the job's order. */
  readonly failed: string[];
  /** Every allocation's status, for the message when none failed: `"web.api[0]": complete`. */
  readonly statuses: string;
}

/** Reads a job's `allocs` (allocations keyed by name) for the failed ones. */
export function failedAllocs(allocs: unknown): FailedAllocs {
  const entries =
    typeof allocs === 'object' && allocs !== null
      ? Object.entries(allocs as Record<string, unknown>)
      : [];
  const statusOf = (alloc: unknown): unknown =>
    typeof alloc === 'object' && alloc !== null
      ? (alloc as Record<string, unknown>)['status']
      : undefined;

  const failed = entries.filter(([, alloc]) => statusOf(alloc) === 'failed').map(([name]) => name);
  const statuses =
    entries.length === 0
      ? 'the job has no allocations'
      : entries
          .map(([name, alloc]) => `${JSON.stringify(name)}: ${String(statusOf(alloc))}`)
          .join(', ');
  return { failed, statuses };
}
