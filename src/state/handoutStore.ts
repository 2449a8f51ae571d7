import { create } from 'zustand';
import type { HandoutPicture } from '../domain/handout.ts';

/**
 * What the printed handout needs beyond the session or plan: the client's name to print on it,
 * and the pictures of the body drawn for it. Both are kept in memory only, never saved and never
 * put in a link: a name is typed for one print, and pictures are drawn again when needed.
 */
interface HandoutState {
  /** The name to print, per session id (or "plan" for a home plan). */
  names: Readonly<Record<string, string>>;
  /** Drawn pictures by key (`pictureKey`); `null` for one that could not be drawn. */
  pictures: ReadonlyMap<string, HandoutPicture | null>;
  /** True while pictures are being drawn. */
  drawing: boolean;
  setName: (key: string, name: string) => void;
  addPictures: (pictures: ReadonlyMap<string, HandoutPicture | null>) => void;
  setDrawing: (drawing: boolean) => void;
}

/** The longest name the handout prints (a name, not a note). */
export const CLIENT_NAME_MAX_LENGTH = 80;

export const useHandoutStore = create<HandoutState>()((set) => ({
  names: {},
  pictures: new Map(),
  drawing: false,
  setName: (key, name) =>
    set((s) => ({ names: { ...s.names, [key]: name.slice(0, CLIENT_NAME_MAX_LENGTH) } })),
  addPictures: (pictures) => set((s) => ({ pictures: new Map([...s.pictures, ...pictures]) })),
  setDrawing: (drawing) => set({ drawing }),
}));

export function resetHandoutStore(): void {
  useHandoutStore.setState({ names: {}, pictures: new Map(), drawing: false });
}
