import { defineConfig } from 'vitest/config';
import { catalogPlugin } from '../i18n/catalogPlugin.ts';

/**
 * The tests a mutation run judges the domain by: the domain's own and the atlas's (which run
 * the ranking, safety and search over the real data). No jsdom, no browser: each mutant is
 * tested in seconds.
 */
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  plugins: [catalogPlugin()],
  test: {
    include: ['tests/domain/**/*.test.ts', 'tests/data/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 120_000,
  },
});
