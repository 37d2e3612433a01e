import type { MockTaskConfig } from '../config/index.js';
import { DurationError, durationMessage, parseDuration } from '../duration/index.js';
import { TaskdoubleError, showValue } from '../errors/index.js';
import { DriverError, HANDLE_NIL } from './driver-errors.js';
import type {
  ExecStreamingOptions,
  OutputSink,
  StartTaskRequest,
  TaskHandle,
} from './driver-types.js';

/** Checks what a caller passed to `startTask`, apart from the config (the driver's own check). */
export function checkStartRequest(request: unknown): StartTaskRequest {
  if (!isRecord(request)) {
    throw new TaskdoubleError(
      `startTask: ${showValue(request)} is not a request; give { id, name, config?, stdout?, stderr? }`,
    );
  }

  for (const key of ['id', 'name'] as const) {
    const value = request[key];
    if (typeof value !== 'string' || value === '') {
      throw new TaskdoubleError(`startTask ${key}: ${showValue(value)} is not a non-empty string`);
    }
  }
  checkSink(request.stdout, 'startTask stdout');
  checkSink(request.stderr, 'startTask stderr');
  return request as unknown as StartTaskRequest;
}

/** Checks the options of `execTaskStreaming`. */
export function checkStreamingOptions(options: unknown): ExecStreamingOptions {
  if (!isRecord(options)) {
    throw new TaskdoubleError(
      `execTaskStreaming: ${showValue(options)} is not an options object; give { command, stdin?, tty?, stdout?, stderr? }`,
    );
  }

  if (options.stdin !== undefined && typeof options.stdin !== 'string') {
    throw new TaskdoubleError(
      `execTaskStreaming stdin: ${showValue(options.stdin)} is not a string`,
    );
  }
  if (options.tty !== undefined && typeof options.tty !== 'boolean') {
    throw new TaskdoubleError(`execTaskStreaming tty: ${showValue(options.tty)} is not a boolean`);
  }
  checkSink(options.stdout, 'execTaskStreaming stdout');
  checkSink(options.stderr, 'execTaskStreaming stderr');
  return options as unknown as ExecStreamingOptions;
}

/** A duration argument (`timeout`): a Go duration string or milliseconds, refused by name. */
export function durationArgument(input: unknown, path: string): number {
  try {
    return parseDuration(input as string | number);
  } catch (error) {
    if (error instanceof DurationError) {
      throw new TaskdoubleError(durationMessage(path, error), { cause: error });
    }
    throw error;
  }
}

/** Checks a handle given to `recoverTask`, with Nomad's texts for a missing or unreadable one. */
export function checkHandle(handle: unknown): TaskHandle {
  if (handle === null || handle === undefined) throw new DriverError(HANDLE_NIL);

  const problem = handleProblem(handle);
  if (problem !== undefined) {
    throw new DriverError(`failed to decode task state from handle: ${problem}`);
  }
  return handle as TaskHandle;
}

function handleProblem(handle: unknown): string | undefined {
  if (!isRecord(handle)) return `${showValue(handle)} is not a task handle`;
  if (handle.version !== 1) return `version ${showValue(handle.version)} is not 1`;
  if (typeof handle.id !== 'string' || handle.id === '')
    return `id ${showValue(handle.id)} is not a task id`;
  if (typeof handle.name !== 'string') return `name ${showValue(handle.name)} is not a string`;
  if (!Number.isSafeInteger(handle.startedAt)) {
    return `startedAt ${showValue(handle.startedAt)} is not a time in ns`;
  }
  if (
    !isRecord(handle.config) ||
    typeof (handle.config as Partial<MockTaskConfig>).run_for !== 'number'
  ) {
    return `config ${showValue(handle.config)} is not a parsed task config`;
  }
  return undefined;
}

function checkSink(sink: unknown, path: string): asserts sink is OutputSink | undefined {
  if (sink !== undefined && typeof sink !== 'function') {
    throw new TaskdoubleError(`${path}: ${showValue(sink)} is not a function receiving text`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
