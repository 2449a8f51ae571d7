import { create } from 'zustand';
import type { Figure } from '../domain/anatomy/build.ts';
import type { Placement } from '../domain/atlas.ts';
import type { BodyArea, Side } from '../domain/regions.ts';
import {
  VIEWS,
  type CameraCommand,
  type GraphicsStatus,
  type ModelStatus,
  type ViewName,
} from '../domain/view.ts';

export { VIEWS };
export type { CameraCommand, GraphicsStatus, ModelStatus, ViewName };

interface ViewState {
  hovered: BodyArea | null;
  /** The last standard view asked for (kept in the URL). */
  view: ViewName;
  /** False once the person has turned the body away from that view by hand. */
  atView: boolean;
  /** True once the person has turned the body by hand since the last camera command. */
  turnedByHand: boolean;
  command: CameraCommand | null;
  graphics: GraphicsStatus;
  model: ModelStatus;
  /** True while the camera is moving (the tests wait for it to rest). */
  moving: boolean;
  /** Which figure the body shows (kept in the URL). */
  figure: Figure;
  /** Counts "Try again" after the 3D view was lost: each starts the view afresh. */
  graphicsAttempt: number;
  hover: (area: BodyArea | null) => void;
  showView: (view: ViewName) => void;
  /** Turns the camera to look at a trigger point from where it is pressed. */
  focusTriggerPoint: (placement: Placement, side: Side) => void;
  /** Turns and zooms the camera to face an area of the body. */
  focusArea: (area: BodyArea) => void;
  /** The person has turned the body by hand. */
  leaveView: () => void;
  setGraphics: (status: GraphicsStatus) => void;
  /** Starts the 3D view afresh (a new graphics context), when a lost one has not come back. */
  retryGraphics: () => void;
  setModel: (status: ModelStatus) => void;
  setMoving: (moving: boolean) => void;
  /** Shows the other figure; the new model loads in its place. */
  setFigure: (figure: Figure) => void;
}

let nonce = 0;

const initial = {
  hovered: null,
  view: 'front' as ViewName,
  atView: true,
  turnedByHand: false,
  command: null,
  graphics: 'checking' as GraphicsStatus,
  model: 'loading' as ModelStatus,
  moving: false,
  figure: 'male' as Figure,
  graphicsAttempt: 0,
};

export const useViewStore = create<ViewState>()((set) => ({
  ...initial,
  hover: (hovered) =>
    set((s) =>
      s.hovered?.region === hovered?.region && s.hovered?.side === hovered?.side ? s : { hovered },
    ),
  showView: (view) =>
    set({
      view,
      atView: true,
      turnedByHand: false,
      command: { kind: 'view', view, nonce: ++nonce },
    }),
  focusTriggerPoint: (placement, side) =>
    set({
      atView: false,
      turnedByHand: false,
      command: { kind: 'focus-trigger-point', placement, side, nonce: ++nonce },
    }),
  focusArea: (area) =>
    set({
      atView: false,
      turnedByHand: false,
      command: { kind: 'focus-area', area, nonce: ++nonce },
    }),
  leaveView: () =>
    set((s) => (s.atView || !s.turnedByHand ? { atView: false, turnedByHand: true } : s)),
  setGraphics: (graphics) => set({ graphics }),
  retryGraphics: () =>
    set((s) => ({
      graphics: 'checking',
      model: 'loading',
      graphicsAttempt: s.graphicsAttempt + 1,
    })),
  setModel: (model) => set({ model }),
  setMoving: (moving) => set((s) => (s.moving === moving ? s : { moving })),
  setFigure: (figure) =>
    set((s) => (s.figure === figure ? s : { figure, hovered: null, model: 'loading' })),
}));

export function resetViewStore(): void {
  useViewStore.setState(initial);
}

/** Whether the 3D body can be shown (or is still on its way): false means the list is the only way. */
export const selectBodyAvailable = (s: { graphics: GraphicsStatus; model: ModelStatus }): boolean =>
  (s.graphics === 'ready' || s.graphics === 'checking') && s.model !== 'error';
