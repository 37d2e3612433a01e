/**
 * A plain object keyed by names users choose (task names), built without touching V8's shared
 * hidden classes. Adding a key to a fresh `{}` records a transition on the one root shape every
 * `{}` of the process starts from; V8 caps those transitions (about 1,500), so a few thousand
 * distinct task names used as keys would fill the root, and from then on every object built key
 * by key anywhere (Details maps, exit results, users' own objects) gets a hidden class of its
 * own, about 150 bytes each. An object born without a prototype starts in dictionary mode (a
 * hash table, no transitions); giving it `Object.prototype` afterwards keeps it there, and keeps
 * it a plain object for `toEqual`, `toStrictEqual` and JSON.
 *
 * @example
 * byName([['web', runner]]) // => { web: runner }
 */
export function byName<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const result = Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, T>;
  for (const [name, value] of entries) result[name] = value;
  return result;
}
