import { defineConfig } from 'vitest/config';

// Two projects: fast Node tests (shared logic, real SQLite files, Electron glue with a mocked
// `electron`), and end-to-end tests of the built renderer in a real Chromium over the real handlers.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.spec.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
          // After the unit tests: the browser suite is the slowest, and needs the build.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
