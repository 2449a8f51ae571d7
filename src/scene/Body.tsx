import { Line } from '@react-three/drei';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import type * as THREE from 'three';
import { atlas } from '../../data/index.ts';
import { FIGURE_SKELETONS } from '../domain/anatomy/build.ts';
import { findTriggerPoint } from '../domain/lookup.ts';
import { patternAreas } from '../domain/ranking.ts';
import { areaFromCode, regionCode, type BodyArea } from '../domain/regions.ts';
import { pointerStore } from '../state/pointer.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { useViewStore } from '../state/viewStore.ts';
import { createRegionMaterial, type AreaDisplay } from './regionMaterial.ts';
import { labelBorder } from './regionOutlines.ts';
import { SURFACE_MUSCLES } from '../domain/anatomy/muscleMap.ts';
import { registerBody } from './bodyRegistry.ts';
import { installTestHooks, recordFirstFrame } from './testHooks.ts';
import { TriggerPointMarker } from './TriggerPointMarker.tsx';
import { useBodyGeometry } from './useBodyGeometry.ts';

/** A pointer that moved more than this many pixels between press and release was a drag. */
const CLICK_TOLERANCE_PX = 6;

/** The body: one mesh, coloured per area from the stores, clickable per area. */
export function Body() {
  const figure = useViewStore((s) => s.figure);
  const geometry = useBodyGeometry(figure);
  const meshRef = useRef<THREE.Mesh>(null);
  const [mesh, setMesh] = useState<THREE.Mesh | null>(null);
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const { material, setAreas } = useMemo(() => createRegionMaterial(), []);

  const areas = useSelectionStore((s) => s.areas);
  const chosen = useSelectionStore((s) => s.chosen);
  const toggleArea = useSelectionStore((s) => s.toggleArea);
  const hovered = useViewStore((s) => s.hovered);
  const hover = useViewStore((s) => s.hover);
  const setModel = useViewStore((s) => s.setModel);

  useEffect(() => {
    if (meshRef.current) recordFirstFrame(meshRef.current, gl);
    setModel('ready');
    setMesh(meshRef.current);
    registerBody(meshRef.current);
    return () => registerBody(null);
  }, [setModel, gl]);

  useEffect(() => {
    if (!mesh) return undefined;
    return installTestHooks(mesh, camera, gl.domElement);
  }, [mesh, camera, gl]);

  // Paint the areas: selected, hovered and the chosen trigger point's pattern.
  useEffect(() => {
    const entry = chosen ? findTriggerPoint(atlas, chosen.id) : undefined;
    const codes = (list: readonly BodyArea[]) => new Set(list.map(regionCode));
    const essential =
      entry && chosen
        ? codes(patternAreas(entry.triggerPoint.referral.essential, chosen.side))
        : new Set<number>();
    const spillover =
      entry && chosen
        ? codes(patternAreas(entry.triggerPoint.referral.spillover, chosen.side))
        : new Set<number>();
    const selected = codes(areas);
    const hoveredCode = hovered ? regionCode(hovered) : -1;
    setAreas((code): AreaDisplay => ({
      referral: essential.has(code) ? 'essential' : spillover.has(code) ? 'spillover' : 'none',
      selected: selected.has(code),
      hovered: code === hoveredCode,
    }));
    invalidate();
  }, [areas, chosen, hovered, setAreas, invalidate]);

  const hoverBorder = useMemo(
    () => (hovered ? labelBorder(geometry, '_region', regionCode(hovered)) : null),
    [geometry, hovered],
  );
  // The chosen muscle's outline, where it lies on the surface (a deep muscle has none).
  const muscleBorder = useMemo(() => {
    const muscleId = chosen ? findTriggerPoint(atlas, chosen.id)?.muscle.id : undefined;
    const index = muscleId ? (SURFACE_MUSCLES as readonly string[]).indexOf(muscleId) : -1;
    if (!chosen || index < 0) return null;
    const both = labelBorder(geometry, '_muscle', index + 1);
    // Keep the chosen side only: the figure is symmetric, the highlight should not be.
    const out: number[] = [];
    for (let i = 0; i + 5 < both.length; i += 6) {
      const onLeft = both[i]! + both[i + 3]! >= 0;
      if (onLeft === (chosen.side === 'left')) for (let k = 0; k < 6; k++) out.push(both[i + k]!);
    }
    return new Float32Array(out);
  }, [geometry, chosen]);

  const areaAt = (event: ThreeEvent<PointerEvent | MouseEvent>): BodyArea | undefined => {
    const face = event.face;
    const regions = geometry.getAttribute('_region');
    if (!face || !regions) return undefined;
    return areaFromCode(Math.round(regions.getX(face.a)));
  };

  return (
    <group>
      <mesh
        ref={meshRef}
        name="body"
        geometry={geometry}
        material={material}
        onPointerMove={(e) => {
          e.stopPropagation();
          pointerStore.setState({ x: e.nativeEvent.clientX, y: e.nativeEvent.clientY });
          hover(areaAt(e) ?? null);
        }}
        onPointerOut={() => hover(null)}
        onClick={(e) => {
          e.stopPropagation();
          if (e.delta > CLICK_TOLERANCE_PX) return;
          const area = areaAt(e);
          if (area) toggleArea(area);
        }}
      />
      {hoverBorder && hoverBorder.length > 0 && (
        <Line
          points={toPoints(hoverBorder)}
          segments
          color="#1d2b3a"
          lineWidth={2}
          transparent
          opacity={0.85}
        />
      )}
      {muscleBorder && muscleBorder.length > 0 && (
        <Line
          points={toPoints(muscleBorder)}
          segments
          color="#7a1d1d"
          lineWidth={2.5}
          dashed
          dashSize={0.012}
          gapSize={0.008}
        />
      )}
      {mesh && chosen && (
        <TriggerPointMarker mesh={mesh} chosen={chosen} skeleton={FIGURE_SKELETONS[figure]} />
      )}
    </group>
  );
}

function toPoints(flat: Float32Array): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i + 2 < flat.length; i += 3) out.push([flat[i]!, flat[i + 1]!, flat[i + 2]!]);
  return out;
}
