import { z } from 'zod';

import { mockTaskConfigSchema } from './mock-task-config.js';

/**
 * The JSON Schema (draft 2020-12) of a mock_driver task config as a user writes it:
 * durations as a string or a number, every key optional, no other keys.
 */
export function taskConfigJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(mockTaskConfigSchema, { io: 'input' });
}
