#!/usr/bin/env node
// `npm test`: every check in order — typecheck, lint, unit and component tests, production
// build, end-to-end tests in a real browser — then one summary. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });

const steps = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.', '--max-warnings=0'] },
  {
    name: 'unit and component tests',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--project',
      'unit',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/unit.json',
    ],
    report: 'test-results/unit.json',
  },
  { name: 'production build', cmd: ['npx', 'vite', 'build', '--logLevel', 'warn'] },
  {
    name: 'end-to-end tests (Chromium)',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--project',
      'e2e',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/e2e.json',
    ],
    report: 'test-results/e2e.json',
  },
];

const results = [];
let tests = { passed: 0, failed: 0, skipped: 0 };
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: process.env });
  const ok = run.status === 0;
  let counts = '';
  if (step.report && existsSync(step.report)) {
    try {
      const json = JSON.parse(readFileSync(step.report, 'utf8'));
      tests.passed += json.numPassedTests ?? 0;
      tests.failed += json.numFailedTests ?? 0;
      tests.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
      counts = ` (${json.numPassedTests} passed, ${json.numFailedTests} failed)`;
    } catch {
      counts = ' (no report)';
    }
  }
  results.push({ name: step.name, ok, seconds: (Date.now() - started) / 1000, counts });
  if (!ok && step.name === 'production build') {
    results.push({
      name: steps.at(-1).name,
      ok: false,
      seconds: 0,
      counts: ' (not run: the build failed)',
    });
    break;
  }
}

console.log('\n──────── Summary ────────');
for (const r of results) {
  console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${r.counts}  ${r.seconds.toFixed(1)} s`);
}
const failedSteps = results.filter((r) => !r.ok).length;
console.log(failedSteps ? `\n${failedSteps} step(s) failed.` : '\nAll steps passed.');
console.log(
  `${tests.passed} passed, ${tests.failed + (failedSteps && !tests.failed ? failedSteps : 0)} failed${tests.skipped ? `, ${tests.skipped} skipped` : ''}`,
);
process.exit(failedSteps ? 1 : 0);
