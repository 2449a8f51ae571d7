/**
 * `npm run bench`: measures the production build against the budgets in bench/budgets.json and
 * writes every figure to bench/results.json.
 *
 * - bytes of a first visit (every file the app fetches by itself until the body is drawn), raw,
 *   gzip and brotli, by kind (JS code, CSS, model, atlas) and per file: exact;
 * - cold start in headless Chromium, median of 7 fresh contexts: first paint of the UI, body
 *   drawn, first click on the body → ranked list painted;
 * - click → list painted p50/p95 over 50 clicks; frame time while orbiting (with and without a
 *   pattern); JS heap after load and its growth over 200 selections, GPU objects kept;
 * - ranking and search per keystroke in Node (each query's best of 7 runs).
 *
 * Usage: npm run bench [-- --check] [-- --no-browser | --quick]
 *   --check       exit non-zero when a figure is over its budget or a budget went unmeasured
 *   --no-browser  only what needs no browser (ranking, search); the rest shows as skipped
 *   --quick       2 cold starts, 10 clicks, 20 selections: a look while working, not a check
 * Needs `npm run build` first (npm test does it).
 */
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { checkBudgets, formatTable, parseBudgets, type Measurement } from './bench/budgets.ts';
import { browserMeasurements } from './bench/browser.ts';
import { firstVisitMeasurements, sizeFiles } from './bench/bytes.ts';
import { computeMeasurements } from './bench/compute.ts';

const BUDGETS = 'bench/budgets.json';
const RESULTS = 'bench/results.json';
const DIST = 'dist';

const args = process.argv.slice(2);
const check = args.includes('--check');
const noBrowser = args.includes('--no-browser');
const quick = args.includes('--quick');
const unknown = args.filter((a) => !['--check', '--no-browser', '--quick'].includes(a));
if (unknown.length) {
  console.error(`Unknown option(s): ${unknown.join(' ')}. Use --check, --no-browser, --quick.`);
  process.exit(2);
}
if (quick && check) {
  console.error('--quick takes too few samples for --check: run the full bench to check.');
  process.exit(2);
}

const started = Date.now();
const log = (line: string) =>
  console.log(`  [${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

const budgets = parseBudgets(readFileSync(BUDGETS, 'utf8'), BUDGETS);
const measurements: Measurement[] = [];
const skipped = new Set<string>();
let browser = 'none';

if (noBrowser) {
  for (const id of Object.keys(budgets)) if (!/^(ranking|search)\./.test(id)) skipped.add(id);
} else {
  if (!existsSync(`${DIST}/index.html`)) {
    console.error('No production build in dist/: run `npm run build` first.');
    process.exit(2);
  }
  log('browser: cold starts, clicks, orbit, heap');
  const run = await browserMeasurements(
    quick
      ? { coldStarts: 2, clicks: 10, selections: 20, log }
      : { coldStarts: 7, clicks: 50, selections: 200, log },
  );
  browser = run.browser;
  measurements.push(...firstVisitMeasurements(sizeFiles(DIST, run.firstVisitFiles)));
  measurements.push(...run.measurements);
}
log('ranking and search in Node');
measurements.push(...computeMeasurements());

const { rows, failures } = checkBudgets(budgets, measurements, skipped);
// In the order measured (each group together), budgets nothing measured last.
const table = rows;
console.log(`\n${formatTable(table)}\n`);

mkdirSync('bench', { recursive: true });
writeFileSync(
  RESULTS,
  `${JSON.stringify(
    {
      when: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        load: loadavg().map((x) => Number(x.toFixed(2))),
        node: process.version,
        browser,
      },
      seconds: Math.round((Date.now() - started) / 1000),
      rows: table.map((r) => ({
        id: r.id,
        label: r.label.trim(),
        value: Number.isFinite(r.value) ? Number(r.value.toFixed(4)) : null,
        unit: r.unit,
        detail: r.detail,
        status: r.status,
        budget: r.budget?.max,
        target: r.budget?.target,
      })),
      failures,
    },
    null,
    1,
  )}\n`,
);
console.log(
  `Wrote ${RESULTS} in ${((Date.now() - started) / 1000).toFixed(0)} s (load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores).`,
);
if (failures.length) {
  console.log(
    `\n${failures.length} budget(s) missed:\n${failures.map((f) => `  ${f}`).join('\n')}`,
  );
  if (check) process.exit(1);
  console.log('(not failing: run with --check to fail on a missed budget)');
} else {
  console.log('Every budget holds.');
}
