// Events are made by the million in long scenarios, so `time` is not stored: each event keeps
// a hidden reference to the scenario's start Date and computes `time` when read. The accessor
// is an own, enumerable property (one shared descriptor, so V8 keeps the object in fast mode and
// the accessor costs no per-event memory): `toEqual` and `toStrictEqual` see `time` like a field.

const START = Symbol('taskdouble.start');

interface Timed {
  readonly at: number;
  readonly [START]: Date;
}

const TIME_ACCESSOR: PropertyDescriptor = {
  get(this: Timed): Date {
    return new Date(this[START].getTime() + Math.trunc(this.at / 1e6));
  },
  enumerable: true,
  configurable: false,
};

/**
 * Gives `target` a read-only `time` (the Date `start` plus `target.at` nanoseconds, to the
 * millisecond) and a hidden, non-enumerable reference to `start`.
 */
export function defineTime(target: object, start: Date): void {
  Object.defineProperty(target, 'time', TIME_ACCESSOR);
  Object.defineProperty(target, START, { value: start });
}
