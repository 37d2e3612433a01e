import { afterEach, beforeEach, vi } from 'vitest';

// The library never prints (DESIGN §9): any console output during a test fails it.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
const printed: string[] = [];

beforeEach(() => {
  printed.length = 0;
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (printed.length > 0) {
    throw new Error(`The library printed during this test:\n${printed.join('\n')}`);
  }
});
