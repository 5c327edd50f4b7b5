// Benchmarks only (`npm run bench`), kept apart from vitest.config.ts so `npm test` never runs
// them: timings are measurements to read, not pass/fail tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'store',
    environment: 'node',
    include: [],
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
});
