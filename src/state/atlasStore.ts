import { create } from 'zustand';
import { atlas } from '../../data/index.ts';
import { createAtlasIndex, type AtlasIndex } from '../domain/atlasIndex.ts';

/**
 * The atlas the app reads, indexed once. The one way in for every module that looks something
 * up: a language or a quiz can swap it (`setIndex`), and everything that reads it follows.
 */
interface AtlasState {
  index: AtlasIndex;
  setIndex: (index: AtlasIndex) => void;
}

const defaultIndex = createAtlasIndex(atlas);

export const useAtlasStore = create<AtlasState>()((set) => ({
  index: defaultIndex,
  setIndex: (index) => set({ index }),
}));

/** The atlas index, for components (re-renders when it is swapped). */
export function useAtlas(): AtlasIndex {
  return useAtlasStore((s) => s.index);
}

/** The atlas index, outside React (actions, URL parsing). */
export function atlasIndex(): AtlasIndex {
  return useAtlasStore.getState().index;
}
