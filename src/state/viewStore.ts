import { create } from 'zustand';
import type { Figure } from '../domain/anatomy/build.ts';
import type { BodyArea } from '../domain/regions.ts';

export const VIEWS = ['front', 'back', 'left', 'right'] as const;
/** A standard view, named for the side of the person you look at ("left" = their left side). */
export type ViewName = (typeof VIEWS)[number];

/**
 * A camera move, as a command: the nonce changes every time, so asking for the same view twice
 * still moves the camera back after the person has rotated it.
 */
export type CameraCommand =
  | { kind: 'view'; view: ViewName; nonce: number }
  | { kind: 'focus-trigger-point'; nonce: number }
  | { kind: 'focus-area'; area: BodyArea; nonce: number };

/** Whether the 3D view can run: checked at start, and lost if the GPU context goes away. */
export type GraphicsStatus = 'checking' | 'ready' | 'unavailable' | 'lost';
export type ModelStatus = 'loading' | 'ready' | 'error';

interface ViewState {
  hovered: BodyArea | null;
  /** The last standard view asked for (kept in the URL). */
  view: ViewName;
  /** False once the person has turned the body away from that view by hand. */
  atView: boolean;
  command: CameraCommand | null;
  graphics: GraphicsStatus;
  model: ModelStatus;
  /** Which figure the body shows (kept in the URL). */
  figure: Figure;
  hover: (area: BodyArea | null) => void;
  showView: (view: ViewName) => void;
  focusTriggerPoint: () => void;
  /** Turns and zooms the camera to face an area of the body. */
  focusArea: (area: BodyArea) => void;
  /** The person has turned the body by hand. */
  leaveView: () => void;
  setGraphics: (status: GraphicsStatus) => void;
  setModel: (status: ModelStatus) => void;
  /** Shows the other figure; the new model loads in its place. */
  setFigure: (figure: Figure) => void;
}

let nonce = 0;

const initial = {
  hovered: null,
  view: 'front' as ViewName,
  atView: true,
  command: null,
  graphics: 'checking' as GraphicsStatus,
  model: 'loading' as ModelStatus,
  figure: 'male' as Figure,
};

export const useViewStore = create<ViewState>()((set) => ({
  ...initial,
  hover: (hovered) =>
    set((s) =>
      s.hovered?.region === hovered?.region && s.hovered?.side === hovered?.side ? s : { hovered },
    ),
  showView: (view) => set({ view, atView: true, command: { kind: 'view', view, nonce: ++nonce } }),
  focusTriggerPoint: () =>
    set({ atView: false, command: { kind: 'focus-trigger-point', nonce: ++nonce } }),
  focusArea: (area) =>
    set({ atView: false, command: { kind: 'focus-area', area, nonce: ++nonce } }),
  leaveView: () => set((s) => (s.atView ? { atView: false } : s)),
  setGraphics: (graphics) => set({ graphics }),
  setModel: (model) => set({ model }),
  setFigure: (figure) =>
    set((s) => (s.figure === figure ? s : { figure, hovered: null, model: 'loading' })),
}));

export function resetViewStore(): void {
  useViewStore.setState(initial);
}

/** Whether the 3D body can be shown (or is still on its way): false means the list is the only way. */
export const selectBodyAvailable = (s: { graphics: GraphicsStatus; model: ModelStatus }): boolean =>
  (s.graphics === 'ready' || s.graphics === 'checking') && s.model !== 'error';
