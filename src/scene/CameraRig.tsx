import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, type ComponentRef } from 'react';
import * as THREE from 'three';
import { atlas } from '../../data/index.ts';
import { FIGURE_SKELETONS } from '../domain/anatomy/build.ts';
import { resolvePlacement } from '../domain/anatomy/placement.ts';
import { findTriggerPoint } from '../domain/lookup.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import type { BodyArea } from '../domain/regions.ts';
import { useViewStore, type ViewName } from '../state/viewStore.ts';
import { areaView } from './bodyRegistry.ts';

/** Centre of the standing body: where the camera looks by default. */
export const BODY_CENTRE = new THREE.Vector3(0, 0.9, 0);
export const HOME_DISTANCE = 4.1;
const FOCUS_DISTANCE = 1.7;
const DURATION_S = 0.6;

/** Azimuth (around +y, from +z toward +x) of each standard view. "left" looks at the person's left side, from +x. */
const VIEW_AZIMUTH: Record<ViewName, number> = {
  front: 0,
  left: Math.PI / 2,
  back: Math.PI,
  right: -Math.PI / 2,
};

interface Flight {
  fromTarget: THREE.Vector3;
  toTarget: THREE.Vector3;
  from: THREE.Spherical;
  to: THREE.Spherical;
  start: number;
}

type Controls = ComponentRef<typeof OrbitControls>;

/** Starts a smooth move of the camera to look at `target` from `azimuth`, `distance` away. */
function planFlight(
  controls: Controls,
  camera: THREE.Camera,
  target: THREE.Vector3,
  azimuth: number,
  distance: number,
  polar = Math.PI / 2,
): Flight {
  const from = new THREE.Spherical().setFromVector3(camera.position.clone().sub(controls.target));
  // Turn the short way round.
  let theta = azimuth;
  while (theta - from.theta > Math.PI) theta -= 2 * Math.PI;
  while (theta - from.theta < -Math.PI) theta += 2 * Math.PI;
  return {
    fromTarget: controls.target.clone(),
    toTarget: target.clone(),
    from,
    to: new THREE.Spherical(distance, polar, theta),
    start: performance.now(),
  };
}

/** A flight that turns the body to face the chosen trigger point, or null if none is chosen. */
function flightToChosen(controls: Controls, camera: THREE.Camera): Flight | null {
  const chosen = useSelectionStore.getState().chosen;
  const entry = chosen ? findTriggerPoint(atlas, chosen.id) : undefined;
  if (!chosen || !entry) return null;
  const skeleton = FIGURE_SKELETONS[useViewStore.getState().figure];
  const { point, pressDirection } = resolvePlacement(
    entry.triggerPoint.placement,
    chosen.side,
    skeleton,
  );
  const [dx, dy, dz] = pressDirection;
  const current = new THREE.Spherical().setFromVector3(
    camera.position.clone().sub(controls.target),
  );
  let azimuth = current.theta;
  let polar = Math.PI / 2;
  if (Math.hypot(dx, dz) > 0.5) {
    // Look from where you would press.
    azimuth = Math.atan2(-dx, -dz);
  } else if (dy < 0) {
    // Pressed from above (the top of the shoulder): look down from above and to that side, so
    // the X and the pattern up the neck are both in view.
    azimuth = chosen.side === 'left' ? 1.1 : -1.1;
    polar = 1.0;
  }
  // Aim between the body's axis and the point so the pattern around it stays in view.
  const target = new THREE.Vector3(point[0] * 0.5, point[1], point[2] * 0.3);
  return planFlight(controls, camera, target, azimuth, FOCUS_DISTANCE, polar);
}

