import { create } from 'zustand';
import type { ChosenTriggerPoint } from '../domain/explorerDisplay.ts';
import { sameArea, type BodyArea } from '../domain/regions.ts';

export type { ChosenTriggerPoint };

interface SelectionState {
  /** Where it hurts, in the order the person picked the areas. */
  areas: readonly BodyArea[];
  /** The trigger point whose pattern and technique are shown, if any. */
  chosen: ChosenTriggerPoint | null;
  /** Adds the area, or removes it if it is already selected (a click on the body). */
  toggleArea: (area: BodyArea) => void;
  addArea: (area: BodyArea) => void;
  /** Adds several areas at once (a complaint shortcut), skipping those already selected. */
  addAreas: (areas: readonly BodyArea[]) => void;
  removeArea: (area: BodyArea) => void;
  clearAreas: () => void;
  choose: (tp: ChosenTriggerPoint) => void;
  closeTriggerPoint: () => void;
  /** Replaces the whole selection at once (a link, the back button). */
  restore: (areas: readonly BodyArea[], chosen: ChosenTriggerPoint | null) => void;
}

const initial = { areas: [] as readonly BodyArea[], chosen: null };

export const useSelectionStore = create<SelectionState>()((set) => ({
  ...initial,
  toggleArea: (area) =>
    set((s) =>
      s.areas.some((a) => sameArea(a, area))
        ? { areas: s.areas.filter((a) => !sameArea(a, area)) }
        : { areas: [...s.areas, area] },
    ),
  addArea: (area) =>
    set((s) => (s.areas.some((a) => sameArea(a, area)) ? s : { areas: [...s.areas, area] })),
  addAreas: (more) =>
    set((s) => {
      const areas = [...s.areas];
      for (const area of more) if (!areas.some((a) => sameArea(a, area))) areas.push(area);
      return { areas };
    }),
  removeArea: (area) => set((s) => ({ areas: s.areas.filter((a) => !sameArea(a, area)) })),
  clearAreas: () => set({ areas: [], chosen: null }),
  choose: (chosen) => set({ chosen }),
  closeTriggerPoint: () => set({ chosen: null }),
  restore: (areas, chosen) => set({ areas: [...areas], chosen }),
}));

/** Puts the store back to its first state (tests). */
export function resetSelectionStore(): void {
  useSelectionStore.setState(initial);
}
