// `npm run bench` (add `-- --quick` for reduced sizes, under a minute; `-- --only 2,3` for some
// figures, e.g. under `node --cpu-prof`). Prints each figure with its target and its ratio to a
// baseline measured in the same run; exits 1 when a figure misses.
import os from 'node:os';

import { cliFigure } from './figures/cli.js';
import { matcherFigures } from './figures/matchers.js';
import { memoryFigure } from './figures/memory.js';
import { perTestFigure } from './figures/per-test.js';
import { scaleFigure } from './figures/scale.js';
import { throughputFigure } from './figures/throughput.js';
import { buildLibrary } from './library.js';
import { printFigure, type Figure } from './report.js';

const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? undefined : (process.argv[onlyAt + 1] ?? '').split(',');
const wanted = (figure: string): boolean => only === undefined || only.includes(figure);
const size = quick
  ? { tasks: 2_000, handMadeMs: 4_000, benchMs: 500, memoryTasks: 10_000, cliRuns: 3 }
  : { tasks: 10_000, handMadeMs: 20_000, benchMs: 3_000, memoryTasks: 100_000, cliRuns: 7 };

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `taskdouble bench${quick ? ' (quick)' : ''}: node ${process.version}, ${os.availableParallelism()} CPUs, ${cpu}`,
);

const library = await buildLibrary();
const figures: Figure[] = [];
const show = (figure: Figure): void => {
  figures.push(figure);
  printFigure(figure);
};

if (wanted('1') || wanted('6')) {
  const throughput = await throughputFigure(library, size.tasks, wanted('1') ? size.handMadeMs : 0);
  if (wanted('1')) show(throughput.figure);
  if (wanted('6')) show(await scaleFigure(library, throughput.run));
}
if (wanted('2')) show(await perTestFigure(library, size.benchMs));
if (wanted('3')) for (const figure of await matcherFigures(library, size.benchMs)) show(figure);
if (wanted('4')) show(await memoryFigure(size.memoryTasks));
if (wanted('5')) show(cliFigure(library, size.cliRuns));

const misses = figures.filter((figure) => figure.pass !== true);
console.log(
  misses.length === 0
    ? `\nAll ${figures.length} figures meet their targets.`
    : `\n${misses.length} of ${figures.length} figures miss their targets: ${misses.map((figure) => figure.name.split('.')[0]).join(', ')}`,
);
process.exitCode = misses.length === 0 ? 0 : 1;
