import type { VirtualClock } from '../clock/index.js';
import { DriverStartError } from './driver-errors.js';
import type { DriverLog, EntryTask } from './driver-log.js';
import { DriverTask } from './driver-task.js';
import type { OutputSink, StartTaskResult, TaskHandle } from './driver-types.js';
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

/**
 * `startTask` in Nomad's order (NOMAD-REFERENCE §1.5): check the config, block for
 * `start_block_for`, fail with `start_error`, build the network (where a bad port map fails),
 * then store the task (`store`, before its first write, so a sink may already address it) and
 * launch its fake process. Every failure is recorded as `StartFailed` and rejects.
 */
export async function launchTask(
  clock: VirtualClock,
  log: DriverLog,
  request: LaunchRequest,
  store: (task: DriverTask) => void,
): Promise<StartTaskResult> {
  const { id, name } = request;
  const fail = (error: DriverStartError): never => {
    log.record(
      'StartFailed',
      { id, name },
      { error: error.message, recoverable: error.recoverable },
    );
    throw error;
  };

  const config = parseOrFail(request.config, fail);
  if (config.start_block_for > 0) await clock.sleep(config.start_block_for);

  if (config.start_error !== '') {
    fail(new DriverStartError(config.start_error, config.start_error_recoverable));
  }

  const ports = parsePortMap(config.driver_port_map);
  if ('error' in ports) fail(new DriverStartError(ports.error, false));
  const portMap = 'map' in ports ? ports.map : undefined;
  const network = { ip: config.driver_ip, autoAdvertise: config.driver_advertise, portMap };

  // Spelled out rather than spread: keys after a spread in a literal are slow on Node 20.
  const init = {
    id,
    name,
    config,
    startedAt: clock.now,
    stdout: request.stdout,
    stderr: request.stderr,
  };
  const task = new DriverTask(clock, log, init);
  store(task);
  log.record('StartTask', task, {});
  task.launch(config);
  return { handle: handleOf(task), network };
}

function parseOrFail(raw: unknown, fail: (error: DriverStartError) => never) {
  try {
    return parseStartConfig(raw);
  } catch (error) {
    if (error instanceof DriverStartError) fail(error);
    throw error;
  }
}

/** The state a recovery needs, frozen so a caller cannot change a task behind the driver's back. */
function handleOf(
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
