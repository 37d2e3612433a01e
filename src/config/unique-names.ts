import type { z } from 'zod';

import { showValue } from '../errors/index.js';

/** A problem found by looking at the raw input, at a path relative to it. */
export interface RawProblem {
  path: PropertyKey[];
  message: string;
}

/** The lists whose items must have distinct names, and how each says so. */
const LISTS = {
  tasks: { fallback: 'task', rule: 'task names must be unique in a group' },
  groups: { fallback: 'group', rule: 'group names must be unique in a job' },
} as const;

type ListKey = keyof typeof LISTS;

/**
 * A zod check that the items of a list (tasks of a group, groups of a job) have distinct
 * names; each repeat is reported at its own `name`, naming the index of the first holder.
 */
export function uniqueNames(listKey: ListKey) {
  return (items: readonly unknown[], context: z.core.$RefinementCtx): void => {
    for (const problem of nameClashes(items, listKey, [])) {
      context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  };
}

/**
 * The same check on raw input, for when parsing failed elsewhere: zod skips a list's checks
 * once an item has failed, and a clash should be reported with the other problems.
 */
export function rawNameClashes(input: unknown, listKey: ListKey): RawProblem[] {
  const items = ownValue(input, listKey);
  if (!Array.isArray(items)) return [];

  const clashes = nameClashes(items, listKey, [listKey]);
  if (listKey === 'groups') {
    items.forEach((group, index) => {
      for (const clash of rawNameClashes(group, 'tasks')) {
        clashes.push({ path: ['groups', index, ...clash.path], message: clash.message });
      }
    });
  }
  return clashes;
}

function nameClashes(
  items: readonly unknown[],
  listKey: ListKey,
  at: readonly PropertyKey[],
): RawProblem[] {
  const { fallback, rule } = LISTS[listKey];
  const firstIndex = new Map<string, number>();
  const problems: RawProblem[] = [];

  items.forEach((item, index) => {
    // A missing name is the default one; a name that is not a usable string is reported
    // elsewhere and takes no part here.
    if (typeof item !== 'object' || item === null) return;
    const raw = Object.hasOwn(item, 'name') ? ownValue(item, 'name') : fallback;
    if (typeof raw !== 'string' || raw === '') return;

    const first = firstIndex.get(raw);
    if (first === undefined) {
      firstIndex.set(raw, index);
      return;
    }
    const message = `${showValue(raw)} is also the name of ${listKey}[${first}] (${rule})`;
    problems.push({ path: [...at, index, 'name'], message });
  });

  return problems;
}

function ownValue(object: unknown, key: string): unknown {
  if (typeof object !== 'object' || object === null || !Object.hasOwn(object, key)) {
    return undefined;
  }
  return (object as Record<string, unknown>)[key];
}
