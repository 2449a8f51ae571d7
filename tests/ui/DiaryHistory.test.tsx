// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { periodOf } from '../../src/domain/diaryHistory.ts';
import { resetDiaryStore, useDiaryStore } from '../../src/state/diaryStore.ts';
import { openDatabase } from '../../src/state/storage.ts';
import { DiaryHistory } from '../../src/ui/DiaryHistory.tsx';

const NOW = Date.parse('2026-03-15T12:00:00.000Z');
const DAY = 86_400_000;
const at = (daysAgo: number) => new Date(NOW - daysAgo * DAY).toISOString();

describe('the diary history', () => {
  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    resetDiaryStore(openDatabase(`diary-history-${Math.random()}`));
    const { logEntry } = useDiaryStore.getState();
    await act(async () => {
      await logEntry({
        id: 'a',
        at: at(9),
        areas: [{ region: 'temple', side: 'left', intensity: 7 }],
        qualities: [],
        note: '',
        done: [],
      });
      await logEntry({
        id: 'b',
        at: at(1),
        areas: [{ region: 'temple', side: 'left', intensity: 3 }],
        qualities: [],
        note: '',
        done: [{ technique: 'pressure', triggerPointId: 'temporalis-tp1', side: 'left' }],
      });
    });
  });

  it('says how each area changed since last week, charts it, and gives the numbers as a table', () => {
    const onChoice = vi.fn();
    const entries = useDiaryStore.getState().diary.entries;
    render(
      <DiaryHistory
        choice="30"
        period={periodOf('30', entries, NOW)}
        now={NOW}
        onChoice={onChoice}
      />,
    );
    expect(
      screen.getByText('Left temple: less than last week, 3 on average against 7.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Left temple: 2 times, 5 on average, at worst 7')).toBeInTheDocument();
    const chart = screen.getByRole('img', {
      name: /^How strong the pain in your left temple was over time 2 entries, from 7 at first to 3 at the latest/,
    });
    expect(chart.querySelectorAll('.chart-point')).toHaveLength(2);
    expect(chart.querySelectorAll('.chart-pressure')).toHaveLength(1);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('Pressure on Temporalis: TrP1 (anterior fibres), your left');

    fireEvent.click(screen.getByRole('radio', { name: 'Last 7 days' }));
    expect(onChoice).toHaveBeenCalledWith('7');
  });

  it('says so when nothing was logged in the period', () => {
    render(
      <DiaryHistory
        choice="7"
        period={{ from: NOW - 100 * DAY, to: NOW - 99 * DAY }}
        now={NOW + 60 * DAY}
        onChoice={() => undefined}
      />,
    );
    expect(
      screen.getByText('No pain logged in this period. Entries you save will show here.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Nothing logged in the last two weeks yet.')).toBeInTheDocument();
  });
});
