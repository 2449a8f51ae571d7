import { Line } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { atlas } from '../../data/index.ts';
import type { Skeleton } from '../domain/anatomy/build.ts';
import { resolvePlacement } from '../domain/anatomy/placement.ts';
import { findTriggerPoint } from '../domain/lookup.ts';
import type { ChosenTriggerPoint } from '../state/selectionStore.ts';
import { projectOntoSurface } from './surface.ts';

const ARM = 0.02;
const LIFT = 0.007;

/** An X on the skin where the chosen trigger point lies (where you press, for a deep one). */
export function TriggerPointMarker({
  mesh,
  chosen,
  skeleton,
}: {
  mesh: THREE.Mesh;
  chosen: ChosenTriggerPoint;
  /** The skeleton of the figure shown, whose landmarks place the point. */
  skeleton: Skeleton;
}) {
  const invalidate = useThree((s) => s.invalidate);
  const cross = useMemo(() => {
    const entry = findTriggerPoint(atlas, chosen.id);
    if (!entry) return null;
    const placement = resolvePlacement(entry.triggerPoint.placement, chosen.side, skeleton);
    const hit = projectOntoSurface(mesh, placement.point, placement.pressDirection);
    const point = hit ? hit.point : new THREE.Vector3(...placement.point);
    const normal = hit ? hit.normal : new THREE.Vector3(...placement.pressDirection).negate();
    const up = Math.abs(normal.y) > 0.9 ? new THREE.Vector3(0, 0, 1) : new THREE.Vector3(0, 1, 0);
    const u = new THREE.Vector3().crossVectors(up, normal).normalize();
    const v = new THREE.Vector3().crossVectors(normal, u).normalize();
    const centre = point.clone().addScaledVector(normal, LIFT);
    const d1 = u.clone().add(v).normalize().multiplyScalar(ARM);
    const d2 = u.clone().sub(v).normalize().multiplyScalar(ARM);
    const points: [number, number, number][] = [
      centre.clone().sub(d1).toArray(),
      centre.clone().add(d1).toArray(),
      centre.clone().sub(d2).toArray(),
      centre.clone().add(d2).toArray(),
    ];
    return points;
  }, [mesh, chosen, skeleton]);

  useEffect(() => invalidate(), [cross, invalidate]);
  if (!cross) return null;
  return (
    <group name="trigger-point-marker">
      <Line points={cross} segments color="#ffffff" lineWidth={9} />
      <Line points={cross} segments color="#111111" lineWidth={5} position={[0, 0, 0]} />
    </group>
  );
}
