import { Line } from '@react-three/drei';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { BodyDisplay } from '../domain/display.ts';
import type { BodyArea } from '../domain/regions.ts';
import { MARKS, mark } from '../state/perfMarks.ts';
import type { BodyMesh } from './bodyMesh.ts';
import { createRegionMaterial } from './regionMaterial.ts';

/** A pointer that moved more than this many pixels between press and release was a drag. */
const CLICK_TOLERANCE_PX = 6;

export interface BodyHandlers {
  /** A click or tap on an area (not a drag). */
  onAreaClick?: (area: BodyArea) => void;
  /** The pointer moved onto an area (null: off the body), with its viewport position. */
  onAreaHover?: (area: BodyArea | null, at?: { x: number; y: number }) => void;
}

/**
 * The body: one mesh, painted as the display says, reporting clicks and hovers per area. It
 * reads no store: whatever mode it is in decides what it shows and what a click does.
 */
export function Body({
  mesh,
  display,
  onAreaClick,
  onAreaHover,
}: { mesh: BodyMesh; display: BodyDisplay } & BodyHandlers) {
  const invalidate = useThree((s) => s.invalidate);
  const { material, geometry, paint, dispose } = useMemo(
    () => createRegionMaterial(mesh.geometry),
    [mesh],
  );
  useEffect(() => dispose, [dispose]);

  useEffect(() => {
    paint(display);
    invalidate();
  }, [display, paint, invalidate]);

  const hovered = display.areas.find((a) => a.hovered)?.area;
  const hoverBorder = useMemo(() => (hovered ? mesh.areaBorder(hovered) : null), [mesh, hovered]);

  const areaAt = (event: ThreeEvent<PointerEvent | MouseEvent>) =>
    event.face ? mesh.areaOfFace(event.face) : undefined;

  return (
    <group>
      <mesh
        name="body"
        geometry={geometry ?? mesh.geometry}
        material={material}
        onPointerMove={(e) => {
          e.stopPropagation();
          onAreaHover?.(areaAt(e) ?? null, { x: e.nativeEvent.clientX, y: e.nativeEvent.clientY });
        }}
        onPointerOut={() => onAreaHover?.(null)}
        onClick={(e) => {
          e.stopPropagation();
          if (e.delta > CLICK_TOLERANCE_PX) return;
          const area = areaAt(e);
          if (!area) return;
          // For the benchmark: the click's own time, so the input delay counts too.
          mark(MARKS.areaClick, e.nativeEvent.timeStamp);
          onAreaClick?.(area);
        }}
      />
      {hoverBorder && hoverBorder.length > 0 && (
        <Line
          points={hoverBorder}
          segments
          color="#1d2b3a"
          lineWidth={2}
          transparent
          opacity={0.85}
        />
      )}
      {display.outlines.map((o) => {
        const border = mesh.muscleBorder(o.muscleId, o.side);
        return border.length > 0 ? (
          <Line
            key={`${o.muscleId}:${o.side}`}
            points={border}
            segments
            color="#7a1d1d"
            lineWidth={2.5}
            dashed
            dashSize={0.012}
            gapSize={0.008}
          />
        ) : null;
      })}
    </group>
  );
}
