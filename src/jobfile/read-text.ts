import { readFile } from 'node:fs/promises';

import { TaskdoubleError } from '../errors/index.js';

/** A file's text, or one clear error naming the path and why it could not be read. */
export async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : String(code ?? error);
    throw new TaskdoubleError(`cannot read the ${what} ${JSON.stringify(path)}: ${reason}`, {
      cause: error,
    });
  }
}
