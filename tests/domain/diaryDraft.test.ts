import { describe, expect, it } from 'vitest';
import type { DiaryEntry } from '../../src/domain/diary.ts';
import {
  DEFAULT_INTENSITY,
  EMPTY_DRAFT,
  addDraftArea,
  canSaveDraft,
  draftFromEntry,
  draftLike,
  entryFromDraft,
  setDraftIntensity,
  toggleDraftArea,
  toggleDraftQuality,
} from '../../src/domain/diaryDraft.ts';

const temple = { region: 'temple', side: 'left' } as const;
const neck = { region: 'neck-back', side: 'right' } as const;
const NOW = '2026-03-15T12:00:00.000Z';

const saved: DiaryEntry = {
  id: 'e1',
  at: '2026-03-14T08:00:00.000Z',
  areas: [{ ...temple, intensity: 7 }],
  qualities: ['aching', 'throbbing'],
  note: 'slept badly',
  done: [{ technique: 'pressure', triggerPointId: 'upper-trapezius-tp1', side: 'left' }],
};

describe('the diary form', () => {
  it('adds a tapped area in the middle of the scale and takes it out on a second tap', () => {
    const once = toggleDraftArea(EMPTY_DRAFT, temple);
    expect(once.areas).toEqual([{ ...temple, intensity: DEFAULT_INTENSITY }]);
    expect(toggleDraftArea(once, temple).areas).toEqual([]);
  });

  it('never adds an area twice from the list, and keeps its intensity', () => {
    const d = setDraftIntensity(addDraftArea(EMPTY_DRAFT, temple), temple, 8);
    expect(addDraftArea(d, temple).areas).toEqual([{ ...temple, intensity: 8 }]);
  });

  it.each([
    [11, 10],
    [-1, 0],
    [6.6, 7],
    [Number.NaN, 0],
  ])('keeps an intensity of %s on the scale as %s', (given, kept) => {
    const d = setDraftIntensity(addDraftArea(EMPTY_DRAFT, temple), temple, given);
    expect(d.areas[0]!.intensity).toBe(kept);
  });

  it("keeps the words for the pain in the form's order, each once", () => {
    let d = toggleDraftQuality(EMPTY_DRAFT, 'tingling');
    d = toggleDraftQuality(d, 'aching');
    expect(d.qualities).toEqual(['aching', 'tingling']);
    expect(toggleDraftQuality(d, 'aching').qualities).toEqual(['tingling']);
  });

  it.each([
    ['nothing', EMPTY_DRAFT, false],
    ['only words for the pain', { ...EMPTY_DRAFT, qualities: ['dull' as const] }, false],
    ['a blank note', { ...EMPTY_DRAFT, note: '   ' }, false],
    [
      'an area at 0 (checked, no pain)',
      { ...EMPTY_DRAFT, areas: [{ ...neck, intensity: 0 }] },
      true,
    ],
    ['a note', { ...EMPTY_DRAFT, note: 'better today' }, true],
    ['something done', { ...EMPTY_DRAFT, done: [{ technique: 'stretch' as const }] }, true],
  ])('can be saved with %s: %s', (_, draft, expected) => {
    expect(canSaveDraft(draft)).toBe(expected);
  });

  it('makes a new entry at the time of saving, the note trimmed', () => {
    const d = { ...addDraftArea(EMPTY_DRAFT, neck), note: '  after work ' };
    expect(entryFromDraft(d, 'new-id', NOW)).toEqual({
      id: 'new-id',
      at: NOW,
      areas: [{ ...neck, intensity: DEFAULT_INTENSITY }],
      qualities: [],
      note: 'after work',
      done: [],
    });
  });

  it('changes a saved entry in place: same id, same time unless a new one is chosen', () => {
    const d = setDraftIntensity(draftFromEntry(saved), temple, 4);
    expect(entryFromDraft(d, 'ignored', NOW)).toEqual({
      ...saved,
      areas: [{ ...temple, intensity: 4 }],
    });
    const moved = { ...d, at: '2026-03-14T20:00:00.000Z' };
    expect(entryFromDraft(moved, 'ignored', NOW).at).toBe('2026-03-14T20:00:00.000Z');
  });

  it('starts a new entry like the last one: its areas and words, no note, nothing done, now', () => {
    const d = draftLike(saved);
    expect(d).toEqual({
      editing: null,
      at: null,
      areas: saved.areas,
      qualities: saved.qualities,
      note: '',
      done: [],
    });
    expect(entryFromDraft(d, 'e2', NOW)).toMatchObject({ id: 'e2', at: NOW });
  });
});
