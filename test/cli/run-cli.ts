import { main } from '../../src/cli/main.js';

/** What one in-process `taskdouble` call wrote and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `taskdouble <args>` in this process, with stdout not a terminal unless `color`. */
export async function runCli(
  args: readonly string[],
  options: { color?: boolean } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    color: options.color ?? false,
  });
  return { code, stdout, stderr };
}
