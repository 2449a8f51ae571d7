/**
 * Renders the body model to PNG sheets for a visual check (front, back, left side, 3/4; close-ups
 * of the head, hand and foot; and the places the standard views hardly show: the armpit, the
 * crook of the elbow, the back of the ankle, the inner edge of the foot and the perineum seen
 * from below), coloured by region half; with `--muscles`, by surface muscle (grey where there is
 * none); with `--plain`, uncoloured; with `--female`, the female build instead of the default
 * one; with `--only=armpit,heel`, only those regions in colour and the rest grey.
 * Usage: `tsx scripts/model/preview.ts [outDir] [--muscles | --plain] [--female] [--only=ids]`
 * (default: the system temp directory).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STATURE } from '../../src/domain/anatomy/landmarks.ts';
import { REGION_IDS } from '../../src/domain/regions.ts';
import { DEFAULT_BODY, FEMALE_BODY } from './body.ts';
import { buildBodyMesh } from './pipeline.ts';
import { UNLABELLED, encodePng, renderSheet, type View } from './raster.ts';

const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--')) ?? tmpdir();
const byMuscle = args.includes('--muscles');
const female = args.includes('--female');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .map((id) => {
    const index = (REGION_IDS as readonly string[]).indexOf(id);
    if (index < 0) throw new Error(`unknown region: ${id}`);
    return index;
  });
const params = female ? FEMALE_BODY : DEFAULT_BODY;
const mesh = await buildBodyMesh(params);
const triCodes = new Uint8Array(mesh.indices.length / 3);
for (let t = 0; t < triCodes.length; t++) {
  const v = mesh.indices[t * 3] as number;
  const muscle = mesh.muscles[v] as number;
  const code = mesh.codes[v] as number;
  // Muscle codes reuse the region palette: code m * 2 (+1 on the right) gets a distinct hue.
  triCodes[t] = byMuscle
    ? muscle === 0
      ? UNLABELLED
      : muscle * 2 + (code % 2)
    : only && !only.includes(code >> 1)
      ? UNLABELLED
      : code;
}
const plain = args.includes('--plain') ? undefined : triCodes;
const prefix = (female ? 'female-' : '') + (byMuscle ? 'muscle' : 'body');

// The close-ups are framed on the reference figure; another build is scaled to its stature.
const k = params.skeleton.stature / STATURE;
/** A close-up looking at a point of the reference figure from `yaw` and `pitch`. */
const aim = (
  name: string,
  yaw: number,
  pitch: number,
  [x, y, z]: readonly [number, number, number],
  halfHeight: number,
): View => {
  const zr = -Math.sin(yaw) * x + Math.cos(yaw) * z;
  return {
    name,
    yaw,
    pitch,
    centre: [
      (Math.cos(yaw) * x + Math.sin(yaw) * z) * k,
      (Math.cos(pitch) * y - Math.sin(pitch) * zr) * k,
    ],
    halfHeight: halfHeight * k,
  };
};
const body: View[] = [
  { name: 'front', yaw: 0 },
  { name: 'back', yaw: Math.PI },
  { name: 'left side', yaw: -Math.PI / 2 },
  { name: 'three-quarter', yaw: Math.PI / 4 },
];
const details: View[] = [
  aim('face', 0, 0, [0, 1.6, 0], 0.17),
  aim('head side', -Math.PI / 2, 0, [0, 1.6, 0], 0.17),
  aim('hand', 0, 0, [0.3, 0.78, 0], 0.13),
  aim('hand back', Math.PI, 0, [0.3, 0.78, 0], 0.13),
  aim('foot', -Math.PI / 2, 0, [0.1, 0.1, 0.03], 0.14),
  aim('foot front', 0.5, 0, [0.1, 0.1, 0.035], 0.14),
];
const hidden: View[] = [
  aim('armpit, from the front and below', 0.35, -0.5, [0.165, 1.27, 0], 0.12),
  aim('front of the elbow', 0.3, 0, [0.255, 1.1, 0.02], 0.1),
  aim('back of the ankle', Math.PI, 0, [0.1, 0.1, -0.05], 0.1),
  aim('inner edge of the foot', 0.75, 0.3, [0.06, 0.035, 0.05], 0.12),
  aim('perineum, from below', 0, -1.5, [0, 0.82, 0], 0.12),
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
write(`${prefix}-hidden.png`, hidden, 360, 360);
