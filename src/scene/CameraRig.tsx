import { CameraControls } from '@react-three/drei';
import { useEffect, useRef, type ComponentRef } from 'react';
import * as THREE from 'three';
import type { Skeleton } from '../domain/anatomy/build.ts';
import { resolvePlacement } from '../domain/anatomy/placement.ts';
import type { CameraCommand, ViewName } from '../domain/view.ts';
import type { BodyArea } from '../domain/regions.ts';
import type { BodyMesh } from './bodyMesh.ts';

/** Centre of the standing body: where the camera looks by default. */
export const BODY_CENTRE = new THREE.Vector3(0, 0.9, 0);
export const HOME_DISTANCE = 4.1;
const FOCUS_DISTANCE = 1.7;

/** Azimuth (around +y, from +z toward +x) of each standard view. "left" looks at the person's left side, from +x. */
const VIEW_AZIMUTH: Record<ViewName, number> = {
  front: 0,
  left: Math.PI / 2,
  back: Math.PI,
  right: -Math.PI / 2,
};

type Controls = ComponentRef<typeof CameraControls>;

/** Where to look from, and at what: the camera-controls library flies there. */
export interface Shot {
  target: THREE.Vector3;
  azimuth: number;
  polar: number;
  distance: number;
}

/** Where the camera goes to show a trigger point: from where you would press it. */
export function shotOfTriggerPoint(
  command: Extract<CameraCommand, { kind: 'focus-trigger-point' }>,
  controls: Pick<Controls, 'azimuthAngle'>,
  skeleton: Skeleton,
): Shot {
  const { point, pressDirection } = resolvePlacement(command.placement, command.side, skeleton);
  const [dx, dy, dz] = pressDirection;
  let azimuth = controls.azimuthAngle;
  let polar = Math.PI / 2;
  if (Math.hypot(dx, dz) > 0.5) {
    // Look from where you would press.
    azimuth = Math.atan2(-dx, -dz);
  } else if (dy < 0) {
    // Pressed from above (the top of the shoulder): look down from above and to that side, so
    // the X and the pattern up the neck are both in view.
    azimuth = command.side === 'left' ? 1.1 : -1.1;
    polar = 1.0;
  }
  // Aim between the body's axis and the point so the pattern around it stays in view.
  const target = new THREE.Vector3(point[0] * 0.5, point[1], point[2] * 0.3);
  return { target, azimuth, polar, distance: FOCUS_DISTANCE };
}

/** Where the camera goes to show an area: facing it, near enough to see it and its surroundings. */
export function shotOfArea(
  mesh: BodyMesh,
  area: BodyArea,
  controls: Pick<Controls, 'azimuthAngle'>,
): Shot | null {
  const view = mesh.areaView(area);
  if (!view) return null;
  const { centre, normal, size } = view;
  const horizontal = Math.hypot(normal.x, normal.z);
  // An area that faces mostly down and a little sideways, as each half of the perineum does (the
  // two face each other across the gap between the thighs), is seen from the front or the back,
  // whichever is nearer: from the side, the other thigh would hide it.
  const tucked = horizontal > 0.3 && normal.y < -0.7;
  const current =
    (((controls.azimuthAngle % (2 * Math.PI)) + 3 * Math.PI) % (2 * Math.PI)) - Math.PI;
  const azimuth = tucked
    ? Math.abs(current) < Math.PI / 2
      ? 0
      : Math.PI
    : horizontal > 0.3
      ? Math.atan2(normal.x, normal.z)
      : controls.azimuthAngle;
  // Look a little from above or below when the area faces that way, never straight down.
  const polar = THREE.MathUtils.clamp(Math.acos(THREE.MathUtils.clamp(normal.y, -1, 1)), 0.6, 2.5);
  const distance = THREE.MathUtils.clamp(size * 4, 1.4, 2.6);
  // Aim between the body's axis and the area so the surroundings stay in view.
  const target = new THREE.Vector3(centre.x * 0.6, centre.y, centre.z * 0.4);
  return { target, azimuth, polar, distance };
}

function fly(controls: Controls, shot: Shot): void {
  // Turn the short way round: the library's azimuth accumulates whole turns.
  let azimuth = shot.azimuth;
  const current = controls.azimuthAngle;
  while (azimuth - current > Math.PI) azimuth -= 2 * Math.PI;
  while (azimuth - current < -Math.PI) azimuth += 2 * Math.PI;
  void controls.setTarget(shot.target.x, shot.target.y, shot.target.z, true);
  void controls.rotateTo(azimuth, shot.polar, true);
  void controls.dollyTo(shot.distance, true);
}

/**
 * The camera: turned and zoomed by hand (drag, pinch, wheel), and moved smoothly on command by
 * drei's CameraControls. A command is carried out once; one that needs the body (facing an
 * area) waits until it has loaded.
 */
export function CameraRig({
  mesh,
  command,
  skeleton,
  onLeaveView,
  onMoving,
}: {
  mesh: BodyMesh | null;
  command: CameraCommand | null;
  skeleton: Skeleton;
  /** The person turned the body by hand: a standard view no longer applies. */
  onLeaveView?: () => void;
  /** The camera started or stopped moving. */
  onMoving?: (moving: boolean) => void;
}) {
  const controls = useRef<Controls>(null);
  const done = useRef<number | null>(null);

  useEffect(() => {
    // Start at the home view, straight on (the library otherwise looks at the origin).
    void controls.current?.setLookAt(0, BODY_CENTRE.y, HOME_DISTANCE, 0, BODY_CENTRE.y, 0, false);
  }, []);

  useEffect(() => {
    const c = controls.current;
    if (!command || !c || done.current === command.nonce) return;
    const shot =
      command.kind === 'view'
        ? {
            target: BODY_CENTRE,
            azimuth: VIEW_AZIMUTH[command.view],
            polar: Math.PI / 2,
            distance: HOME_DISTANCE,
          }
        : command.kind === 'focus-area'
          ? mesh
            ? shotOfArea(mesh, command.area, c)
            : undefined
          : shotOfTriggerPoint(command, c, skeleton);
    if (shot === undefined) return; // the body is not here yet: try again when it is
    done.current = command.nonce;
    if (shot) fly(c, shot);
  }, [command, mesh, skeleton]);

  return (
    <CameraControls
      ref={controls}
      makeDefault
      minDistance={0.6}
      maxDistance={7}
      smoothTime={0.22}
      draggingSmoothTime={0.08}
      onControlStart={() => onLeaveView?.()}
      onTransitionStart={() => onMoving?.(true)}
      onWake={() => onMoving?.(true)}
      onRest={() => onMoving?.(false)}
      onSleep={() => onMoving?.(false)}
    />
  );
}
