import { withRealTimers } from '../clock/index.js';
import { ConfigError, type ConfigIssue } from '../config/index.js';
import { loadHclParser } from './hcl-parser.js';

/**
 * Parses HCL2 text into the parser's JSON shape: every block label becomes an object key and
 * every block body an array (`{"job":{"mock":[{"group":{...}}]}}`); expressions other than
 * literals come back as `"${...}"` strings. Syntax errors reject with a ConfigError whose
 * issues are positioned `file:line:column`.
 */
export async function readHcl(text: string, filename: string): Promise<Record<string, unknown>> {
  const parse = await loadHclParser();

  try {
    // Once loaded, the parser does its work synchronously inside this call; whatever its Go
    // runtime schedules meanwhile goes to the real timers, never to a test's fake clock.
    return await withRealTimers(() => parse(filename, text));
  } catch (error) {
    throw new ConfigError(`job file ${filename}`, syntaxIssues(error, filename));
  }
}

// The parser reports `parse config: [f.hcl:3,13-4,1: Summary; Detail. f.hcl:9,2-5: ...]`:
// each diagnostic starts with the file name, a line, a column and an end position.
function syntaxIssues(error: unknown, filename: string): ConfigIssue[] {
  const raw = error instanceof Error ? error.message : String(error);
  const body = raw.replace(/^parse config: \[/, '').replace(/\]$/, '');
  const start = new RegExp(
    `(?:^|\\s)${escapeRegExp(filename)}:(\\d+),(\\d+)(?:-\\d+(?:,\\d+)?)?: `,
    'g',
  );

  const heads = [...body.matchAll(start)];
  if (heads.length === 0) return [{ path: filename, message: `${body} (fix the HCL syntax)` }];

  return heads.map((head, i) => {
    const from = (head.index ?? 0) + head[0].length;
    const to = heads[i + 1]?.index ?? body.length;
    const [summary = '', ...detail] = body.slice(from, to).trim().split('; ');
    const explanation = detail.length > 0 ? `: ${detail.join('; ')}` : '';
    return { path: `${filename}:${head[1]}:${head[2]}`, message: `${summary}${explanation}` };
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
