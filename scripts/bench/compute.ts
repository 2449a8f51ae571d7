/**
 * Ranking and search speed in Node, on the real atlas. A loaded machine stops a process at
 * random, which would make a slow tail out of nothing; so every query runs several times and
 * keeps its fastest run (what the code costs), and the mean and 99th percentile are taken over
 * the queries. A query that is really slow is slow on every run and still shows.
 */
import { performance } from 'node:perf_hooks';
import { atlas } from '../../data/index.ts';
import { rankMuscles } from '../../src/domain/ranking.ts';
import { REGION_IDS, SIDES, type BodyArea } from '../../src/domain/regions.ts';
import { createSearchIndex } from '../../src/domain/search.ts';
import { conditions, english, englishAtlas } from '../i18n/english.ts';
import { percentile, type Measurement } from './budgets.ts';

const RUNS = 7;

/** Each call's fastest time in ms over RUNS rounds (after a warm-up round). */
function bestOf<T>(inputs: readonly T[], call: (input: T) => unknown): number[] {
  for (const input of inputs) call(input);
  const best = inputs.map(() => Number.POSITIVE_INFINITY);
  for (let run = 0; run < RUNS; run++) {
    inputs.forEach((input, i) => {
      const start = performance.now();
      call(input);
      best[i] = Math.min(best[i]!, performance.now() - start);
    });
  }
  return best;
}

const stats = (samples: readonly number[]) => ({
  mean: samples.reduce((n, x) => n + x, 0) / samples.length,
  p99: percentile(samples, 99),
});

export function computeMeasurements(): Measurement[] {
  const singles: BodyArea[][] = REGION_IDS.flatMap((region) =>
    SIDES.map((side) => [{ region, side }]),
  );
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const multis: BodyArea[][] = Array.from({ length: 500 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 4) }, () => ({
      region: REGION_IDS[Math.floor(random() * REGION_IDS.length)]!,
      side: random() < 0.5 ? 'left' : 'right',
    })),
  );
  const single = stats(bestOf(singles, (q) => rankMuscles(atlas, q)));
  const multi = stats(bestOf(multis, (q) => rankMuscles(atlas, q)));

  // Search as typed: every prefix of what people type, one call per keystroke.
  const index = createSearchIndex({ ...englishAtlas, conditions: conditions(english) });
  const typed = [
    'headache',
    'tennis elbow',
    'upper traps',
    'sciatica',
    'jaw pain',
    'shoulder blade',
    'low back pain',
    'carpal tunnel',
    'infraspinatis',
    'heel',
    'migraine',
    'knee',
  ];
  const keystrokes = typed.flatMap((word) =>
    Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)),
  );
  const search = stats(bestOf(keystrokes, (q) => index.search(q)));
  const tps = atlas.muscles.reduce((n, m) => n + m.triggerPoints.length, 0);
  const detail = (s: { mean: number }) => `mean ${s.mean.toFixed(3)} ms, best of ${RUNS} per query`;
  return [
    {
      id: 'ranking.single.p99',
      label: `ranking p99, ${singles.length} one-area queries (${atlas.muscles.length} muscles, ${tps} points)`,
      value: single.p99,
      unit: 'ms',
      detail: detail(single),
    },
    {
      id: 'ranking.multi.p99',
      label: `ranking p99, ${multis.length} random 2–5-area queries`,
      value: multi.p99,
      unit: 'ms',
      detail: detail(multi),
    },
    {
      id: 'search.keystroke.p99',
      label: `search p99 per keystroke (${keystrokes.length} keystrokes)`,
      value: search.p99,
      unit: 'ms',
      detail: detail(search),
    },
  ];
}
