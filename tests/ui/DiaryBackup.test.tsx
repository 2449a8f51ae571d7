// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Router } from 'wouter';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DiaryEntry } from '../../src/domain/diary.ts';
import { resetDiaryStore, useDiaryStore } from '../../src/state/diaryStore.ts';
import { openDatabase } from '../../src/state/storage.ts';
import { DiaryBackup } from '../../src/ui/DiaryBackup.tsx';

const entry = (id: string): DiaryEntry => ({
  id,
  at: '2026-03-14T08:00:00.000Z',
  areas: [{ region: 'temple', side: 'left', intensity: 6 }],
  qualities: [],
  note: '',
  done: [],
});

async function chooseFile(text: string) {
  const input = screen.getByLabelText('Backup file');
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([text], 'diary.json')] } });
  });
}

describe('the diary backup', () => {
  let backup = '';
  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    resetDiaryStore(openDatabase(`diary-backup-${Math.random()}`));
    await act(async () => {
      await useDiaryStore.getState().open();
      await useDiaryStore.getState().logEntry(entry('a'));
      backup = useDiaryStore.getState().backupText();
      await useDiaryStore.getState().logEntry(entry('b'));
    });
    render(
      <Router>
        <DiaryBackup />
      </Router>,
    );
  });

  it('adds the entries of a backup and says how many were already here', async () => {
    await act(() => useDiaryStore.getState().deleteEntry('a'));
    await chooseFile(backup);
    expect(await screen.findByText('Added one entry from the backup.')).toBeInTheDocument();
    expect(
      useDiaryStore
        .getState()
        .diary.entries.map((e) => e.id)
        .sort(),
    ).toEqual(['a', 'b']);
    await chooseFile(backup);
    expect(
      await screen.findByText(
        'Nothing new in this backup: every entry in it is already in your diary.',
      ),
    ).toBeInTheDocument();
  });

  it.each([
    ['a damaged file', '{"app":"referral-explorer","ke', /could not be read\. It may be damaged/],
    [
      'another app’s file',
      '{"app":"notes"}',
      /This is not a copy of your pain diary from Referral Explorer/,
    ],
    [
      'a newer version’s file',
      JSON.stringify({ app: 'referral-explorer', key: 'diary', version: 9, data: {} }),
      /saved by a newer version of Referral Explorer/,
    ],
  ])('refuses %s, says why, and changes nothing', async (_, text, message) => {
    const before = useDiaryStore.getState().diary;
    await chooseFile(text);
    const said = await screen.findByText(message);
    expect(said).toHaveTextContent(/Nothing in your diary has changed\.$/);
    expect(useDiaryStore.getState().diary).toBe(before);
  });

  it('clears every entry only after asking', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Clear all entries…' }));
    expect(
      screen.getByText('Remove all 2 entries from this device? This cannot be undone.'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Keep my diary' }));
    expect(useDiaryStore.getState().diary.entries).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Clear all entries…' }));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Yes, remove everything' })),
    );
    expect(await screen.findByText('Your diary is empty now.')).toBeInTheDocument();
    expect(useDiaryStore.getState().diary.entries).toHaveLength(0);
  });
});
