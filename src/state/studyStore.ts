import { useMemo } from 'react';
import { create } from 'zustand';
import type { BodyAreaGroup } from '../domain/atlas.ts';
import type { BodyDisplay } from '../domain/display.ts';
import { muscleStudyDisplay, type MuscleStudy } from '../domain/learnDisplay.ts';
import type { Side } from '../domain/regions.ts';
import { atlasIndex, useAtlas } from './atlasStore.ts';
import { useViewStore } from './viewStore.ts';

/** What a student is looking at in the atlas: the list's filter and the muscle opened from it. */
interface StudyState {
  /** The muscle whose card is open, if any. */
  muscleId: string | null;
  side: Side;
  /** One trigger point shown alone; null shows all of the muscle's. */
  focus: string | null;
  /** What is typed in the list's filter. */
  query: string;
  /** The body area the list is narrowed to; null for all. */
  area: BodyAreaGroup | null;
  /** What the atlas lists: the muscles, or the areas where it hurts (each opens its page). */
  browse: 'muscles' | 'areas';
  /** Opens a muscle's card (all its trigger points shown) and turns the body to it. */
  open: (muscleId: string) => void;
  /** Back to the list. */
  close: () => void;
  /** Shows one trigger point alone (or all again, with null) and turns the body to it. */
  focusPoint: (tpId: string | null) => void;
  /** Shows the muscle on the person's other side. */
  setSide: (side: Side) => void;
  filter: (query: string) => void;
  showArea: (area: BodyAreaGroup | null) => void;
  browseBy: (browse: 'muscles' | 'areas') => void;
  /** Replaces what is studied at once (a link, the back button); turns the body only if asked. */
  restore: (study: { muscleId: string | null; side: Side; focus: string | null }) => void;
}

const initial = {
  muscleId: null,
  side: 'left' as Side,
  focus: null,
  query: '',
  area: null,
  browse: 'muscles' as 'muscles' | 'areas',
};

/** Turns the body to a trigger point of what is studied: the focused one, or the first. */
export function showStudied(): void {
  const { muscleId, focus, side } = useStudyStore.getState();
  const muscle = muscleId ? atlasIndex().muscle(muscleId) : undefined;
  const tp = muscle?.triggerPoints.find((p) => p.id === focus) ?? muscle?.triggerPoints[0];
  if (tp) useViewStore.getState().focusTriggerPoint(tp.placement, side);
}

export const useStudyStore = create<StudyState>()((set, get) => ({
  ...initial,
  open: (muscleId) => {
    if (!atlasIndex().muscle(muscleId)) return;
    set({ muscleId, focus: null });
    showStudied();
  },
  close: () => set({ muscleId: null, focus: null }),
  focusPoint: (focus) => {
    const muscle = get().muscleId ? atlasIndex().muscle(get().muscleId!) : undefined;
    if (focus !== null && !muscle?.triggerPoints.some((p) => p.id === focus)) return;
    set({ focus });
    showStudied();
  },
  setSide: (side) => {
    set({ side });
    showStudied();
  },
  filter: (query) => set({ query }),
  showArea: (area) => set({ area }),
  browseBy: (browse) => set({ browse }),
  restore: ({ muscleId, side, focus }) => {
    const muscle = muscleId ? atlasIndex().muscle(muscleId) : undefined;
    set({
      muscleId: muscle ? muscle.id : null,
      side,
      focus: muscle?.triggerPoints.some((p) => p.id === focus) ? focus : null,
    });
  },
}));

export function resetStudyStore(): void {
  useStudyStore.setState(initial);
}

/** What the body shows on the atlas page (derived, never stored). */
export function useStudyDisplay(): BodyDisplay {
  const index = useAtlas();
  const muscleId = useStudyStore((s) => s.muscleId);
  const side = useStudyStore((s) => s.side);
  const focus = useStudyStore((s) => s.focus);
  return useMemo(() => {
    const study: MuscleStudy | null = muscleId ? { muscleId, side, focus } : null;
    return muscleStudyDisplay(study, index);
  }, [muscleId, side, focus, index]);
}
