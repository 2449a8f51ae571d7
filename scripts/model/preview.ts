/**
 * Renders the body model to PNG sheets for a visual check (front, back, left side, 3/4, and
 * close-ups of the head, hand and foot), coloured by region half; with `--muscles`, by surface
 * muscle (grey where there is none); with `--plain`, uncoloured; with `--female`, the female
 * build instead of the default one.
 * Usage: `tsx scripts/model/preview.ts [outDir] [--muscles | --plain] [--female]` (default: the system
 * temp directory).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BODY, FEMALE_BODY } from './body.ts';
import { buildBodyMesh } from './pipeline.ts';
import { UNLABELLED, encodePng, renderSheet, type View } from './raster.ts';

const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--')) ?? tmpdir();
const byMuscle = args.includes('--muscles');
const female = args.includes('--female');
const mesh = await buildBodyMesh(female ? FEMALE_BODY : DEFAULT_BODY);
const triCodes = new Uint8Array(mesh.indices.length / 3);
for (let t = 0; t < triCodes.length; t++) {
  const v = mesh.indices[t * 3] as number;
  const muscle = mesh.muscles[v] as number;
  // Muscle codes reuse the region palette: code m * 2 (+1 on the right) gets a distinct hue.
  triCodes[t] = !byMuscle
    ? (mesh.codes[v] as number)
    : muscle === 0
      ? UNLABELLED
      : muscle * 2 + ((mesh.codes[v] as number) % 2);
}
const plain = args.includes('--plain') ? undefined : triCodes;
const prefix = (female ? 'female-' : '') + (byMuscle ? 'muscle' : 'body');

const body: View[] = [
  { name: 'front', yaw: 0 },
  { name: 'back', yaw: Math.PI },
  { name: 'left side', yaw: Math.PI / 2 },
  { name: 'three-quarter', yaw: Math.PI / 4 },
];
const details: View[] = [
  { name: 'face', yaw: 0, centre: [0, 1.6], halfHeight: 0.17 },
  { name: 'head side', yaw: Math.PI / 2, centre: [0, 1.6], halfHeight: 0.17 },
  { name: 'hand', yaw: 0, centre: [0.3, 0.78], halfHeight: 0.13 },
  { name: 'hand back', yaw: Math.PI, centre: [-0.3, 0.78], halfHeight: 0.13 },
  { name: 'foot', yaw: Math.PI / 2, centre: [0.03, 0.1], halfHeight: 0.14 },
  { name: 'foot front', yaw: 0.5, centre: [0.1, 0.1], halfHeight: 0.14 },
];
const write = (file: string, views: View[], w: number, h: number): void => {
  const path = join(outDir, file);
  writeFileSync(
    path,
    encodePng(
      renderSheet(mesh.positions, mesh.indices, plain, views, w, h, mesh.normals),
      w * views.length,
      h,
    ),
  );
  console.log(`wrote ${path}`);
};
write(`${prefix}-views.png`, body, 450, 900);
write(`${prefix}-details.png`, details, 360, 360);
