import type { GroupSpec, JobSpec, TaskSpec } from '../config/index.js';
import { ALLOC_TEXT_KEYS } from './interpolate.js';

/**
 * The group as one of its allocations runs it: `${NOMAD_ALLOC_INDEX}` and
 * `${NOMAD_ALLOC_NAME}` (`<job>.<group>[<index>]`), which a loaded job keeps in its configs'
 * text keys, are filled in for allocation `allocIndex`. Returns the group itself when it has
 * nothing to fill in.
 *
 * @example interpolateConfig(loaded.spec, loaded.spec.groups[0], 2)
 */
export function interpolateConfig(job: JobSpec, group: GroupSpec, allocIndex: number): GroupSpec {
  const values: Record<string, string> = {
    NOMAD_ALLOC_INDEX: String(allocIndex),
    NOMAD_ALLOC_NAME: `${job.name}.${group.name}[${allocIndex}]`,
  };

  let changed = false;
  const tasks = group.tasks.map((task) => {
    const config = fill(task.config, values);
    if (config === task.config) return task;
    changed = true;
    return { ...task, config } satisfies TaskSpec;
  });

  return changed ? { ...group, tasks } : group;
}

// Only the text keys can hold a variable at this point: the loader resolved the others.
function fill<T extends object>(config: T, values: Record<string, string>): T {
  let result: Record<string, unknown> | undefined;

  for (const [key, value] of Object.entries(config)) {
    let next: unknown = value;
    if (typeof value === 'string' && ALLOC_TEXT_KEYS.has(key)) {
      next = value.replace(
        /\$\{(NOMAD_ALLOC_INDEX|NOMAD_ALLOC_NAME)\}/g,
        (_, name: string) => values[name] ?? '',
      );
    } else if (key === 'exec_command' && typeof value === 'object' && value !== null) {
      next = fill(value, values);
    }

    if (next !== value) {
      result ??= { ...(config as Record<string, unknown>) };
      result[key] = next;
    }
  }

  return (result ?? config) as T;
}
