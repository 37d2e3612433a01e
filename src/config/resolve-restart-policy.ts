import { formatDuration } from '../duration/index.js';
import { ConfigError, type ConfigIssue } from './config-error.js';
import { formatPath } from './format-path.js';
import { checkInput, valueOrCollect } from './parse-input.js';
import {
  defaultRestartPolicy,
  jobTypeSchema,
  restartPolicySchema,
  type JobType,
  type RestartPolicy,
  type RestartPolicyOverride,
} from './restart-policy.js';

const MIN_INTERVAL = 5e9;

/** Where a problem of a merged policy lies (a key, or the policy as a whole) and Nomad's text. */
export interface PolicyProblem {
  key: keyof RestartPolicy | undefined;
  message: string;
}

/** The keys `override` gives, laid over `base`. */
export function mergeRestartPolicy(
  base: RestartPolicy,
  override: RestartPolicyOverride | undefined,
): RestartPolicy {
  return {
    attempts: override?.attempts ?? base.attempts,
    interval: override?.interval ?? base.interval,
    delay: override?.delay ?? base.delay,
    mode: override?.mode ?? base.mode,
  };
}

/**
 * Nomad's checks of a complete policy, with its messages. They only make sense on the merged
 * result: a task's `delay = "1m"` is fine or not depending on the group's interval.
 */
export function restartPolicyProblems(policy: RestartPolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];

  if (policy.attempts === 0 && policy.mode !== 'fail') {
    const message = `Restart policy "${policy.mode}" with 0 attempts is ambiguous`;
    problems.push({ key: undefined, message });
  }

  if (policy.interval < MIN_INTERVAL) {
    const message = `Interval can not be less than ${formatDuration(MIN_INTERVAL)} (got ${formatDuration(policy.interval)})`;
    problems.push({ key: 'interval', message });
  }

  // The product can pass 2^53 ns, where a number would round; bigint compares it exactly.
  if (BigInt(policy.attempts) * BigInt(policy.delay) > BigInt(policy.interval)) {
    const message = `Nomad can't restart the TaskGroup ${policy.attempts} times in an interval of ${formatDuration(policy.interval)} with a delay of ${formatDuration(policy.delay)}`;
    problems.push({ key: undefined, message });
  }

  return problems;
}

/**
 * The restart policy a task runs with: the task's restart block over its group's, over the
 * job type's default, checked by Nomad's rules. Both blocks are raw input (durations as
 * strings or milliseconds). The lifecycle does not change the policy (whether a successful
 * exit restarts is the restart tracker's business), so it is accepted and ignored.
 *
 * @example resolveRestartPolicy('batch', { attempts: 1 }, { delay: '5s' })
 */
export function resolveRestartPolicy(
  jobType: JobType,
  groupRestart?: unknown,
  taskRestart?: unknown,
  _lifecycle?: unknown,
): RestartPolicy {
  const issues: ConfigIssue[] = [];
  const type = jobTypeOption(jobType, issues);
  const group = parseBlock(groupRestart, 'group.restart', issues);
  const task = parseBlock(taskRestart, 'restart', issues);
  if (issues.length > 0) throw new ConfigError('restart policy', issues);

  const groupPolicy = mergeRestartPolicy(defaultRestartPolicy(type), group);
  if (group !== undefined) issues.push(...policyIssues(groupPolicy, 'group.restart'));
  const policy = mergeRestartPolicy(groupPolicy, task);
  if (task !== undefined) issues.push(...policyIssues(policy, 'restart'));
  if (issues.length > 0) throw new ConfigError('restart policy', issues);

  return policy;
}

function parseBlock(
  raw: unknown,
  base: string,
  issues: ConfigIssue[],
): RestartPolicyOverride | undefined {
  if (raw === undefined) return undefined;
  return valueOrCollect(checkInput(restartPolicySchema, raw, place(base)), issues);
}

function place(base: string) {
  return { schema: restartPolicySchema, base, rootLabel: base };
}

/** The problems of a merged policy as issues under `base` (`restart`, `tasks[0].restart`). */
export function policyIssues(policy: RestartPolicy, base: string): ConfigIssue[] {
  return restartPolicyProblems(policy).map((problem) => ({
    path: formatPath(base, problem.key === undefined ? [] : [problem.key], base),
    message: problem.message,
  }));
}

/**
 * A job type passed as an option by an untyped caller, checked: `service` when absent, and
 * `service` too after recording the problem, so the rest of the input is still checked.
 */
export function jobTypeOption(jobType: unknown, issues: ConfigIssue[]): JobType {
  if (jobType === undefined) return 'service';
  const context = { schema: jobTypeSchema, base: 'jobType', rootLabel: 'jobType' };
  return valueOrCollect(checkInput(jobTypeSchema, jobType, context), issues) ?? 'service';
}
