import { withRealTimers, withRealTimersAsync } from '../clock/index.js';
import { TaskdoubleError } from '../errors/index.js';

/** The one function of the HCL parser we use: HCL2 text to its JSON shape. */
export type HclParse = (filename: string, contents: string) => Promise<Record<string, unknown>>;

// Kept in variables so TypeScript does not read the parser's declarations: they pull the DOM
// library into every program that sees them (DESIGN §9).
const PARSER = '@cdktn/hcl2json';
const GO_RUNTIME = '@cdktn/hcl2json/wasm/bridge_wasm_exec.js';

// The Go runtime's imports that read the global timers and clocks whenever Go calls them.
const TIMED_IMPORTS = [
  'runtime.scheduleTimeoutEvent',
  'runtime.clearTimeoutEvent',
  'runtime.nanotime1',
  'runtime.walltime',
];

const WRAPPED = Symbol.for('taskdouble.realTimedGo');

interface GoInstance {
  importObject: { gojs: Record<string, (sp: number) => void> };
  exit: (code: number) => void;
}
type GoConstructor = (new () => GoInstance) & { [WRAPPED]?: true };

let parser: Promise<HclParse> | undefined;

/**
 * Loads the WASM HCL parser once (only when an HCL file is read, so JSON users never pay
 * for it) and makes it immune to fake timers installed by the test that uses it.
 */
export function loadHclParser(): Promise<HclParse> {
  parser ??= withRealTimersAsync(async () => {
    await import(GO_RUNTIME);
    wrapGo();

    const loaded = (await import(PARSER)) as { parse?: HclParse; default?: { parse?: HclParse } };
    const parse = loaded.parse ?? loaded.default?.parse;
    if (parse === undefined) {
      throw new TaskdoubleError(`${PARSER} has no parse function; reinstall taskdouble`);
    }

    // The first call polls with the global setTimeout until the Go runtime is up: it must
    // run on real timers, or it waits for a fake clock nobody advances.
    await parse('warm-up.hcl', '');
    return parse;
  });
  return parser;
}

/**
 * Replaces the Go runtime's constructor with one whose timer and clock imports always run on
 * the real globals. Go schedules wake-ups of its own (garbage collection, every second or so)
 * long after a parse returned; on a test's fake clock they would show up among its timers,
 * and a fake `performance.now()` of 0 makes Go's runtime abort at start.
 */
function wrapGo(): void {
  const target = globalThis as unknown as { Go?: GoConstructor };
  const Original = target.Go;
  if (Original === undefined || Original[WRAPPED]) return;

  const RealTimedGo = function (): GoInstance {
    const go = withRealTimers(() => new Original());
    const imports = go.importObject.gojs;
    for (const name of TIMED_IMPORTS) {
      const original = imports[name];
      if (original !== undefined) imports[name] = (sp) => withRealTimers(() => original(sp));
    }
    // The runtime prints a failed exit on the console; the library never prints, and a
    // failure shows anyway as a parse that rejects.
    go.exit = () => undefined;
    return go;
  } as unknown as GoConstructor;

  RealTimedGo[WRAPPED] = true;
  target.Go = RealTimedGo;
}
