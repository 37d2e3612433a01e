import { z } from 'zod';

import { goQuote } from '../duration/index.js';
import { durationField } from './duration-field.js';
import { expected, type RawIssue } from './expected.js';
import { enumField, integerField } from './scalar-fields.js';

/** Nomad's job types; the type picks the default restart policy. */
export type JobType = 'service' | 'batch' | 'system' | 'sysbatch';

/** The job types, in Nomad's order. */
export const JOB_TYPES = ['service', 'batch', 'system', 'sysbatch'] as const;

/** A job's `type`: `service` unless given. */
export const jobTypeSchema = enumField(
  JOB_TYPES,
  'The job type; it picks the default restart policy.',
);

/** A complete restart policy: times in ns. */
export interface RestartPolicy {
  attempts: number;
  interval: number;
  delay: number;
  mode: 'fail' | 'delay';
}

/** A restart block as parsed: only the keys given, times in ns. */
export type RestartPolicyOverride = { [K in keyof RestartPolicy]?: RestartPolicy[K] | undefined };

// Nomad's own wording for a bad mode, followed by what it accepts.
function modeError(issue: RawIssue): string | undefined {
  if (typeof issue.input !== 'string') return expected('"fail" or "delay"')(issue);
  return `Unsupported restart mode: ${goQuote(issue.input)} (accepted: "fail" or "delay")`;
}

/**
 * A `restart { ... }` block: any of attempts, interval, delay and mode. Missing keys come from
 * the enclosing group's block or the job type's default (see `resolveRestartPolicy`).
 */
export const restartPolicySchema = z
  .strictObject(
    {
      attempts: integerField('Restarts allowed within one interval.', { min: 0 }).optional(),
      interval: durationField('The window in which attempts are counted.').optional(),
      delay: durationField('Wait before a restart (plus up to 25% jitter).', {
        nonNegative: true,
      }).optional(),
      mode: z
        .enum(['fail', 'delay'], { error: modeError })
        .meta({
          description: 'What happens when attempts run out: fail, or wait out the interval.',
        })
        .optional(),
    },
    { error: expected('an object of restart settings') },
  )
  .transform((parsed): RestartPolicyOverride => parsed);

/** What `restartPolicySchema` accepts. */
export type RestartPolicyInput = z.input<typeof restartPolicySchema>;

const MINUTE = 60e9;
const HOUR = 60 * MINUTE;

/** Nomad's restart policy for a job type when no restart block says otherwise. */
export function defaultRestartPolicy(jobType: JobType): RestartPolicy {
  // Service-like jobs run forever and get few, quick attempts; batch jobs get more over a day.
  if (jobType === 'service' || jobType === 'system') {
    return { attempts: 2, interval: 30 * MINUTE, delay: 15e9, mode: 'fail' };
  }
  return { attempts: 3, interval: 24 * HOUR, delay: 15e9, mode: 'fail' };
}
