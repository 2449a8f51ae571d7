import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type * as THREE from 'three';
import { labelTexture, type LabelStyle } from './labelTexture.ts';

const SIDE_LABEL_STYLE: LabelStyle = {
  width: 512,
  height: 128,
  background: 'rgba(255,255,255,0.92)',
  border: 'rgba(31,41,51,0.18)',
  ink: '#1f2933',
  font: '600 54px system-ui, -apple-system, Segoe UI, Roboto, sans-serif',
  radius: 48,
};

/**
 * Opacity of a side label for a camera at (x, z) (looking at the body's axis): both labels show
 * from the front and back; from about 50° round, the label on the far side fades, and by about
 * 70° it is gone, so the two never stack on each other in a side view.
 */
export function sideLabelOpacity(cameraX: number, cameraZ: number, labelX: number): number {
  const amount = Math.abs(cameraX) / (Math.hypot(cameraX, cameraZ) || 1);
  if (cameraX > 0 === labelX > 0) return 1;
  const t = Math.min(1, Math.max(0, (amount - 0.77) / (0.94 - 0.77)));
  return 1 - t * t * (3 - 2 * t);
}

/**
 * "Your left" or "Your right" beside the feet, always facing the camera. Seen from the side, the
 * two labels would stack on each other: the one on the far side fades out.
 */
export function SideLabel({
  text,
  position,
}: {
  text: string;
  position: [number, number, number];
}) {
  const texture = useMemo(() => labelTexture(text, SIDE_LABEL_STYLE), [text]);
  useEffect(() => () => texture.dispose(), [texture]);
  const material = useRef<THREE.SpriteMaterial>(null);
  useFrame(({ camera }) => {
    if (!material.current) return;
    material.current.opacity = sideLabelOpacity(camera.position.x, camera.position.z, position[0]);
    material.current.visible = material.current.opacity > 0.01;
  });
  return (
    <sprite position={position} scale={[0.28, 0.07, 1]} renderOrder={2}>
      <spriteMaterial ref={material} map={texture} transparent depthWrite={false} />
    </sprite>
  );
}
