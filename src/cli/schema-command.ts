import { taskConfigJsonSchema } from '../config/index.js';
import type { CliIo } from './cli-io.js';

/** `taskdouble schema`: the JSON Schema of the mock_driver task config. */
export function schemaCommand(io: CliIo): void {
  io.stdout(`${JSON.stringify(taskConfigJsonSchema(), null, 2)}\n`);
}
