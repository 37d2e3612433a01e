import type { JobSpec } from '../config/index.js';

/** Whether `value` is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `input` with the scenario's default task name filled in when it names none. */
export function withName(input: unknown, name: string): unknown {
  if (input === undefined) return { name };

  // A name given, even a bad one, is the user's and is validated as written.
  if (!isRecord(input) || 'name' in input) return input;
  // Assigned after the spread rather than written inside it: a key after a spread in one literal
  // is slow on Node 20. `name` is not an own key here, so it lands last either way.
  const named = { ...input };
  named['name'] = name;
  return named;
}

/** Whether `value` is what `loadJob()` / `parseJob()` resolved with, rather than raw input. */
export function isLoadedJob(value: unknown): value is { spec: JobSpec } {
  return (
    isRecord(value) &&
    isRecord(value['spec']) &&
    Array.isArray(value['spec']['groups']) &&
    Array.isArray(value['ignored'])
  );
}
