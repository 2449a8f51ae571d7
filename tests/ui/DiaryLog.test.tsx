// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDiaryDraftStore, useDiaryDraftStore } from '../../src/state/diaryDraftStore.ts';
import { diarySaved, resetDiaryStore, useDiaryStore } from '../../src/state/diaryStore.ts';
import { openDatabase } from '../../src/state/storage.ts';
import { DiaryEntries } from '../../src/ui/DiaryEntries.tsx';
import { DiaryLog } from '../../src/ui/DiaryLog.tsx';
import { DiaryStatus } from '../../src/ui/DiaryStatus.tsx';

let n = 0;
async function freshDiary() {
  globalThis.indexedDB = new IDBFactory();
  resetDiaryStore(openDatabase(`diary-ui-${n++}`));
  resetDiaryDraftStore();
  await act(() => useDiaryStore.getState().open());
}

function pickFromList(area: string, side: 'Left' | 'Right') {
  const picker = screen.getByRole('form', { name: 'Add an area from a list' });
  fireEvent.change(within(picker).getByRole('combobox'), { target: { value: area } });
  fireEvent.click(within(picker).getByRole('radio', { name: side }));
  fireEvent.click(within(picker).getByRole('button', { name: 'Add' }));
}

const saveButton = () => screen.getByRole('button', { name: 'Save entry' });

describe('logging in the diary', () => {
  beforeEach(freshDiary);

  it('says where the diary is kept before anything else', () => {
    render(<DiaryStatus />);
    expect(
      screen.getByText(
        'Your diary stays on this device, in this browser. Nothing is sent anywhere.',
      ),
    ).toBeInTheDocument();
  });

  it('saves an area from the list with its intensity, words, what was done and a note', async () => {
    render(
      <>
        <DiaryLog />
        <DiaryEntries />
      </>,
    );
    expect(saveButton()).toBeDisabled();
    pickFromList('temple', 'Left');
    fireEvent.change(screen.getByRole('slider', { name: 'Left temple' }), {
      target: { value: '7' },
    });
    expect(screen.getByRole('slider', { name: 'Left temple' })).toHaveAttribute(
      'aria-valuetext',
      '7 out of 10',
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Throbbing' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'What' }), {
      target: { value: 'stretch' },
    });
    const done = screen.getByRole('group', { name: 'What you did for it' });
    fireEvent.click(within(done).getByRole('button', { name: 'Add' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Note (optional)' }), {
      target: { value: 'after the drive' },
    });
    await act(async () => fireEvent.click(saveButton()));
    await act(() => diarySaved());

    expect(screen.getByText('Saved in your diary.')).toBeInTheDocument();
    const [entry] = useDiaryStore.getState().diary.entries;
    expect(entry).toMatchObject({
      areas: [{ region: 'temple', side: 'left', intensity: 7 }],
      qualities: ['throbbing'],
      note: 'after the drive',
      done: [{ technique: 'stretch' }],
    });
    const entries = screen.getByRole('region', { name: 'Your entries (1)' });
    const [item] = within(entries).getAllByRole('listitem');
    expect(item).toHaveTextContent('Left temple 7');
    expect(item).toHaveTextContent('Throbbing');
    expect(item).toHaveTextContent('Done: Stretch');
    // The form is empty again, ready for the next entry.
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
  });

  it('offers the trigger points that may refer to the areas first', () => {
    render(<DiaryLog />);
    pickFromList('temple', 'Left');
    const where = screen.getByRole('combobox', { name: 'Where (optional)' });
    const suggested = within(where).getByRole('group', { name: 'May refer to these areas' });
    expect(
      within(suggested)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain('Upper trapezius: TrP1');
  });

  it('changes an entry in place and deletes one only when asked twice', async () => {
    await act(() =>
      useDiaryStore.getState().logEntry({
        id: 'a',
        at: '2026-03-14T08:00:00.000Z',
        areas: [{ region: 'temple', side: 'left', intensity: 6 }],
        qualities: [],
        note: '',
        done: [],
      }),
    );
    render(
      <>
        <DiaryLog />
        <DiaryEntries />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Change the entry of/ }));
    expect(screen.getByRole('heading', { name: 'Change this entry' })).toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: 'Left temple' }), {
      target: { value: '2' },
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save changes' })));
    expect(useDiaryStore.getState().diary.entries).toMatchObject([
      { id: 'a', at: '2026-03-14T08:00:00.000Z', areas: [{ intensity: 2 }] },
    ]);
    expect(await screen.findByText('Entry changed.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /^Delete the entry of/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(useDiaryStore.getState().diary.entries).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /^Delete the entry of/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' })));
    expect(useDiaryStore.getState().diary.entries).toHaveLength(0);
    expect(
      screen.getByText('No entries yet. Your first one will appear here.'),
    ).toBeInTheDocument();
  });

  it('starts a new entry from the last one in one tap', async () => {
    await act(() =>
      useDiaryStore.getState().logEntry({
        id: 'a',
        at: '2026-03-14T08:00:00.000Z',
        areas: [{ region: 'neck-back', side: 'right', intensity: 4 }],
        qualities: ['stiff'],
        note: 'morning',
        done: [],
      }),
    );
    render(<DiaryLog />);
    fireEvent.click(screen.getByRole('button', { name: /Start from the last entry/ }));
    expect(screen.getByRole('slider', { name: 'Right back of neck' })).toHaveValue('4');
    expect(screen.getByRole('checkbox', { name: 'Stiff' })).toBeChecked();
    expect(useDiaryDraftStore.getState().draft.note).toBe('');
  });

  it('adds a guided timer finished but not logged there to the entry in one tap, once', () => {
    act(() =>
      useDiaryStore.getState().offerTimerEntry({
        technique: 'stretch',
        triggerPointId: 'upper-trapezius-tp1',
        side: 'right',
        rounds: 3,
        holdSeconds: 30,
      }),
    );
    render(<DiaryLog />);
    fireEvent.click(
      screen.getByRole('button', {
        name: /^Add your last guided timer: Stretch for Upper trapezius: .+, your right \(3 × 30 s\)$/,
      }),
    );
    expect(useDiaryDraftStore.getState().draft.done).toEqual([
      {
        technique: 'stretch',
        triggerPointId: 'upper-trapezius-tp1',
        side: 'right',
        rounds: 3,
        holdSeconds: 30,
      },
    ]);
    expect(screen.queryByRole('button', { name: /Add your last guided timer/ })).toBeNull();
    expect(useDiaryStore.getState().offered).toBeNull();
  });
});
