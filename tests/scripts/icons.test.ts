/**
 * The app's icons (public/icons/, drawn by `npm run build:icons` from scripts/icons/mark.ts):
 * the sizes the manifest and Apple's touch icon promise, a masked icon that fills its square
 * with the splash's ground and keeps its marks inside the safe circle.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../scripts/build/pwa.ts';
import { ICON_COLOURS, ICONS, SAFE_RADIUS } from '../../scripts/icons/mark.ts';
import { decodePng, type Image } from '../e2e/png.ts';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const pixel = (image: Image, x: number, y: number) => {
  const i = (y * image.width + x) * 4;
  return [...image.data.subarray(i, i + 4)];
};
const near = (a: number[], b: number[], by = 6) => a.every((v, i) => Math.abs(v - b[i]!) <= by);

describe('the icons', () => {
  it.each(ICONS)('$file is $size pixels square', ({ file, size }) => {
    const image = decodePng(readFileSync(`public/${file}`));
    expect([image.width, image.height]).toEqual([size, size]);
  });

  it('a masked icon fills its corners with the ground; a plain one leaves them see-through', () => {
    for (const spec of ICONS) {
      const image = decodePng(readFileSync(`public/${spec.file}`));
      const corner = pixel(image, 1, 1);
      if (spec.shape === 'full')
        expect(near(corner, [...rgb(ICON_COLOURS.background), 255])).toBe(true);
      else expect(corner[3]).toBe(0);
    }
  });

  it("the maskable icon's red marks lie inside the safe circle, so no phone's mask cuts them", () => {
    const image = decodePng(readFileSync('public/icons/icon-maskable-512.png'));
    const red = rgb(ICON_COLOURS.red);
    const centre = image.width / 2;
    let marks = 0;
    let outside = 0;
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        if (!near(pixel(image, x, y).slice(0, 3), red, 30)) continue;
        marks++;
        if (Math.hypot(x - centre, y - centre) > SAFE_RADIUS * image.width) outside++;
      }
    }
    expect(marks).toBeGreaterThan(1000);
    expect(outside).toBe(0);
  });

  it('the manifest names the app from the catalogue and lists a plain and a maskable icon', () => {
    const m = manifest();
    const ui = JSON.parse(readFileSync('data/i18n/en/ui.json', 'utf8')) as Record<string, string>;
    expect(m.name).toBe(ui['app.name']);
    expect(m.description).toBe(ui['app.manifest.description']);
    expect(m.display).toBe('standalone');
    expect(m.background_color).toBe(ICON_COLOURS.background);
    const icons = m.icons ?? [];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons) expect(() => readFileSync(`public/${icon.src}`)).not.toThrow();
  });
});
