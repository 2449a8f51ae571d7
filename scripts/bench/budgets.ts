/**
 * The performance budgets (bench/budgets.json) and the check of a bench run against them. Pure:
 * no timing, no files, no browser, so the rules are unit-tested (tests/scripts/benchBudgets).
 */
import * as v from 'valibot';

/** The units a measurement is given in. Bytes are exact; the others are measured. */
export const UNITS = ['B', 'ms', 'MB', 'count'] as const;
export type Unit = (typeof UNITS)[number];

const BudgetSchema = v.strictObject({
  /** The most the measurement may be; equal to it passes. */
  max: v.pipe(v.number(), v.finite(), v.minValue(0)),
  unit: v.picklist(UNITS),
  /** Why this figure: for timings, the median it was set from and the headroom it leaves. */
  why: v.pipe(v.string(), v.nonEmpty()),
  /** Where we want to get (the issue's goal), shown beside the budget; not checked. */
  target: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
});

const BudgetFileSchema = v.strictObject({
  $comment: v.optional(v.union([v.string(), v.array(v.string())])),
  budgets: v.record(
    v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+)*$/)),
    BudgetSchema,
  ),
});

export type Budget = v.InferOutput<typeof BudgetSchema>;
/** Budgets by measurement id ("firstVisit.gzip", "coldStart.bodyDrawn"). */
export type Budgets = Readonly<Record<string, Budget>>;

/**
 * Reads the budget file's text. Throws an Error that names the file and the faulty entry, so a
 * mistyped budget stops the run instead of passing silently.
 */
export function parseBudgets(text: string, file = 'bench/budgets.json'): Budgets {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = v.safeParse(BudgetFileSchema, json);
  if (!parsed.success) {
    const problems = parsed.issues.map((issue) => {
      const path = v.getDotPath(issue);
      return `  ${path ?? '(top level)'}: ${issue.message}`;
    });
    throw new Error(`${file} has ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
  return parsed.output.budgets;
}

/** One figure a bench run produced. */
export interface Measurement {
  /** Stable id, the key of its budget if it has one. */
  id: string;
  /** What was measured, for the table. */
  label: string;
  value: number;
  unit: Unit;
  /** More about the figure (spread, sample count), for the table. */
  detail?: string;
}

export type Status = 'ok' | 'miss' | 'no budget' | 'not measured' | 'skipped';

export interface Row extends Measurement {
  status: Status;
  budget?: Budget;
}

export interface CheckResult {
  rows: Row[];
  /** Why the check fails: empty when it passes. */
  failures: string[];
}

/**
 * Compares a run's measurements with the budgets. A measurement over its budget fails; so does
 * a budget that nothing measured (a renamed or dropped measurement must not pass unnoticed),
 * unless the run said it skipped it (`--no-browser`), and a budget whose unit is not the
 * measurement's. Measurements without a budget (per chunk, say) are shown, not checked.
 */
export function checkBudgets(
  budgets: Budgets,
  measurements: readonly Measurement[],
  skipped: ReadonlySet<string> = new Set(),
): CheckResult {
  const rows: Row[] = [];
  const failures: string[] = [];
  const seen = new Set<string>();
  for (const m of measurements) {
    if (seen.has(m.id)) throw new Error(`Two measurements share the id "${m.id}".`);
    seen.add(m.id);
    const budget = budgets[m.id];
    if (!budget) {
      rows.push({ ...m, status: 'no budget' });
      continue;
    }
    if (budget.unit !== m.unit) {
      failures.push(`${m.id}: the budget is in ${budget.unit}, the measurement in ${m.unit}`);
      rows.push({ ...m, budget, status: 'miss' });
      continue;
    }
    const ok = Number.isFinite(m.value) && m.value <= budget.max;
    if (!ok) {
      failures.push(
        `${m.id}: ${format(m.value, m.unit)} is over its budget of ${format(budget.max, budget.unit)}`,
      );
    }
    rows.push({ ...m, budget, status: ok ? 'ok' : 'miss' });
  }
  for (const [id, budget] of Object.entries(budgets)) {
    if (seen.has(id)) continue;
    const wasSkipped = skipped.has(id);
    if (!wasSkipped) failures.push(`${id}: has a budget but this run did not measure it`);
    rows.push({
      id,
      label: id,
      value: Number.NaN,
      unit: budget.unit,
      budget,
      status: wasSkipped ? 'skipped' : 'not measured',
    });
  }
  return { rows, failures };
}

/** A figure in its unit, as people read it: bytes in KB (1 KB = 1,024 B) with the exact count. */
export function format(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'B':
      return value < 1024
        ? `${value} B`
        : `${(value / 1024).toFixed(1)} KB (${value.toLocaleString('en-US')} B)`;
    case 'ms':
      return value < 10 ? `${value.toFixed(3)} ms` : `${value.toFixed(0)} ms`;
    case 'MB':
      return `${value.toFixed(2)} MB`;
    case 'count':
      return String(value);
  }
}

/** The table printed after a run: status, what, value, budget (and target). */
export function formatTable(rows: readonly Row[]): string {
  const mark: Record<Status, string> = {
    ok: 'ok  ',
    miss: 'MISS',
    'no budget': '    ',
    'not measured': 'MISS',
    skipped: 'skip',
  };
  const cells = rows.map((r) => [
    mark[r.status],
    r.label,
    r.status === 'not measured' || r.status === 'skipped'
      ? r.status
      : `${format(r.value, r.unit)}${r.detail ? `  ${r.detail}` : ''}`,
    r.budget
      ? `≤ ${format(r.budget.max, r.budget.unit)}${
          r.budget.target !== undefined ? `, goal ${format(r.budget.target, r.budget.unit)}` : ''
        }`
      : '',
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...cells.map((c) => c[i]!.length)));
  return cells
    .map((c) =>
      [c[0]!.padEnd(widths[0]!), c[1]!.padEnd(widths[1]!), c[2]!.padEnd(widths[2]!), c[3]]
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The nearest-rank percentile (0–100) of samples; NaN for none. Pure, for the bench's stats. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);
