import { Command, CommanderError, Option } from 'commander';

import packageJson from '../../package.json' with { type: 'json' };
import { TaskdoubleError } from '../errors/index.js';
import { DEFAULT_START } from '../scenario/index.js';
import type { CliIo } from './cli-io.js';
import {
  durationValue,
  eventsValue,
  restartAtValue,
  seedValue,
  signalAtValue,
  startValue,
  varValue,
} from './option-values.js';
import { RUN_FORMATS, runCommand, type RunOptions } from './run-command.js';
import { schemaCommand } from './schema-command.js';
import { UsageError } from './usage-error.js';
import { validateCommand, type ValidateOptions } from './validate-command.js';

/** Exit codes: the job ran (whatever its tasks did), bad input, bad command line. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/**
 * The `taskdouble` command: parses `argv` (the arguments after the program name), runs the
 * command and resolves with the exit code. It writes only through `io` and never exits.
 *
 * @example await main(['run', 'examples/mock.nomad.hcl', '--for', '1m'], io) // => 0
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await program(io).parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return fail(error, io);
  }
}

function program(io: CliIo): Command {
  const root = new Command('taskdouble')
    .description(
      'Runs Nomad job files with driver = "mock_driver" in virtual time and prints what Nomad\'s client would report.',
    )
    .version(packageJson.version, '-V, --version', 'print the version of taskdouble')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'taskdouble: ')),
      // Help reads the same everywhere: 80 columns, colored only where our output may be.
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
      getOutHasColors: () => io.color,
      getErrHasColors: () => false,
    })
    .showHelpAfterError('(run "taskdouble help" for usage)');

  root
    .command('run')
    .description(
      'run a job file in virtual time and print each allocation like `nomad alloc status`',
    )
    .argument('<jobfile>', 'a Nomad job file: HCL2, or API JSON ({"Job": {...}})')
    .option(
      '--for <duration>',
      'run this long (a Go duration, 1m30s); by default until idle, at most 24h',
      (value) => durationValue('--for', value),
    )
    .addOption(
      new Option('--seed <n>', 'seed of the restart jitter').argParser(seedValue).default(1),
    )
    .addOption(
      new Option('--start <time>', 'virtual start time, ISO-8601 with a zone')
        .argParser(startValue)
        .default(DEFAULT_START, DEFAULT_START.toISOString().replace('.000Z', 'Z')),
    )
    .option('--stop-at <duration>', 'stop the job at this offset', (value) =>
      durationValue('--stop-at', value),
    )
    .option(
      '--signal <[task:]SIG@duration>',
      'signal the running tasks, or the named one, at an offset (repeatable)',
      signalAtValue,
    )
    .option(
      '--restart-at <[task@]duration>',
      'restart the running tasks, or the named one, at an offset (repeatable)',
      restartAtValue,
    )
    .option('--var <name=value>', 'set an input variable of the job file (repeatable)', varValue)
    .option('--plugin-config <file>', 'agent config with a plugin "mock_driver" block')
    .addOption(
      new Option('--format <format>', 'output format').choices(RUN_FORMATS).default('table'),
    )
    .option(
      '--events <n|all>',
      'recent events shown per task (default: 10, like Nomad)',
      eventsValue,
    )
    .option('--no-color', 'plain output even on a terminal')
    .action(async (jobfile: string, options: RunOptions) => runCommand(jobfile, options, io));

  root
    .command('validate')
    .description('check a job file: show what would run and what is ignored, or the errors')
    .argument('<jobfile>', 'a Nomad job file: HCL2, or API JSON')
    .option('--var <name=value>', 'set an input variable of the job file (repeatable)', varValue)
    .action(async (jobfile: string, options: ValidateOptions) =>
      validateCommand(jobfile, options, io),
    );

  root
    .command('schema')
    .description('print the JSON Schema of the mock_driver task config')
    .action(() => schemaCommand(io));

  return root;
}

function fail(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" only to commander: they succeeded.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
      return EXIT.ok;
    }
    return EXIT.usage;
  }

  if (error instanceof UsageError) {
    io.stderr(`${error.message}\n(run "taskdouble help" for usage)\n`);
    return EXIT.usage;
  }

  if (error instanceof TaskdoubleError) {
    io.stderr(`${error.message}\n`);
    return EXIT.input;
  }

  // Not the user's mistake: a bug of ours, where the stack is what helps.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`taskdouble: internal error, please report it: ${detail}\n`);
  return EXIT.input;
}
