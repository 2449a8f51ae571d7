import { Line } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Skeleton } from '../domain/anatomy/build.ts';
import { resolvePlacement } from '../domain/anatomy/placement.ts';
import type { DisplayMarker } from '../domain/display.ts';
import type { BodyMesh } from './bodyMesh.ts';
import { labelTexture } from './labelTexture.ts';
import { PATTERN_PALETTE } from './regionMaterial.ts';

const ARM = 0.02;
const LIFT = 0.007;

interface PlacedMarker {
  key: string;
  cross: [number, number, number][];
  /** Where the number label sits: beside the X, off the skin. */
  labelAt: [number, number, number];
  marker: DisplayMarker;
}

/** Where an X goes on the skin for a marker: projected along the way the point is pressed. */
function place(mesh: BodyMesh, marker: DisplayMarker, skeleton: Skeleton): PlacedMarker {
  const placement = resolvePlacement(marker.placement, marker.side, skeleton);
  const hit = mesh.project(placement.point, placement.pressDirection);
  const point = hit ? hit.point : new THREE.Vector3(...placement.point);
  const normal = hit ? hit.normal : new THREE.Vector3(...placement.pressDirection).negate();
  const up = Math.abs(normal.y) > 0.9 ? new THREE.Vector3(0, 0, 1) : new THREE.Vector3(0, 1, 0);
  const u = new THREE.Vector3().crossVectors(up, normal).normalize();
  const v = new THREE.Vector3().crossVectors(normal, u).normalize();
  const size = marker.muted ? 0.6 : 1;
  const centre = point.clone().addScaledVector(normal, LIFT);
  const d1 = u
    .clone()
    .add(v)
    .normalize()
    .multiplyScalar(ARM * size);
  const d2 = u
    .clone()
    .sub(v)
    .normalize()
    .multiplyScalar(ARM * size);
  const labelAt = centre
    .clone()
    .addScaledVector(u, 0.035)
    .addScaledVector(v, 0.02)
    .addScaledVector(normal, 0.02);
  return {
    key: `${marker.triggerPointId}:${marker.side}:${marker.label ?? ''}`,
    cross: [
      centre.clone().sub(d1).toArray(),
      centre.clone().add(d1).toArray(),
      centre.clone().sub(d2).toArray(),
      centre.clone().add(d2).toArray(),
    ],
    labelAt: labelAt.toArray(),
    marker,
  };
}

/** An X on the skin where each trigger point lies (where you press, for a deep one), numbered if asked. */
export function Markers({
  mesh,
  markers,
  skeleton,
}: {
  mesh: BodyMesh;
  markers: readonly DisplayMarker[];
  /** The skeleton of the figure shown, whose landmarks place the points. */
  skeleton: Skeleton;
}) {
  const invalidate = useThree((s) => s.invalidate);
  const placed = useMemo(
    () => markers.map((m) => place(mesh, m, skeleton)),
    [mesh, markers, skeleton],
  );
  useEffect(() => invalidate(), [placed, invalidate]);
  return (
    <group name="trigger-point-markers">
      {placed.map(({ key, cross, labelAt, marker }) => (
        <group key={key} userData={{ label: marker.label }}>
          <Line points={cross} segments color="#ffffff" lineWidth={marker.muted ? 6 : 9} />
          <Line
            points={cross}
            segments
            color={marker.muted ? '#5b6470' : '#111111'}
            lineWidth={marker.muted ? 3 : 5}
          />
          {marker.label && (
            <MarkerLabel text={marker.label} position={labelAt} pattern={marker.pattern ?? 0} />
          )}
        </group>
      ))}
    </group>
  );
}

/** A numbered disc in the pattern's colour, facing the camera, drawn over the body. */
function MarkerLabel({
  text,
  position,
  pattern,
}: {
  text: string;
  position: [number, number, number];
  pattern: number;
}) {
  const texture = useMemo(
    () =>
      labelTexture(text, {
        width: 128,
        height: 128,
        background: PATTERN_PALETTE[pattern] ?? PATTERN_PALETTE[0]!,
        border: '#ffffff',
        ink: '#ffffff',
        font: '700 72px system-ui, -apple-system, Segoe UI, Roboto, sans-serif',
        radius: 60,
      }),
    [text, pattern],
  );
  useEffect(() => () => texture.dispose(), [texture]);
  return (
    <sprite position={position} scale={[0.045, 0.045, 1]} renderOrder={3}>
      <spriteMaterial map={texture} transparent depthTest={false} depthWrite={false} />
    </sprite>
  );
}
