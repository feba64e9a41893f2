import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['test/lib/**/*.test.ts', 'test/schemas/**/*.test.ts', 'test/search/**/*.test.ts', 'test/wizard/**/*.test.ts', 'test/support/**/*.test.ts', 'test/security/**/*.test.ts', 'test/doctor/**/*.test.ts', 'test/commands/**/*.test.ts'] } },
      {
        test: {
          name: 'site', include: ['test/content/**/*.test.ts', 'test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/global-setup.ts'],
          maxConcurrency: 2, testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false,
          // An expect.poll waits for a page that may still be loading the search's code, index and worker
          // on a busy machine (CI's two cores): 15 s, as long as the suite's waits for Pagefind, not vitest's 1 s.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
