import { z } from 'zod';

import { durationField } from './duration-field.js';
import { expected } from './expected.js';
import { integerField, stringField } from './scalar-fields.js';

/** The fake process the mock driver runs: the task itself, or `exec_command`. Times in ns. */
export interface MockCommand {
  run_for: number;
  exit_code: number;
  exit_signal: number;
  exit_err_msg: string;
  stdout_string: string;
  /** Additional writes after the first; a negative input comes out as 0. */
  stdout_repeat: number;
  stdout_repeat_duration: number;
  stderr_string: string;
  stderr_repeat: number;
  stderr_repeat_duration: number;
}

// A huge count (1e9) is fine: the driver writes lazily, one timer at a time.
function repeatField(stream: string) {
  return integerField(
    `How many more times ${stream}_string is written after the first; 0 or less means none.`,
  )
    .overwrite((count) => Math.max(count, 0))
    .default(0);
}

function repeatDurationField(stream: string) {
  return durationField(`Wait before each repeated ${stream} write.`, {
    nomad: { key: `${stream}_repeat_duration` },
  }).default(0);
}

/** The keys of a fake process, shared by the task config and `exec_command`. */
export const commandFields = {
  run_for: durationField('How long the process runs before it exits on its own.', {
    nomad: { key: 'run_for' },
  }).default(0),
  exit_code: integerField('Exit code reported when the process ends, naturally or killed.').default(
    0,
  ),
  exit_signal: integerField('Signal number reported when the process ends.').default(0),
  exit_err_msg: stringField('If set, the exit result carries an error with this text.').default(''),
  stdout_string: stringField('Text written to stdout when the process starts.').default(''),
  stdout_repeat: repeatField('stdout'),
  stdout_repeat_duration: repeatDurationField('stdout'),
  stderr_string: stringField('Text written to stderr when the process starts.').default(''),
  stderr_repeat: repeatField('stderr'),
  stderr_repeat_duration: repeatDurationField('stderr'),
};

/** Picks the command keys out of a parsed config, in a fixed order. */
export function toMockCommand(parsed: MockCommand): MockCommand {
  return {
    run_for: parsed.run_for,
    exit_code: parsed.exit_code,
    exit_signal: parsed.exit_signal,
    exit_err_msg: parsed.exit_err_msg,
    stdout_string: parsed.stdout_string,
    stdout_repeat: parsed.stdout_repeat,
    stdout_repeat_duration: parsed.stdout_repeat_duration,
    stderr_string: parsed.stderr_string,
    stderr_repeat: parsed.stderr_repeat,
    stderr_repeat_duration: parsed.stderr_repeat_duration,
  };
}

/** `exec_command { ... }`: the command keys plus `signal_error`, accepted and unused as in Nomad. */
export const execCommandSchema = z
  .strictObject(
    {
      ...commandFields,
      signal_error: z
        .string({ error: expected('a string') })
        .meta({ description: 'Accepted for compatibility; exec commands are never signalled.' })
        .default(''),
    },
    { error: expected('an object of exec command settings') },
  )
  .meta({ description: 'The command streaming exec runs (no block: streaming exec fails).' })
  .transform(toMockCommand);
