import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'tsdown';

import type * as Core from '../src/index.js';
import type * as Matchers from '../matchers/index.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The CLI's source entry; it may not exist yet (another engineer is writing it). */
export const CLI_SOURCE = `${ROOT}src/cli/main.ts`;

// Inside node_modules so the bundles' bare imports (zod, @sinonjs/fake-timers) resolve, and
// outside dist/ so the bench never disturbs the package's own build.
// TASKDOUBLE_BENCH_OUT lets several benches run side by side without sharing one bundle.
const OUT_DIR =
  process.env['TASKDOUBLE_BENCH_OUT'] ?? `${ROOT}node_modules/.cache/taskdouble-bench`;

/** The library as users get it: bundled by tsdown, loaded as plain ESM. */
export interface Library {
  core: typeof Core;
  matchers: typeof Matchers;
  /** The bundled CLI entry, when src/cli/main.ts exists. */
  cli: string | undefined;
}

/**
 * Builds src/ and matchers/ with tsdown (as `npm run build` does, without types) and loads them.
 * Benching the bundle rather than tsx-transpiled source keeps tsx's per-closure `__name` calls
 * out of the figures.
 */
export async function buildLibrary(): Promise<Library> {
  const withCli = existsSync(CLI_SOURCE);
  await build({
    config: false,
    entry: {
      index: `${ROOT}src/index.ts`,
      matchers: `${ROOT}matchers/index.ts`,
      ...(withCli ? { cli: CLI_SOURCE } : {}),
    },
    outDir: OUT_DIR,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    dts: false,
    clean: true,
    logLevel: 'error',
  });

  return importLibrary();
}

/** Loads what `buildLibrary` built (in a child process of the bench). */
export async function importLibrary(): Promise<Library> {
  const load = (name: string): Promise<unknown> =>
    import(pathToFileURL(`${OUT_DIR}/${name}.mjs`).href);
  return {
    core: (await load('index')) as typeof Core,
    matchers: (await load('matchers')) as typeof Matchers,
    cli: existsSync(`${OUT_DIR}/cli.mjs`) ? `${OUT_DIR}/cli.mjs` : undefined,
  };
}
