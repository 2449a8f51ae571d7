/**
 * A tiny software rasteriser for looking at the body without a browser: orthographic views,
 * flat shading, one colour per region half, written as PNG with node's zlib.
 */
import { deflateSync } from 'node:zlib';

export interface View {
  name: string;
  /** Rotation about the vertical axis, radians; 0 looks at the front of the body. */
  yaw: number;
  /** Then a tilt, radians: positive looks down from above, negative up from below. */
  pitch?: number;
  /** Optional crop: centre (x, y in view space) and half-height in metres. */
  centre?: readonly [number, number];
  halfHeight?: number;
}

/** Code drawn in neutral grey (no label, e.g. skin over bone in the muscle view). */
export const UNLABELLED = 255;

/** Distinct, stable colours for region codes (golden-angle hues; sides slightly different). */
function regionColour(code: number): [number, number, number] {
  if (code === UNLABELLED) return [0.8, 0.78, 0.75];
  const region = code >> 1;
  const h = (region * 137.508) % 360;
  const s = 0.55;
  const l = code % 2 === 0 ? 0.62 : 0.5;
  const f = (n: number): number => {
    const k = (n + h / 30) % 12;
    return l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)];
}

/**
 * Renders a mesh to an RGB image. `codes` (per triangle) colours regions; otherwise grey. With
 * per-vertex `normals` the shading is smooth (as in the app), otherwise flat per triangle.
 */
export function render(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  triCodes: ArrayLike<number> | undefined,
  view: View,
  width: number,
  height: number,
  normals?: ArrayLike<number>,
): Uint8Array {
  const img = new Uint8Array(width * height * 3).fill(255);
  const depth = new Float64Array(width * height).fill(-Infinity);
  const c = Math.cos(view.yaw);
  const s = Math.sin(view.yaw);
  const cp = Math.cos(view.pitch ?? 0);
  const sp = Math.sin(view.pitch ?? 0);
  const centre = view.centre ?? [0, 0.875];
  const half = view.halfHeight ?? 0.92;
  const px = height / (2 * half);
  // View space: camera looks along -z' at the body; x' to the right of the image.
  const turn = (x: number, y: number, z: number): [number, number, number] => {
    const zr = -s * x + c * z;
    return [c * x + s * z, cp * y - sp * zr, sp * y + cp * zr];
  };
  const tx = (i: number): [number, number, number] => {
    const x = positions[i * 3] as number;
    const y = positions[i * 3 + 1] as number;
    const z = positions[i * 3 + 2] as number;
    const [xr, yr, zr] = turn(x, y, z);
    // Looking at the front, the person's left (+x) appears on the image's right.
    return [width / 2 + (xr - centre[0]) * px, height / 2 - (yr - centre[1]) * px, zr * px];
  };
  const light = [0.35, 0.55, 0.75];
  const ln = Math.hypot(light[0] as number, light[1] as number, light[2] as number);
  const lambert = (nx: number, ny: number, nz: number): number =>
    0.35 +
    0.65 *
      Math.max(
        0,
        (nx * (light[0] as number) + ny * (light[1] as number) + nz * (light[2] as number)) / ln,
      );
  /** Vertex shade from the stored normal, turned into view space like the positions. */
  const vertexShade = (i: number): number => {
    if (!normals) return 0;
    const x = normals[i * 3] as number;
    const y = normals[i * 3 + 1] as number;
    const z = normals[i * 3 + 2] as number;
    return lambert(...turn(x, y, z));
  };
  for (let t = 0; t < indices.length; t += 3) {
    const a = tx(indices[t] as number);
    const b = tx(indices[t + 1] as number);
    const d = tx(indices[t + 2] as number);
    // Screen-space normal z (y flipped) for back-face culling and shading.
    const ux = b[0] - a[0];
    const uy = -(b[1] - a[1]);
    const uz = b[2] - a[2];
    const vx = d[0] - a[0];
    const vy = -(d[1] - a[1]);
    const vz = d[2] - a[2];
    let nx = uy * vz - uz * vy;
    let ny = uz * vx - ux * vz;
    let nz = ux * vy - uy * vx;
    if (nz <= 0) continue;
    const nl = Math.hypot(nx, ny, nz);
    nx /= nl;
    ny /= nl;
    nz /= nl;
    const flat = lambert(nx, ny, nz);
    const sa = normals ? vertexShade(indices[t] as number) : flat;
    const sb = normals ? vertexShade(indices[t + 1] as number) : flat;
    const sd = normals ? vertexShade(indices[t + 2] as number) : flat;
    const col = triCodes ? regionColour(triCodes[t / 3] as number) : [0.8, 0.78, 0.75];
    const minX = Math.max(0, Math.floor(Math.min(a[0], b[0], d[0])));
    const maxX = Math.min(width - 1, Math.ceil(Math.max(a[0], b[0], d[0])));
    const minY = Math.max(0, Math.floor(Math.min(a[1], b[1], d[1])));
    const maxY = Math.min(height - 1, Math.ceil(Math.max(a[1], b[1], d[1])));
    const area = (b[0] - a[0]) * (d[1] - a[1]) - (b[1] - a[1]) * (d[0] - a[0]);
    if (area === 0) continue;
    for (let y = minY; y <= maxY; y++) {
      for (let x = minX; x <= maxX; x++) {
        const sx = x + 0.5;
        const sy = y + 0.5;
        const w0 = ((b[0] - sx) * (d[1] - sy) - (b[1] - sy) * (d[0] - sx)) / area;
        const w1 = ((d[0] - sx) * (a[1] - sy) - (d[1] - sy) * (a[0] - sx)) / area;
        const w2 = 1 - w0 - w1;
        if (w0 < 0 || w1 < 0 || w2 < 0) continue;
        const z = w0 * a[2] + w1 * b[2] + w2 * d[2];
        const p = y * width + x;
        if (z <= (depth[p] as number)) continue;
        depth[p] = z;
        const shade = w0 * sa + w1 * sb + w2 * sd;
        img[p * 3] = Math.round(255 * (col[0] as number) * shade);
        img[p * 3 + 1] = Math.round(255 * (col[1] as number) * shade);
        img[p * 3 + 2] = Math.round(255 * (col[2] as number) * shade);
      }
    }
  }
  return img;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Encodes an RGB image as PNG. */
export function encodePng(rgb: Uint8Array, width: number, height: number): Uint8Array {
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  const chunk = (type: string, data: Uint8Array): Uint8Array => {
    const out = new Uint8Array(12 + data.length);
    const dv = new DataView(out.buffer);
    dv.setUint32(0, data.length);
    out.set(Buffer.from(type, 'ascii'), 4);
    out.set(data, 8);
    dv.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const dv = new DataView(ihdr.buffer);
  dv.setUint32(0, width);
  dv.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  return Buffer.concat(parts);
}

/** Renders several views side by side into one RGB image of `width * views.length` by `height`. */
export function renderSheet(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  triCodes: ArrayLike<number> | undefined,
  views: readonly View[],
  width: number,
  height: number,
  normals?: ArrayLike<number>,
): Uint8Array {
  const sheetWidth = width * views.length;
  const sheet = new Uint8Array(sheetWidth * height * 3);
  views.forEach((view, v) => {
    const img = render(positions, indices, triCodes, view, width, height, normals);
    for (let y = 0; y < height; y++) {
      sheet.set(img.subarray(y * width * 3, (y + 1) * width * 3), (y * sheetWidth + v * width) * 3);
    }
  });
  return sheet;
}