/** A flight that turns the camera to face an area of the body, close enough to see it whole. */
function flightToArea(controls: Controls, camera: THREE.Camera, area: BodyArea): Flight | null {
  const view = areaView(area);
  if (!view) return null;
  const { centre, normal, size } = view;
  const horizontal = Math.hypot(normal.x, normal.z);
  const current = new THREE.Spherical().setFromVector3(
    camera.position.clone().sub(controls.target),
  );
  // An area that faces mostly down and a little sideways, as each half of the perineum does (the
  // two face each other across the gap between the thighs), is seen from the front or the back,
  // whichever is nearer: from the side, the other thigh would hide it.
  const tucked = horizontal > 0.3 && normal.y < -0.7;
  const azimuth = tucked
    ? Math.abs(current.theta) < Math.PI / 2
      ? 0
      : Math.PI
    : horizontal > 0.3
      ? Math.atan2(normal.x, normal.z)
      : current.theta;
  // Look a little from above or below when the area faces that way, never straight down.
  const polar = THREE.MathUtils.clamp(Math.acos(THREE.MathUtils.clamp(normal.y, -1, 1)), 0.6, 2.5);
  const distance = THREE.MathUtils.clamp(size * 4, 0.9, 2.4);
  // Aim between the body's axis and the area so the surroundings stay in view.
  const target = new THREE.Vector3(centre.x * 0.6, centre.y, centre.z * 0.4);
  return planFlight(controls, camera, target, azimuth, distance, polar);
}

/** Orbit controls plus smooth camera moves on command. The camera orbits, never passes through. */
export function CameraRig() {
  const controls = useRef<Controls>(null);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const flight = useRef<Flight | null>(null);
  const command = useViewStore((s) => s.command);
  const chosen = useSelectionStore((s) => s.chosen);
  const leaveView = useViewStore((s) => s.leaveView);

  // Each command is carried out once. Facing an area needs the body's geometry, so a command that
  // arrives before the body has loaded (an area named in a link) is carried out when it has.
  const bodyReady = useViewStore((s) => s.model === 'ready');
  const done = useRef<number | null>(null);
  useEffect(() => {
    const c = controls.current;
    if (!command || !c || done.current === command.nonce) return;
    const next =
      command.kind === 'view'
        ? planFlight(c, camera, BODY_CENTRE, VIEW_AZIMUTH[command.view], HOME_DISTANCE)
        : command.kind === 'focus-area'
          ? flightToArea(c, camera, command.area)
          : flightToChosen(c, camera);
    if (!next && command.kind === 'focus-area' && !bodyReady) return;
    done.current = command.nonce;
    flight.current = next;
    invalidate();
  }, [command, bodyReady, camera, invalidate]);

  // Choosing a trigger point turns the body to show it.
  useEffect(() => {
    const c = controls.current;
    if (!chosen || !c) return;
    flight.current = flightToChosen(c, camera);
    leaveView();
    invalidate();
  }, [chosen, camera, invalidate, leaveView]);

  useFrame(() => {
    const f = flight.current;
    const c = controls.current;
    if (!f || !c) return;
    const raw = Math.min(1, (performance.now() - f.start) / (DURATION_S * 1000));
    const t = raw < 0.5 ? 4 * raw * raw * raw : 1 - Math.pow(-2 * raw + 2, 3) / 2;
    const s = new THREE.Spherical(
      THREE.MathUtils.lerp(f.from.radius, f.to.radius, t),
      THREE.MathUtils.lerp(f.from.phi, f.to.phi, t),
      THREE.MathUtils.lerp(f.from.theta, f.to.theta, t),
    );
    c.target.lerpVectors(f.fromTarget, f.toTarget, t);
    camera.position.copy(c.target).add(new THREE.Vector3().setFromSpherical(s));
    camera.lookAt(c.target);
    c.update();
    if (raw < 1) invalidate();
    else flight.current = null;
  });

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      target={BODY_CENTRE}
      enableDamping={false}
      minDistance={0.6}
      maxDistance={7}
      zoomSpeed={0.8}
      rotateSpeed={0.8}
      screenSpacePanning
      onStart={() => {
        // Turning the body by hand leaves the standard view; a flight in progress yields.
        flight.current = null;
        leaveView();
      }}
    />
  );
}
