import { z } from 'zod';

import { DurationError, parseDuration } from '../duration/index.js';
import { PREFIX, showValue } from '../errors/index.js';
import { expected } from './expected.js';

/** How a duration key reads its input and what else it demands of the value. */
export interface DurationFieldOptions {
  /** What a plain number counts: milliseconds everywhere but `shutdown_periodic_duration`. */
  numberUnit?: 'milliseconds' | 'seconds';
  /** Refuse values below zero (a negative timeout or delay means nothing). */
  nonNegative?: boolean;
  /**
   * The mock driver key this is, for the start error Nomad gives on a bad value. It always shows
   * the raw value: Nomad's repeat-duration errors print `0s` instead, a bug we do not copy.
   */
  nomad?: { key: string };
}

/**
 * A duration key: a Go duration string (`"1m30s"`, `""` is 0) or a number, parsed once into
 * integer nanoseconds. A bad value is reported with the raw input and Go's reason.
 */
export function durationField(description: string, options: DurationFieldOptions = {}) {
  const unit = options.numberUnit ?? 'milliseconds';
  const accepted = `a duration (a string such as "1m30s" or a number of ${unit})`;

  return z
    .union([z.string(), z.number()], { error: expected(accepted) })
    .meta({ description })
    .transform((raw, context) => {
      try {
        const ns = parseDuration(typeof raw === 'number' && unit === 'seconds' ? raw * 1000 : raw);
        if (options.nonNegative === true && ns < 0) {
          context.addIssue({
            code: 'custom',
            message: `${showValue(raw)} is negative (expected a duration of 0 or more)`,
          });
          return z.NEVER;
        }
        return ns;
      } catch (error) {
        if (!(error instanceof DurationError)) throw error;
        context.addIssue({
          code: 'custom',
          message: durationProblem(raw, error),
          params: nomadParams(raw, error, options),
        });
        return z.NEVER;
      }
    });
}

// The duration module words the problem; a number in seconds was scaled before it saw it,
// so for those we name the value the user wrote ourselves.
function durationProblem(raw: string | number, error: DurationError): string {
  if (raw === error.input) return error.message.slice(PREFIX.length + 1);
  return `${showValue(raw)} is not a duration: ${error.reason}`;
}

function nomadParams(
  raw: string | number,
  error: DurationError,
  options: DurationFieldOptions,
): { nomadMessage: string } | undefined {
  if (options.nomad === undefined) return undefined;
  return { nomadMessage: `${options.nomad.key} ${raw} not a valid duration: ${error.goMessage}` };
}
