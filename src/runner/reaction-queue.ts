/** Something that reacts to what a timer or the driver reported, later in the same instant. */
export interface Reactor {
  /** Handles one queued reaction (`what` and `data` are the reactor's own). */
  react(what: number, data: unknown): void;
  /** A reaction threw: the reactor ends itself with the error. */
  crash(error: unknown): void;
}

/** Settled once: a reaction to it is one promise job, whatever the user's fake timers fake. */
const SETTLED = Promise.resolve();

// One queue for every runner: reactions run in the order they were queued, whichever task they
// belong to. Three parallel arrays rather than an object per reaction; they keep their room
// between instants, and `size` says how much of it is in use.
const targets: (Reactor | undefined)[] = [];
const whats: number[] = [];
const datas: unknown[] = [];
let size = 0;
let scheduled = false;

/** How many slots the queue keeps between instants; past that, its arrays start over. */
const KEPT_ROOM = 1024;

/**
 * Queues a reaction. Timer and driver callbacks run synchronously, all of an instant's at once;
 * the task runners react afterwards, in one promise job, in the order things happened. So a
 * task sees its own exit only after every timer of the instant has fired, as it did when it
 * awaited the driver's promises, and a reaction never runs inside the driver's callback.
 */
export function later(target: Reactor, what: number, data?: unknown): void {
  targets[size] = target;
  whats[size] = what;
  datas[size] = data;
  size += 1;
  if (scheduled) return;

  scheduled = true;
  // A promise job, not queueMicrotask: Jest's fake timers fake queueMicrotask, and runners must
  // move on whatever the user's test has faked.
  void SETTLED.then(drain);
}

// Runs every queued reaction, including those queued meanwhile, then empties the queue (letting
// go of what it referenced, so a dead task is not kept by a stale slot).
function drain(): void {
  try {
    for (let index = 0; index < size; index++) {
      const target = targets[index];
      if (target === undefined) continue;
      try {
        target.react(whats[index] ?? -1, datas[index]);
      } catch (error) {
        target.crash(error);
      }
    }
  } finally {
    if (size > KEPT_ROOM) {
      // A big instant (thousands of tasks starting at once) gives its room back rather than
      // keep it for as long as the process lives.
      targets.length = 0;
      whats.length = 0;
      datas.length = 0;
    } else {
      targets.fill(undefined, 0, size);
      datas.fill(undefined, 0, size);
    }
    size = 0;
    scheduled = false;
  }
}
