import { inflateSync } from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

/** Decodes the 8-bit RGB/RGBA, non-interlaced PNGs that Chromium's screenshots are. */
export function decodePng(buffer: Buffer): Image {
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const chunks: Buffer[] = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('unsupported PNG');
      colorType = body[9]!;
    } else if (type === 'IDAT') chunks.push(body);
    offset += 12 + length;
  }
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  if (!channels) throw new Error(`unsupported PNG colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const pixels = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      let v = line[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = v & 255;
    }
  }
  if (channels === 4) return { width, height, data: pixels };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = pixels[i * 3]!;
    rgba[i * 4 + 1] = pixels[i * 3 + 1]!;
    rgba[i * 4 + 2] = pixels[i * 3 + 2]!;
    rgba[i * 4 + 3] = 255;
  }
  return { width, height, data: rgba };
}

/** Share of pixels whose colour is within `tolerance` of `rgb` (0..1). */
export function shareOfColour(
  image: Image,
  rgb: [number, number, number],
  tolerance: number,
): number {
  let n = 0;
  const total = image.width * image.height;
  for (let i = 0; i < total; i++) {
    const d =
      Math.abs(image.data[i * 4]! - rgb[0]) +
      Math.abs(image.data[i * 4 + 1]! - rgb[1]) +
      Math.abs(image.data[i * 4 + 2]! - rgb[2]);
    if (d <= tolerance) n++;
  }
  return n / total;
}

/** Share of pixels that are clearly red (referral zones). */
export function shareOfRed(image: Image): number {
  let n = 0;
  const total = image.width * image.height;
  for (let i = 0; i < total; i++) {
    const r = image.data[i * 4]!;
    const g = image.data[i * 4 + 1]!;
    const b = image.data[i * 4 + 2]!;
    if (r > 140 && g < 90 && b < 90) n++;
  }
  return n / total;
}

/**
 * The first row (from the top) in which some pixel of the middle third differs from the given
 * background colour by more than the tolerance: the top of the figure. -1 if there is none.
 */
export function topOfFigure(
  image: Image,
  rgb: [number, number, number],
  tolerance: number,
): number {
  const from = Math.floor(image.width / 3);
  const to = Math.ceil((image.width * 2) / 3);
  for (let y = 0; y < image.height; y++)
    for (let x = from; x < to; x++) {
      const i = (y * image.width + x) * 4;
      const d =
        Math.abs(image.data[i]! - rgb[0]) +
        Math.abs(image.data[i + 1]! - rgb[1]) +
        Math.abs(image.data[i + 2]! - rgb[2]);
      if (d > tolerance) return y;
    }
  return -1;
}
