/**
 * Performance budgets, measured (never asserted by a timed unit test):
 * - the body model's size, raw and gzipped (budget: 250 KB gzipped);
 * - ranking speed: every single-area query (134), and 1,000 random multi-area queries, mean
 *   and 99th percentile per query (budget: p99 under 1 ms);
 * - first frame with the body in headless Chromium after navigation (budget: 1.5 s), and the
 *   number of draw calls for the body (budget: one), when a production build exists in dist/.
 *
 * Usage: npm run bench [-- --no-browser]. Prints a table and exits non-zero if a budget is missed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { atlas } from '../data/index.ts';
import type {} from '../src/scene/probes.ts';
import { rankMuscles } from '../src/domain/ranking.ts';
import { REGION_IDS, SIDES, type BodyArea } from '../src/domain/regions.ts';

interface Row {
  what: string;
  value: string;
  budget: string;
  ok: boolean;
}
const rows: Row[] = [];

// Model sizes: the default figure and the female one.
for (const file of ['body.glb', 'body-female.glb']) {
  const model = readFileSync(`public/models/${file}`);
  const gz = gzipSync(model, { level: 9 }).length;
  rows.push({
    what: `${file} size`,
    value: `${(model.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped`,
    budget: '≤ 250 KB gzipped',
    ok: gz <= 250 * 1024,
  });
}

// Ranking speed.
const singles: BodyArea[][] = REGION_IDS.flatMap((region) =>
  SIDES.map((side) => [{ region, side }]),
);
let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const multis: BodyArea[][] = Array.from({ length: 1000 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 4) }, () => ({
    region: REGION_IDS[Math.floor(random() * REGION_IDS.length)]!,
    side: random() < 0.5 ? 'left' : 'right',
  })),
);
/** Mean and 99th percentile of one query's time, over five rounds of every query. */
const time = (queries: BodyArea[][]) => {
  for (const q of queries.slice(0, 50)) rankMuscles(atlas, q); // warm up
  const samples: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const start = performance.now();
      rankMuscles(atlas, q);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
  return { mean, p99: samples[Math.floor(samples.length * 0.99)]! };
};
const single = time(singles);
const multi = time(multis);
const tps = atlas.muscles.reduce((n, m) => n + m.triggerPoints.length, 0);
const ms = (x: number) => `${x.toFixed(3)} ms`;
rows.push({
  what: `ranking, ${singles.length} single-area queries (${atlas.muscles.length} muscles, ${tps} TrPs)`,
  value: `mean ${ms(single.mean)}, p99 ${ms(single.p99)}`,
  budget: 'p99 < 1 ms',
  ok: single.p99 < 1,
});
rows.push({
  what: 'ranking, 1,000 random 2–5-area queries',
  value: `mean ${ms(multi.mean)}, p99 ${ms(multi.p99)}`,
  budget: 'p99 < 1 ms',
  ok: multi.p99 < 1,
});

// First frame in Chromium.
if (!process.argv.includes('--no-browser') && existsSync('dist/index.html')) {
  const { preview } = await import('vite');
  const { launch } = await import('../tests/e2e/browser.ts');
  const server = await preview({
    preview: { host: '127.0.0.1', port: 4320, strictPort: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  const browser = await launch();
  try {
    const firstFrames: number[] = [];
    let drawCalls = -1;
    for (let run = 0; run < 5; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      await page.goto(url!);
      await page.waitForFunction(
        () => performance.getEntriesByName('body-drawn').length > 0,
        undefined,
        { timeout: 60_000 },
      );
      firstFrames.push(
        await page.evaluate(() => performance.getEntriesByName('body-drawn')[0]!.startTime),
      );
      await page.waitForFunction(
        () => window.__referralExplorer?.bodyDrawCalls() !== undefined,
        undefined,
        {
          timeout: 30_000,
        },
      );
      drawCalls = await page.evaluate(() => window.__referralExplorer?.bodyDrawCalls() ?? -1);
      await page.close();
    }
    firstFrames.sort((a, b) => a - b);
    const median = firstFrames[2]!;
    rows.push({
      what: 'first frame with the body, after navigation (median of 5, SwiftShader)',
      value: `${median.toFixed(0)} ms (min ${firstFrames[0]!.toFixed(0)}, max ${firstFrames[4]!.toFixed(0)})`,
      budget: '≤ 1500 ms',
      ok: median <= 1500,
    });
    rows.push({
      what: 'draw calls for the body',
      value: String(drawCalls),
      budget: '1',
      ok: drawCalls === 1,
    });
  } finally {
    await browser.close();
    await server.close();
  }
} else {
  rows.push({
    what: 'first frame',
    value: 'skipped (no dist/ or --no-browser)',
    budget: '≤ 1500 ms',
    ok: true,
  });
}

const width = Math.max(...rows.map((r) => r.what.length));
for (const r of rows)
  console.log(
    `${r.ok ? 'ok  ' : 'MISS'}  ${r.what.padEnd(width)}  ${r.value}  (budget ${r.budget})`,
  );
process.exit(rows.every((r) => r.ok) ? 0 : 1);
