import { DEFAULT_MAX_EVENTS } from '../events/index.js';
import {
  eventLine,
  exactAllocation,
  exactJson,
  renderAllocStatus,
  renderTimeline,
} from '../format/index.js';
import { loadPluginConfig, PLACEMENT_KEYS, readJobFile, type LoadedJob } from '../jobfile/index.js';
import { bold, type CliIo } from './cli-io.js';
import type { RestartAt, SignalAt } from './option-values.js';
import { simulateJob, type Simulation } from './simulate-job.js';
import { checkTaskTargets } from './task-targets.js';

/** The output formats of `taskdouble run`. */
export const RUN_FORMATS = ['table', 'timeline', 'json'] as const;

/** `taskdouble run`'s options, parsed. */
export interface RunOptions {
  seed: number;
  start: Date;
  for?: number;
  stopAt?: number;
  signal?: SignalAt[];
  restartAt?: RestartAt[];
  /** `--var name=value`, by name. */
  var?: Record<string, string>;
  pluginConfig?: string;
  format: (typeof RUN_FORMATS)[number];
  events?: number;
  color: boolean;
}

/**
 * `taskdouble run <jobfile>`: loads the job, runs it in virtual time and prints it in the
 * chosen format; what the simulation ignored, and notes, go to stderr.
 */
export async function runCommand(jobfile: string, options: RunOptions, io: CliIo): Promise<void> {
  const vars = options.var === undefined ? {} : { vars: options.var };
  const loaded = await readJobFile(jobfile, vars, '--var');
  const plugin =
    options.pluginConfig === undefined ? undefined : await loadPluginConfig(options.pluginConfig);
  checkTaskTargets(loaded, options.signal ?? [], options.restartAt ?? []);
  reportLoad(loaded, io);

  const simulation = await simulateJob(loaded, {
    seed: options.seed,
    start: options.start,
    plugin,
    for: options.for,
    stopAt: options.stopAt,
    signals: options.signal ?? [],
    restarts: options.restartAt ?? [],
  });
  try {
    io.stdout(`${render(simulation, options, io)}\n`);
    for (const note of simulation.notes) io.stderr(`taskdouble: note: ${note}\n`);
  } finally {
    simulation.scenario.dispose();
  }
}

/**
 * The ignored blocks on one line, and each of the reader's notes. Where the job would run in a
 * cluster (`datacenters`, ...) is left out: nearly every job sets it, and `validate` lists it.
 */
export function reportLoad(loaded: LoadedJob, io: CliIo): void {
  const ignored = loaded.ignored.filter((entry) => !PLACEMENT_KEYS.includes(entry));
  if (ignored.length > 0) {
    io.stderr(`taskdouble: ignored (not simulated): ${ignored.join(', ')}\n`);
  }
  for (const note of loaded.notes) io.stderr(`taskdouble: note: ${note}\n`);
}

function render(simulation: Simulation, options: RunOptions, io: CliIo): string {
  const { job, scenario } = simulation;
  const allocs = Object.values(job.allocs);
  const maxEvents = options.events ?? DEFAULT_MAX_EVENTS;

  if (options.format === 'json') {
    return exactJson(
      allocs.map((alloc) => exactAllocation(alloc, { start: scenario.start, maxEvents })),
    );
  }

  if (options.format === 'timeline') {
    return renderTimeline([...simulation.health, ...[...job.events].map(eventLine)]);
  }

  const heading = options.color && io.color ? bold : undefined;
  return allocs
    .map((alloc) =>
      renderAllocStatus(alloc, {
        start: scenario.start,
        maxEvents,
        ...(heading === undefined ? {} : { heading }),
      }),
    )
    .join('\n\n');
}
