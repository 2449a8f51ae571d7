import type { Placement } from './atlas.ts';
import type { BodyArea, Side } from './regions.ts';

export const VIEWS = ['front', 'back', 'left', 'right'] as const;
/** A standard view, named for the side of the person you look at ("left" = their left side). */
export type ViewName = (typeof VIEWS)[number];

export function isViewName(value: string): value is ViewName {
  return (VIEWS as readonly string[]).includes(value);
}

/**
 * A camera move, as a command: the nonce changes every time, so asking for the same view twice
 * still moves the camera back after the person has turned the body by hand.
 */
export type CameraCommand =
  | { kind: 'view'; view: ViewName; nonce: number }
  | { kind: 'focus-area'; area: BodyArea; nonce: number }
  | { kind: 'focus-trigger-point'; placement: Placement; side: Side; nonce: number };

/** Whether the 3D view can run: checked at start, and lost if the GPU context goes away. */
export type GraphicsStatus = 'checking' | 'ready' | 'unavailable' | 'lost';
/** Whether the body model has loaded. */
export type ModelStatus = 'loading' | 'ready' | 'error';
