import { PREFIX, TaskdoubleError } from '../src/errors/index.js';

/**
 * A matcher argument or received value the matcher cannot use. Matchers catch it and fail the
 * assertion with its message instead of throwing, so `.not` cannot turn a typo into a pass.
 */
export class BadArgument extends TaskdoubleError {
  /** What is wrong, without the prefix, so the matcher can put its name in front. */
  readonly detail: string;

  constructor(detail: string) {
    const bare = detail.startsWith(PREFIX) ? detail.slice(PREFIX.length).trimStart() : detail;
    super(bare);
    this.detail = bare;
  }
}
