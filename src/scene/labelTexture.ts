import * as THREE from 'three';

export interface LabelStyle {
  width: number;
  height: number;
  /** Fill of the rounded background. */
  background: string;
  border: string;
  ink: string;
  font: string;
  /** Corner radius in canvas pixels (half the height for a pill or a disc). */
  radius: number;
}

/**
 * A text label drawn into a canvas texture, for sprites that face the camera: no DOM overlay,
 * so it moves with the body at no layout cost.
 */
export function labelTexture(text: string, style: LabelStyle): THREE.CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = style.width;
  canvas.height = style.height;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const inset = 6;
    ctx.fillStyle = style.background;
    ctx.strokeStyle = style.border;
    ctx.lineWidth = 4;
    ctx.beginPath();
    ctx.roundRect(inset, inset, style.width - 2 * inset, style.height - 2 * inset, style.radius);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = style.ink;
    ctx.font = style.font;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    // Shrink long words (a translation can be longer) to fit the label.
    const room = style.width - 2 * inset - style.radius;
    const measured = ctx.measureText(text).width;
    if (measured > room) {
      ctx.save();
      ctx.translate(style.width / 2, style.height / 2 + 2);
      ctx.scale(room / measured, 1);
      ctx.fillText(text, 0, 0);
      ctx.restore();
    } else {
      ctx.fillText(text, style.width / 2, style.height / 2 + 2);
    }
  }
  const texture = new THREE.CanvasTexture(canvas);
  texture.colorSpace = THREE.SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}
