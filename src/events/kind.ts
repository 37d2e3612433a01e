/**
 * The brand key that objects the matchers accept carry. `Symbol.for` makes it one symbol across
 * the ESM and CommonJS builds, so each build recognises the other's objects (no `instanceof`).
 */
export const KIND: unique symbol = Symbol.for('taskdouble.kind') as typeof KIND;

/** What a branded object is: the value of its `[KIND]` property. */
export type Kind = 'task' | 'alloc' | 'job' | 'scenario' | 'timeline';
