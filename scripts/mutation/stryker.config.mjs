// @ts-check
/**
 * `npm run mutate`: Stryker changes the domain's code one small way at a time (a flipped
 * comparison, a dropped condition, a changed constant) and runs the domain's tests on each
 * change; a change no test notices is a gap in the tests. Slow (minutes per file on two cores),
 * so it is run by hand, not in CI. Pass files to mutate: `npm run mutate -- --mutate src/domain/ranking.ts`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'scripts/mutation/vitest.config.ts', related: false },
  mutate: [
    'src/domain/ranking.ts',
    'src/domain/safety.ts',
    'src/domain/planLink.ts',
    'src/domain/encoding.ts',
    'src/domain/regions.ts',
  ],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'test-results/mutation/mutation.json' },
  tempDirName: 'node_modules/.cache/stryker-tmp',
  concurrency: 2,
  timeoutMS: 60_000,
  thresholds: { high: 90, low: 75, break: null },
};
