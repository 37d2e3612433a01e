/**
 * What a user writes without taskdouble: a fake process on the global timers (faked by
 * `vi.useFakeTimers()`) that prints on repeat, exits after a while, and takes `killAfter` to die,
 * plus a small supervisor that restarts a failed process. Every callback counts itself in
 * `counter.fired`, the figure's unit.
 */
export interface FakeProcessSpec {
  runFor: number;
  exitCode: number;
  killAfter: number;
  stdoutEvery: number;
  stdoutRepeat: number;
  stderrEvery: number;
  stderrRepeat: number;
}

/** Shared by every fake process of a run. */
export const counter = { fired: 0 };

class FakeProcess {
  stdout = '';
  stderr = '';
  readonly #timers: ReturnType<typeof setTimeout>[] = [];
  readonly #spec: FakeProcessSpec;
  readonly #onExit: (code: number) => void;

  constructor(spec: FakeProcessSpec, onExit: (code: number) => void) {
    this.#spec = spec;
    this.#onExit = onExit;
    this.stdout += 'tick\n';
    this.stderr += 'warn\n';
    this.#repeat('stdout', 'tick\n', spec.stdoutEvery, spec.stdoutRepeat);
    this.#repeat('stderr', 'warn\n', spec.stderrEvery, spec.stderrRepeat);
    this.#later(spec.runFor, () => this.#exit(spec.exitCode));
  }

  kill(): void {
    this.#later(this.#spec.killAfter, () => this.#exit(130));
  }

  #repeat(stream: 'stdout' | 'stderr', text: string, every: number, times: number): void {
    if (times <= 0 || every <= 0) return;
    this.#later(every, () => {
      this[stream] += text;
      this.#repeat(stream, text, every, times - 1);
    });
  }

  #later(delay: number, callback: () => void): void {
    this.#timers.push(
      setTimeout(() => {
        counter.fired++;
        callback();
      }, delay),
    );
  }

  #exit(code: number): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#onExit(code);
  }
}

/** Runs `spec`, restarting it after `delay` ms (with some jitter) up to `attempts` times if it fails. */
export class Supervisor {
  restarts = 0;
  exitCode: number | undefined;
  #process: FakeProcess | undefined;

  constructor(
    readonly spec: FakeProcessSpec,
    readonly attempts: number,
    readonly delay: number,
  ) {
    this.#start();
  }

  stop(): void {
    this.#process?.kill();
  }

  #start(): void {
    this.#process = new FakeProcess(this.spec, (code) => {
      this.exitCode = code;
      if (code === 0 || code === 130 || this.restarts >= this.attempts) return;
      this.restarts++;
      setTimeout(
        () => {
          counter.fired++;
          this.#start();
        },
        this.delay + Math.floor(Math.random() * this.delay * 0.25),
      );
    });
  }
}
