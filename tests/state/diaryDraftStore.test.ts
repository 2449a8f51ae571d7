import { beforeEach, describe, expect, it } from 'vitest';
import type { DiaryEntry } from '../../src/domain/diary.ts';
import { resetDiaryDraftStore, useDiaryDraftStore } from '../../src/state/diaryDraftStore.ts';

const temple = { region: 'temple', side: 'left' } as const;
const entry: DiaryEntry = {
  id: 'e1',
  at: '2026-03-14T08:00:00.000Z',
  areas: [{ ...temple, intensity: 7 }],
  qualities: ['aching'],
  note: 'slept badly',
  done: [{ technique: 'stretch' }],
};

describe('the diary draft store', () => {
  beforeEach(() => resetDiaryDraftStore());

  it('collects an entry from taps, the list, words, what was done and a note', () => {
    const s = useDiaryDraftStore.getState();
    s.toggleArea(temple);
    s.addArea({ region: 'neck-back', side: 'right' });
    s.setIntensity(temple, 8);
    s.toggleQuality('burning');
    s.addDone({ technique: 'pressure', triggerPointId: 'upper-trapezius-tp1', side: 'left' });
    s.addDone({ technique: 'stretch' });
    s.removeDone(0);
    s.setNote('after the drive');
    expect(useDiaryDraftStore.getState().draft).toEqual({
      editing: null,
      at: null,
      areas: [
        { ...temple, intensity: 8 },
        { region: 'neck-back', side: 'right', intensity: 5 },
      ],
      qualities: ['burning'],
      note: 'after the drive',
      done: [{ technique: 'stretch' }],
    });
  });

  it('edits a saved entry without changing it until saved, and clears back to a new one', () => {
    const s = useDiaryDraftStore.getState();
    s.edit(entry);
    s.setIntensity(temple, 2);
    expect(entry.areas[0]!.intensity).toBe(7);
    expect(useDiaryDraftStore.getState().draft.editing).toBe('e1');
    s.clear();
    expect(useDiaryDraftStore.getState().draft.editing).toBeNull();
    expect(useDiaryDraftStore.getState().draft.areas).toEqual([]);
  });
});
