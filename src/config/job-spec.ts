import { z } from 'zod';

import { expected } from './expected.js';
import { completeGroup, groupShape, type GroupSpec } from './group-spec.js';
import { parseInput } from './parse-input.js';
import { reporterFor } from './report-problem.js';
import { jobTypeSchema, type JobType } from './restart-policy.js';
import { nameField } from './scalar-fields.js';
import { rawNameClashes, uniqueNames } from './unique-names.js';

/** A validated job: its groups and tasks complete, restart policies resolved by its type. */
export interface JobSpec {
  name: string;
  type: JobType;
  groups: GroupSpec[];
}

const jobShape = z.strictObject(
  {
    name: nameField('job', 'The job name.'),
    type: jobTypeSchema.default('service'),
    groups: z
      .array(groupShape, { error: expected('an array of groups') })
      .min(1, { error: expected('at least one group') })
      .superRefine(uniqueNames('groups')),
  },
  { error: expected('an object of job settings') },
);

/** A job: partial input, Nomad's defaults, every restart policy resolved and checked. */
export const jobSpecSchema = jobShape.transform((shape, context): JobSpec => ({
  name: shape.name,
  type: shape.type,
  groups: shape.groups.map((group, index) =>
    completeGroup(group, shape.type, reporterFor(context), ['groups', index]),
  ),
}));

/** What `jobSpecSchema` accepts. */
export type JobSpecInput = z.input<typeof jobSpecSchema>;

/**
 * Validates a job with its groups and tasks.
 *
 * @example parseJobSpec({ name: 'web', type: 'batch', groups: [{ tasks: [{ name: 'run' }] }] })
 */
export function parseJobSpec(input: unknown): JobSpec {
  return parseInput(jobSpecSchema, input, {
    schema: jobSpecSchema,
    base: '',
    rootLabel: 'job',
    what: 'job',
    rawProblems: (raw) => rawNameClashes(raw, 'groups'),
  });
}
