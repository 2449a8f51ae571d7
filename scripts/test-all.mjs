#!/usr/bin/env node
// `npm test`: every check in order — typecheck, lint, unit and component tests, production
// build, end-to-end tests in a real browser — then one summary. Exits non-zero on any failure.
//
// Each step is the npm script of the same name, so `npm test` and `npm run <step>` cannot
// disagree. Reports from an earlier run are deleted first, and a test step that ends without
// writing its report counts as failed: the summary never repeats stale counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = 'test-results';
mkdirSync(REPORTS, { recursive: true });

const json = (file) => ['--', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
const steps = [
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  {
    name: 'unit and component tests',
    script: 'unit',
    report: `${REPORTS}/unit.json`,
  },
  { name: 'production build', script: 'build', needed: true },
  {
    name: 'end-to-end tests (Chromium)',
    script: 'e2e:run',
    report: `${REPORTS}/e2e.json`,
    browser: `${REPORTS}/browser.txt`,
  },
];

for (const step of steps) {
  for (const file of [step.report, step.browser]) if (file) rmSync(file, { force: true });
}

const results = [];
const tests = { passed: 0, failed: 0, skipped: 0 };
for (const [i, step] of steps.entries()) {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const args = ['run', step.script, ...(step.report ? json(step.report) : [])];
  const run = spawnSync('npm', args, { stdio: 'inherit', env: process.env });
  let ok = run.status === 0;
  let counts = '';
  if (step.report) {
    const report = readReport(step.report);
    if (report) {
      tests.passed += report.numPassedTests ?? 0;
      tests.failed += report.numFailedTests ?? 0;
      tests.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      counts = ` (${report.numPassedTests} passed, ${report.numFailedTests} failed)`;
      if (report.numTotalTests === 0) {
        ok = false;
        counts = ' (no tests ran)';
      }
    } else {
      ok = false;
      counts = ' (FAILED: it wrote no report, so it did not finish)';
    }
  }
  if (step.browser && existsSync(step.browser)) {
    counts += ` in ${readFileSync(step.browser, 'utf8').trim()}`;
  }
  results.push({ name: step.name, ok, seconds: (Date.now() - started) / 1000, counts });
  if (!ok && step.needed) {
    for (const skipped of steps.slice(i + 1)) {
      results.push({
        name: skipped.name,
        ok: false,
        seconds: 0,
        counts: ` (not run: ${step.name} failed)`,
      });
    }
    break;
  }
}

function readReport(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

console.log('\n──────── Summary ────────');
for (const r of results) {
  console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${r.counts}  ${r.seconds.toFixed(1)} s`);
}
const failedSteps = results.filter((r) => !r.ok).length;
console.log(failedSteps ? `\n${failedSteps} step(s) failed.` : '\nAll steps passed.');
console.log(
  `${tests.passed} passed, ${tests.failed} failed${tests.skipped ? `, ${tests.skipped} skipped` : ''}${failedSteps ? `, ${failedSteps} step(s) failed` : ''}`,
);
process.exit(failedSteps ? 1 : 0);
