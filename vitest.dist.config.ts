// The tests of the standalone executables (test/dist/): run by `npm run test:dist` after `npm run dist`,
// and by .ci/run as its own step, since building and running them under Wine takes minutes.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/dist/**/*.test.ts'],
    testTimeout: 120000,
    hookTimeout: 180000,
    pool: 'forks',
    fileParallelism: false,
  },
});
