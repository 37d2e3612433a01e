import { PREFIX, TaskdoubleError } from '../../src/errors/index.js';

/**
 * A sentence the parser cannot read: the message says what broke and draws a caret under the
 * column where it broke, so a long sentence can be fixed without counting characters.
 */
export class SentenceError extends TaskdoubleError {
  /** The sentence as the user wrote it. */
  readonly sentence: string;
  /** Where it broke, 1-based. */
  readonly column: number;
  /** What broke, without the prefix, the column or the drawing. */
  readonly reason: string;

  constructor(sentence: string, column: number, reason: string) {
    const caret = `${' '.repeat(column - 1)}^`;
    super(
      `${PREFIX} cannot read the event sentence at column ${column}: ${reason}\n  ${sentence}\n  ${caret}`,
    );
    this.sentence = sentence;
    this.column = column;
    this.reason = reason;
  }
}
