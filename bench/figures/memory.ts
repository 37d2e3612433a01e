import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { ROOT } from '../library.js';
import type { Figure } from '../report.js';

const execFileAsync = promisify(execFile);

/**
 * Figure 4: heap retained per finished four-event task, measured in a fresh process (memory-child.ts)
 * with gc() before and after. Baseline: the same four events copied to plain objects.
 */
export async function memoryFigure(tasks: number): Promise<Figure> {
  const { stdout } = await execFileAsync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', `${ROOT}bench/memory-child.ts`, String(tasks)],
    { cwd: ROOT, maxBuffer: 1024 * 1024 },
  );
  const result = JSON.parse(stdout) as {
    fourEvents: boolean;
    perTask: number;
    eventsOnlyPerTask: number;
  };

  return {
    name: `4. Memory: retained heap per finished four-event task (${tasks.toLocaleString('en-US')} tasks)`,
    value: result.perTask,
    unit: 'bytes',
    target: '< 2048 bytes',
    pass: result.fourEvents && result.perTask < 2048,
    baseline: { name: 'the four events alone, as plain objects', value: result.eventsOnlyPerTask },
    notes: result.fourEvents ? [] : ['not every task ended dead with exactly four events'],
  };
}
