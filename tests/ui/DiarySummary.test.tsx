// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, render, screen, within } from '@testing-library/react';
import { Router } from 'wouter';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDiaryStore, useDiaryStore } from '../../src/state/diaryStore.ts';
import { openDatabase } from '../../src/state/storage.ts';
import { DiarySummary } from '../../src/ui/DiarySummary.tsx';

const NOW = Date.parse('2026-03-15T12:00:00.000Z');
const at = (daysAgo: number) => new Date(NOW - daysAgo * 86_400_000).toISOString();

describe('the printable summary', () => {
  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    resetDiaryStore(openDatabase(`diary-summary-${Math.random()}`));
    const pressure = {
      technique: 'pressure' as const,
      triggerPointId: 'temporalis-tp1',
      side: 'left' as const,
    };
    await act(async () => {
      await useDiaryStore.getState().open();
      for (const [id, days, intensity] of [
        ['a', 3, 6],
        ['b', 2, 4],
        ['c', 60, 9],
      ] as const) {
        await useDiaryStore.getState().logEntry({
          id,
          at: at(days),
          areas: [{ region: 'temple', side: 'left', intensity }],
          qualities: ['aching'],
          note: id === 'b' ? 'after a walk' : '',
          done: [pressure],
        });
      }
    });
  });

  it('sums up the last 30 days: each area, what was done, and every entry with its note', () => {
    render(
      <Router>
        <DiarySummary now={NOW} />
      </Router>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Pain diary: a summary' }),
    ).toBeInTheDocument();
    const tables = screen.getAllByRole('table');
    const [areas, entries] = [tables[0], tables.at(-1)];
    expect(within(areas!).getByRole('row', { name: 'Left temple 2 5 6' })).toBeInTheDocument();
    expect(
      screen.getByText('Pressure on Temporalis: TrP1 (anterior fibres), your left: 2 times'),
    ).toBeInTheDocument();
    // The entry of 60 days ago is outside the period.
    expect(within(entries!).getAllByRole('row')).toHaveLength(3);
    expect(within(entries!).getByText('after a walk')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeInTheDocument();
  });
});
