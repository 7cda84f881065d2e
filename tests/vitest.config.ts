import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Integration tests here; unit tests sit beside the code they test in shared/ and server/.
    include: ['src/**/*.test.ts', '../shared/src/**/*.test.ts', '../server/src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two cores: more workers only make the timing-sensitive socket tests flaky.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
  },
});
