import { colorAllowed } from './cli-io.js';
import { main } from './main.js';

// The executable: process arguments in, exit code out. The HCL parser's Go runtime may keep
// the process alive for a while after a parse, so exit as soon as the output is flushed.
const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: colorAllowed(process.stdout.isTTY, process.env),
});

process.stdout.write('', () => {
  process.stderr.write('', () => process.exit(code));
});
