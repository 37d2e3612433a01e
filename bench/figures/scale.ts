import type { Library } from '../library.js';
import { round, type Figure } from '../report.js';
import { runMixedWorkload, type WorkloadRun } from './throughput.js';

/** Real time per timer fired, creating the tasks included, so a quadratic step anywhere shows. */
function microsPerTimer(run: WorkloadRun): number {
  return ((run.createSeconds + run.runSeconds) / run.fired) * 1e6;
}

/**
 * Figure 6: the mixed workload at three sizes a factor of ten apart (`middle` is figure 1's run,
 * reused). The figure is the per-timer cost at the largest size; its baseline the cost at the
 * smallest, so the ratio shows any step worse than linear.
 */
export async function scaleFigure(library: Library, middle: WorkloadRun): Promise<Figure> {
  const small = await runMixedWorkload(library, middle.tasks / 10);
  const large = await runMixedWorkload(library, middle.tasks * 10);
  const runs = [small, middle, large];

  return {
    name: `6. Scale curve: per-timer cost at ${large.tasks.toLocaleString('en-US')} tasks against ${small.tasks.toLocaleString('en-US')}`,
    value: microsPerTimer(large),
    unit: 'us per timer',
    target: '<= 2 x baseline',
    pass: microsPerTimer(large) <= 2 * microsPerTimer(small),
    baseline: {
      name: `the same workload at ${small.tasks.toLocaleString('en-US')} tasks`,
      value: microsPerTimer(small),
    },
    notes: runs.map(
      (run) =>
        `${run.tasks.toLocaleString('en-US')} tasks: ${round(run.fired / run.runSeconds)} timers/s run, ${round(microsPerTimer(run))} us per timer with creation, ${round((run.createSeconds / run.tasks) * 1e6)} us per task created`,
    ),
  };
}
