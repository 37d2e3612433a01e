import { showValue, TaskdoubleError } from '../errors/index.js';

const TWO_32 = 2 ** 32;
const TWO_53 = 2 ** 53;

/**
 * Seeded randomness (restart jitter): mulberry32, a small, well-known 32-bit generator. The same
 * seed gives the same sequence on every run and platform.
 *
 * @example
 * const random = new Prng(7);
 * random.int(6); // the same number every time for seed 7
 */
export class Prng {
  #state: number;

  /** `seed` is any safe integer; bits above the low 32 are folded in, so large seeds differ too. */
  constructor(seed: number) {
    if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
      throw new TaskdoubleError(
        `seed: ${showValue(seed)} is not a seed (accepted: an integer from -(2^53 - 1) to 2^53 - 1)`,
      );
    }

    const high = Math.floor(seed / TWO_32);
    this.#state = (seed ^ Math.imul(high, 0x9e3779b9)) >>> 0;
  }

  /** A uniform number in [0, 1) with 53 random bits. */
  next(): number {
    return this.#bits53() / TWO_53;
  }

  /** A uniform integer in [0, maxExclusive), exact and unbiased for any bound up to 2^53. */
  int(maxExclusive: number): number {
    if (
      typeof maxExclusive !== 'number' ||
      !Number.isInteger(maxExclusive) ||
      maxExclusive < 1 ||
      maxExclusive > TWO_53
    ) {
      throw new TaskdoubleError(
        `prng.int: ${showValue(maxExclusive)} is not a bound (accepted: an integer from 1 to 2^53)`,
      );
    }

    // Rejection sampling: draws from the incomplete last block would favour small results.
    const small = maxExclusive <= TWO_32;
    const range = small ? TWO_32 : TWO_53;
    const accepted = range - (range % maxExclusive);
    for (;;) {
      const draw = small ? this.#next32() : this.#bits53();
      if (draw < accepted) return draw % maxExclusive;
    }
  }

  // Two 32-bit draws make 53 bits: 21 high bits and 32 low bits, exact in a double.
  #bits53(): number {
    const high = this.#next32() >>> 11;
    return high * TWO_32 + this.#next32();
  }

  // One mulberry32 step: an unsigned 32-bit integer.
  #next32(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
}
