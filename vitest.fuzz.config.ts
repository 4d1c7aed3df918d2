// `npm run fuzz` (scripts/fuzz.mjs): the fuzzing properties at length, outside `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.fuzz.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 3_600_000,
    pool: 'forks',
  },
});
