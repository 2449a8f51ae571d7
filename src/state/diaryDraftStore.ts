import { create } from 'zustand';
import type { DiaryEntry, DoneTechnique, Quality } from '../domain/diary.ts';
import {
  EMPTY_DRAFT,
  addDraftArea,
  draftFromEntry,
  draftLike,
  removeDraftArea,
  setDraftIntensity,
  toggleDraftArea,
  toggleDraftQuality,
  type DiaryDraft,
} from '../domain/diaryDraft.ts';
import type { BodyArea } from '../domain/regions.ts';

interface DiaryDraftState {
  draft: DiaryDraft;
  /** A tap on the body: adds the area or takes it out. */
  toggleArea: (area: BodyArea) => void;
  /** An area picked from the list (never takes one out). */
  addArea: (area: BodyArea) => void;
  removeArea: (area: BodyArea) => void;
  setIntensity: (area: BodyArea, intensity: number) => void;
  toggleQuality: (quality: Quality) => void;
  setNote: (note: string) => void;
  /** When the entry is about (ISO), or null for "now". */
  setTime: (at: string | null) => void;
  addDone: (done: DoneTechnique) => void;
  removeDone: (index: number) => void;
  /** Starts changing a saved entry. */
  edit: (entry: DiaryEntry) => void;
  /** Starts a new entry from the last one's areas and words. */
  startLike: (entry: DiaryEntry) => void;
  /** Back to an empty new entry (after saving, or to cancel). */
  clear: () => void;
}

export const useDiaryDraftStore = create<DiaryDraftState>()((set) => {
  const update = (f: (d: DiaryDraft) => DiaryDraft) => set((s) => ({ draft: f(s.draft) }));
  return {
    draft: EMPTY_DRAFT,
    toggleArea: (area) => update((d) => toggleDraftArea(d, area)),
    addArea: (area) => update((d) => addDraftArea(d, area)),
    removeArea: (area) => update((d) => removeDraftArea(d, area)),
    setIntensity: (area, intensity) => update((d) => setDraftIntensity(d, area, intensity)),
    toggleQuality: (quality) => update((d) => toggleDraftQuality(d, quality)),
    setNote: (note) => update((d) => ({ ...d, note })),
    setTime: (at) => update((d) => ({ ...d, at })),
    addDone: (done) => update((d) => ({ ...d, done: [...d.done, done] })),
    removeDone: (index) => update((d) => ({ ...d, done: d.done.filter((_, i) => i !== index) })),
    edit: (entry) => set({ draft: draftFromEntry(entry) }),
    startLike: (entry) => set({ draft: draftLike(entry) }),
    clear: () => set({ draft: EMPTY_DRAFT }),
  };
});

export function resetDiaryDraftStore(): void {
  useDiaryDraftStore.setState({ draft: EMPTY_DRAFT });
}
