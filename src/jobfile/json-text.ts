import { ConfigError } from '../config/index.js';

/**
 * Parses JSON text, or throws a ConfigError giving the file, line and column of the
 * first syntax error when JSON.parse says where it is.
 */
export function parseJsonText(text: string, filename: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const offset =
      at !== null ? Number(at[1]) : message.includes('end of JSON') ? text.length : undefined;
    const where = offset === undefined ? filename : `${filename}:${lineColumn(text, offset)}`;
    const reason = message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '');
    throw new ConfigError(`${what} ${filename}`, [
      { path: where, message: `${reason} (the file is not valid JSON)` },
    ]);
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}
