import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The standalone executables are tested by their own step (vitest.dist.config.ts).
    exclude: [...configDefaults.exclude, 'test/dist/**'],
    testTimeout: 30000,
    hookTimeout: 30000,
    pool: 'forks',
  },
});
