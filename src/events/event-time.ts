// Events are made by the million in long scenarios, so `time` is not stored: each event keeps
// a hidden reference to the scenario's start Date and computes `time` when read. The accessor
// is an own, enumerable property (one shared descriptor, so V8 keeps the object in fast mode and
// the accessor costs no per-event memory): `toEqual` and `toStrictEqual` see `time` like a field.
//
// The getter cannot close over the start instead: V8 keeps an accessor's functions in the
// object's hidden class, so a second scenario's getter would turn its events into slow
// dictionary objects, each many times the size of a shared-class one.

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

// One descriptor for every start, its value set for each call: defineProperty reads it and keeps
// nothing of it, where a new `{ value: start }` was one more allocation per event.
const START_VALUE: PropertyDescriptor = { value: undefined };

/**
 * Gives `target` a read-only `time` (the Date `start` plus `target.at` nanoseconds, to the
 * millisecond) and a hidden, non-enumerable reference to `start`.
 */
export function defineTime(target: object, start: Date): void {
  Object.defineProperty(target, 'time', TIME_ACCESSOR);

  START_VALUE.value = start;
  Object.defineProperty(target, START, START_VALUE);
  // Not kept here: the module would hold the last scenario's start alive.
  START_VALUE.value = undefined;
}
