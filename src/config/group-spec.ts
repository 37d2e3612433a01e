import { z } from 'zod';

import { ConfigError, type ConfigIssue } from './config-error.js';
import { expected } from './expected.js';
import { checkInput, valueOrCollect } from './parse-input.js';
import { reportPolicyProblems, reporterFor, type ReportProblem } from './report-problem.js';
import { jobTypeOption, mergeRestartPolicy } from './resolve-restart-policy.js';
import {
  defaultRestartPolicy,
  restartPolicySchema,
  type JobType,
  type RestartPolicy,
} from './restart-policy.js';
import { integerField, nameField } from './scalar-fields.js';
import { completeTask, taskShape, type TaskSpec } from './task-spec.js';
import { rawNameClashes, uniqueNames } from './unique-names.js';

/** A validated group: its tasks complete, its restart policy resolved against the job type. */
export interface GroupSpec {
  name: string;
  count: number;
  tasks: TaskSpec[];
  /** The group's restart block over the job type's default; checked. */
  restart: RestartPolicy;
}

/** A group as written, each key checked, before restart policies are resolved. */
export const groupShape = z.strictObject(
  {
    name: nameField('group', 'The group name, unique within its job.'),
    count: integerField('How many allocations of the group run.', { min: 0 }).default(1),
    tasks: z
      .array(taskShape, { error: expected('an array of tasks') })
      .min(1, { error: expected('at least one task') })
      .superRefine(uniqueNames('tasks')),
    restart: restartPolicySchema.optional(),
  },
  { error: expected('an object of group settings') },
);

type GroupShape = z.output<typeof groupShape>;

/**
 * The GroupSpec of a parsed group of a job of type `jobType`; problems of merged restart
 * policies are reported under `at` (the group's path).
 */
export function completeGroup(
  shape: GroupShape,
  jobType: JobType,
  report: ReportProblem,
  at: readonly PropertyKey[],
): GroupSpec {
  const restart = mergeRestartPolicy(defaultRestartPolicy(jobType), shape.restart);
  if (shape.restart !== undefined) reportPolicyProblems(restart, report, [...at, 'restart']);
  const leaders = leaderProblem(shape.tasks);
  if (leaders !== undefined) report(at, leaders);

  return {
    name: shape.name,
    count: shape.count,
    tasks: shape.tasks.map((task, index) =>
      completeTask(task, restart, report, [...at, 'tasks', index]),
    ),
    restart,
  };
}

// Nomad refuses a group with several leaders; its text first, then which tasks they are.
function leaderProblem(tasks: readonly { name: string; leader: boolean }[]): string | undefined {
  const leaders: string[] = [];
  tasks.forEach((task, index) => {
    if (task.leader) leaders.push(`tasks[${index}] ${JSON.stringify(task.name)}`);
  });
  if (leaders.length < 2) return undefined;
  const last = String(leaders.pop());
  return `Only one task may be marked as leader (leader = true on ${leaders.join(', ')} and ${last})`;
}

/** The group schema for a job type. */
export function groupSpecSchemaFor(jobType: JobType) {
  return groupShape.transform((shape, context) =>
    completeGroup(shape, jobType, reporterFor(context), []),
  );
}

/** A group of a service job: partial input, Nomad's defaults. */
export const groupSpecSchema = groupSpecSchemaFor('service');

/** What the group schemas accept. */
export type GroupSpecInput = z.input<typeof groupShape>;

/**
 * Validates a group and its tasks; task restart blocks go over the group's, which goes over
 * the job type's default.
 *
 * @example parseGroupSpec({ name: 'api', tasks: [{ name: 'web' }], restart: { attempts: 0 } })
 */
export function parseGroupSpec(input: unknown, options: { jobType?: JobType } = {}): GroupSpec {
  const issues: ConfigIssue[] = [];
  const jobType = jobTypeOption(options.jobType, issues);

  const schema = groupSpecSchemaFor(jobType);
  const group = valueOrCollect(
    checkInput(schema, input, {
      schema,
      base: '',
      rootLabel: 'group',
      rawProblems: (raw) => rawNameClashes(raw, 'tasks'),
    }),
    issues,
  );

  if (group === undefined || issues.length > 0) throw new ConfigError('group', issues);
  return group;
}
