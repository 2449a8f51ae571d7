/**
 * The bench's budget file and its check: what passes, what fails and why. No timing here — the
 * figures are made up; the bench itself measures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkBudgets,
  format,
  formatTable,
  median,
  parseBudgets,
  percentile,
  type Budgets,
  type Measurement,
} from '../../scripts/bench/budgets.ts';

const budgets: Budgets = {
  'firstVisit.gzip': { max: 460_800, unit: 'B', why: 'the issue: ≤ 450 KB' },
  'coldStart.bodyDrawn': { max: 2000, unit: 'ms', why: 'median 1 s, 2× headroom', target: 600 },
};
const gzip = (value: number): Measurement => ({
  id: 'firstVisit.gzip',
  label: 'first visit, gzip',
  value,
  unit: 'B',
});
const bodyDrawn = (value: number): Measurement => ({
  id: 'coldStart.bodyDrawn',
  label: 'body drawn',
  value,
  unit: 'ms',
});

describe('the budget file', () => {
  it('the committed bench/budgets.json parses', () => {
    const parsed = parseBudgets(readFileSync('bench/budgets.json', 'utf8'));
    expect(Object.keys(parsed).length).toBeGreaterThan(5);
  });

  it('reads each budget with its limit, unit, reason and goal', () => {
    const text = JSON.stringify({ $comment: 'x', budgets });
    expect(parseBudgets(text)).toEqual(budgets);
  });

  it.each([
    ['not JSON', '{ budgets: ', /not valid JSON/],
    ['no budgets', '{}', /budgets/],
    [
      'a negative limit',
      JSON.stringify({ budgets: { 'a.b': { max: -1, unit: 'B', why: 'x' } } }),
      /budgets\.a\.b\.max/,
    ],
    [
      'an unknown unit',
      JSON.stringify({ budgets: { 'a.b': { max: 1, unit: 'KB', why: 'x' } } }),
      /budgets\.a\.b\.unit/,
    ],
    [
      'no reason',
      JSON.stringify({ budgets: { 'a.b': { max: 1, unit: 'B', why: '' } } }),
      /budgets\.a\.b\.why/,
    ],
    [
      'a misspelt field',
      JSON.stringify({ budgets: { 'a.b': { maxx: 1, unit: 'B', why: 'x' } } }),
      /budgets\.a\.b/,
    ],
    [
      'a limit given as text',
      JSON.stringify({ budgets: { 'a.b': { max: '1', unit: 'B', why: 'x' } } }),
      /budgets\.a\.b\.max/,
    ],
    [
      'an id with spaces',
      JSON.stringify({ budgets: { 'first visit': { max: 1, unit: 'B', why: 'x' } } }),
      /first visit/,
    ],
  ])('rejects %s, naming the file and the entry', (_, text, message) => {
    expect(() => parseBudgets(text, 'bench/budgets.json')).toThrow(/bench\/budgets\.json/);
    expect(() => parseBudgets(text)).toThrow(message);
  });
});

describe('checking a run against the budgets', () => {
  it('passes when every figure is at or under its budget', () => {
    const { rows, failures } = checkBudgets(budgets, [gzip(460_800), bodyDrawn(1999.9)]);
    expect(failures).toEqual([]);
    expect(rows.map((r) => r.status)).toEqual(['ok', 'ok']);
  });

  it('fails a figure one byte over, saying by how much it is over', () => {
    const { rows, failures } = checkBudgets(budgets, [gzip(460_801), bodyDrawn(100)]);
    expect(rows[0]!.status).toBe('miss');
    expect(failures).toEqual([
      'firstVisit.gzip: 450.0 KB (460,801 B) is over its budget of 450.0 KB (460,800 B)',
    ]);
  });

  it('fails a figure that is not a number (a timing that never happened)', () => {
    const { failures } = checkBudgets(budgets, [gzip(1), bodyDrawn(Number.NaN)]);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^coldStart\.bodyDrawn/);
  });

  it('fails a budget that nothing measured, so a renamed measurement cannot pass unnoticed', () => {
    const { rows, failures } = checkBudgets(budgets, [gzip(1)]);
    expect(failures).toEqual(['coldStart.bodyDrawn: has a budget but this run did not measure it']);
    expect(rows.find((r) => r.id === 'coldStart.bodyDrawn')?.status).toBe('not measured');
  });

  it('lets a run skip budgets it says it skipped (--no-browser), and shows them as skipped', () => {
    const { rows, failures } = checkBudgets(budgets, [gzip(1)], new Set(['coldStart.bodyDrawn']));
    expect(failures).toEqual([]);
    expect(rows.find((r) => r.id === 'coldStart.bodyDrawn')?.status).toBe('skipped');
  });

  it('shows figures without a budget (per chunk) and does not fail them', () => {
    const chunk: Measurement = { id: 'chunk.index', label: 'index', value: 9e9, unit: 'B' };
    const { rows, failures } = checkBudgets(budgets, [gzip(1), bodyDrawn(1), chunk]);
    expect(failures).toEqual([]);
    expect(rows.find((r) => r.id === 'chunk.index')?.status).toBe('no budget');
  });

  it('fails a budget in another unit than its measurement', () => {
    const { failures } = checkBudgets(budgets, [gzip(1), { ...bodyDrawn(1), unit: 'MB' }]);
    expect(failures).toEqual(['coldStart.bodyDrawn: the budget is in ms, the measurement in MB']);
  });

  it('refuses two measurements with one id (one would hide the other)', () => {
    expect(() => checkBudgets(budgets, [gzip(1), gzip(2)])).toThrow(/firstVisit\.gzip/);
  });

  it('prints one line per row with the status, figure, budget and goal', () => {
    const { rows } = checkBudgets(budgets, [gzip(460_801), bodyDrawn(812.4)]);
    const lines = formatTable(rows).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^MISS\s+first visit, gzip\s+450\.0 KB \(460,801 B\)\s+≤ 450\.0 KB/);
    expect(lines[1]).toMatch(/^ok\s+body drawn\s+812 ms\s+≤ 2000 ms, goal 600 ms$/);
  });
});

describe('the statistics', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it.each([
    { name: '5, 1, 3', samples: [5, 1, 3], p: 50, expected: 3 },
    { name: '1 to 7', samples: [1, 2, 3, 4, 5, 6, 7], p: 50, expected: 4 },
    { name: '1 to 100', samples: hundred, p: 95, expected: 95 },
    { name: '1 to 100', samples: hundred, p: 99, expected: 99 },
    { name: 'a single 7', samples: [7], p: 99, expected: 7 },
  ])('p$p of $name is $expected (nearest rank)', ({ samples, p, expected }) => {
    expect(percentile(samples, p)).toBe(expected);
  });

  it('the median of nothing is not a number, so a run that measured nothing fails', () => {
    expect(median([])).toBeNaN();
  });

  it('formats each unit for reading', () => {
    expect(format(512, 'B')).toBe('512 B');
    expect(format(0.0421, 'ms')).toBe('0.042 ms');
    expect(format(1234.5, 'ms')).toBe('1235 ms');
    expect(format(12.345, 'MB')).toBe('12.35 MB');
    expect(format(1, 'count')).toBe('1');
  });
});
