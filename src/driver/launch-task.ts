import type { VirtualClock } from '../clock/index.js';
import type { MockTaskConfig } from '../config/index.js';
import { DriverStartError } from './driver-errors.js';
import type { DriverLog, EntryTask } from './driver-log.js';
import { DriverTask } from './driver-task.js';
import type { DriverNetwork, OutputSink, StartTaskResult, TaskHandle } from './driver-types.js';
import { parsePortMap } from './port-map.js';
import { parseStartConfig } from './parse-start-config.js';

/** A checked start request; `config` is still raw. */
export interface LaunchRequest {
  readonly id: string;
  readonly name: string;
  readonly config: unknown;
  readonly stdout: OutputSink | undefined;
  readonly stderr: OutputSink | undefined;
}

/** A task launched by {@link launchParsed}: the stored task and its network. */
export interface Launched {
  readonly task: DriverTask;
  readonly network: DriverNetwork;
}

/**
 * `startTask` in Nomad's order (NOMAD-REFERENCE §1.5): check the config, block for
 * `start_block_for`, then {@link launchParsed}. Every failure is recorded as `StartFailed` and
 * rejects.
 */
export async function launchTask(
  clock: VirtualClock,
  log: DriverLog,
  request: LaunchRequest,
  store: (task: DriverTask) => void,
): Promise<StartTaskResult> {
  const config = parseOrFail(log, request);
  if (config.start_block_for > 0) await clock.sleep(config.start_block_for);

  const { task, network } = launchParsed(clock, log, request, config, store);
  return { handle: handleOf(task), network };
}

/**
 * The part of a start after the block, synchronous: fail with `start_error`, build the network
 * (where a bad port map fails), then store the task (`store`, before its first write, so a sink
 * may already address it) and launch its fake process. Throws a `DriverStartError` (recorded as
 * `StartFailed`) on failure.
 */
export function launchParsed(
  clock: VirtualClock,
  log: DriverLog,
  request: LaunchRequest,
  config: MockTaskConfig,
  store: (task: DriverTask) => void,
): Launched {
  if (config.start_error !== '') {
    startFailed(
      log,
      request,
      new DriverStartError(config.start_error, config.start_error_recoverable),
    );
  }

  const ports = parsePortMap(config.driver_port_map);
  if ('error' in ports) startFailed(log, request, new DriverStartError(ports.error, false));
  const portMap = 'map' in ports ? ports.map : undefined;
  const network = { ip: config.driver_ip, autoAdvertise: config.driver_advertise, portMap };

  // Spelled out rather than spread: keys after a spread in a literal are slow on Node 20.
  const init = {
    id: request.id,
    name: request.name,
    config,
    startedAt: clock.now,
    stdout: request.stdout,
    stderr: request.stderr,
  };
  const task = new DriverTask(clock, log, init);
  store(task);
  log.record('StartTask', task, {});
  task.launch(config);
  return { task, network };
}

/** The request's config, validated; a bad one is recorded as `StartFailed` and thrown. */
export function parseOrFail(
  log: DriverLog,
  request: EntryTask & { config: unknown },
): MockTaskConfig {
  try {
    return parseStartConfig(request.config);
  } catch (error) {
    if (error instanceof DriverStartError) startFailed(log, request, error);
    throw error;
  }
}

function startFailed(log: DriverLog, task: EntryTask, error: DriverStartError): never {
  log.record(
    'StartFailed',
    { id: task.id, name: task.name },
    { error: error.message, recoverable: error.recoverable },
  );
  throw error;
}

/** The state a recovery needs, frozen so a caller cannot change a task behind the driver's back. */
export function handleOf(
  task: EntryTask & { config: DriverTask['config']; startedAt: number },
): TaskHandle {
  return Object.freeze({
    version: 1,
    id: task.id,
    name: task.name,
    config: task.config,
    startedAt: task.startedAt,
  });
}
