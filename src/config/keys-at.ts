import type { z } from 'zod';

// The few parts of a zod schema's definition that lead from an object to its children.
interface WalkDef {
  type: string;
  in?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

/**
 * The keys the object schema at `path` accepts, for did-you-mean hints on unknown keys.
 * Follows object shapes, array elements, and wrappers (optional, default, the input side of
 * a transform); an empty list when the path leads nowhere known.
 */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (current === undefined) return [];
    const def = defOf(current);
    if (def.type === 'array' && typeof segment === 'number') {
      current = def.element === undefined ? undefined : unwrap(def.element);
    } else if (def.type === 'object' && typeof segment === 'string' && def.shape !== undefined) {
      const child = Object.hasOwn(def.shape, segment) ? def.shape[segment] : undefined;
      current = child === undefined ? undefined : unwrap(child);
    } else {
      return [];
    }
  }

  const shape = current === undefined ? undefined : defOf(current).shape;
  return shape === undefined ? [] : Object.keys(shape);
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const next = def.type === 'pipe' ? def.in : WRAPPERS.has(def.type) ? def.innerType : undefined;
    if (next === undefined) return current;
    current = next;
  }
}

function defOf(schema: z.ZodType): WalkDef {
  return schema._zod.def as WalkDef;
}
