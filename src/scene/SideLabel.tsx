import { useEffect, useMemo } from 'react';
import * as THREE from 'three';

/**
 * A small text label that always faces the camera, drawn into a canvas texture (no DOM overlay,
 * so it moves with the body at no layout cost and cannot leak DOM nodes).
 */
export function SideLabel({
  text,
  position,
}: {
  text: string;
  position: [number, number, number];
}) {
  const texture = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 512;
    canvas.height = 128;
    const ctx = canvas.getContext('2d');
    if (ctx) {
      ctx.fillStyle = 'rgba(255,255,255,0.92)';
      ctx.strokeStyle = 'rgba(31,41,51,0.18)';
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.roundRect(8, 16, 496, 96, 48);
      ctx.fill();
      ctx.stroke();
      ctx.fillStyle = '#1f2933';
      ctx.font = '600 54px system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(text, 256, 66);
    }
    const t = new THREE.CanvasTexture(canvas);
    t.colorSpace = THREE.SRGBColorSpace;
    t.anisotropy = 4;
    return t;
  }, [text]);
  useEffect(() => () => texture.dispose(), [texture]);
  return (
    <sprite position={position} scale={[0.28, 0.07, 1]} renderOrder={2}>
      <spriteMaterial map={texture} transparent depthWrite={false} />
    </sprite>
  );
}
