/**
 * Reports where every trigger point of the atlas lands on the body: the skin point it projects
 * to, how far that is from the landmark-derived point, and whether its region is the one the
 * data says. For dataset authors:
 *   npx tsx scripts/check-placements.ts                      every muscle of the atlas
 *   npx tsx scripts/check-placements.ts gluteus-medius ...   only these muscles
 *   npx tsx scripts/check-placements.ts data/muscles/x.ts    a muscle file not yet in the atlas
 * The same check runs as a test (tests/scene/placement.test.ts).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { atlas } from '../data/index.ts';
import type { Muscle } from '../src/domain/atlas.ts';
import { resolvePlacement } from '../src/domain/anatomy/placement.ts';
import { areaFromCode, areaLabel } from '../src/domain/regions.ts';
import { projectOntoSurface } from '../src/scene/surface.ts';
import { loadBodyMesh } from './model/loadBody.ts';
import { MAX_PLACEMENT_DISTANCE } from './model/placementRules.ts';

const args = process.argv.slice(2);
const files = args.filter((a) => a.endsWith('.ts'));
const only = args.filter((a) => !a.endsWith('.ts'));
const muscles: Muscle[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
  for (const value of Object.values(module)) {
    if (value && typeof value === 'object' && 'triggerPoints' in value)
      muscles.push(value as Muscle);
  }
}
if (!files.length)
  muscles.push(...atlas.muscles.filter((m) => !only.length || only.includes(m.id)));
const mesh = await loadBodyMesh();
let problems = 0;
for (const muscle of muscles) {
  for (const tp of muscle.triggerPoints) {
    const placed = resolvePlacement(tp.placement, 'left');
    const hit = projectOntoSurface(mesh, placed.point, placed.pressDirection);
    const p = placed.point.map((v) => v.toFixed(3)).join(', ');
    if (!hit) {
      problems++;
      console.log(`MISS  ${tp.id}: no skin along ${tp.placement.facing} from (${p})`);
      continue;
    }
    const distance = hit.point.distanceTo({
      x: placed.point[0],
      y: placed.point[1],
      z: placed.point[2],
    } as never);
    const found = areaFromCode(hit.code);
    const ok = found?.region === tp.region && distance <= MAX_PLACEMENT_DISTANCE;
    if (!ok) problems++;
    const h = hit.point
      .toArray()
      .map((v) => v.toFixed(3))
      .join(', ');
    console.log(
      `${ok ? 'ok  ' : 'BAD '}  ${tp.id}: data says ${tp.region}, lands in ${found ? areaLabel(found).toLowerCase() : '?'} ` +
        `at (${h}), ${(distance * 100).toFixed(1)} cm from (${p})`,
    );
  }
}
console.log(
  problems
    ? `\n${problems} trigger point(s) to fix.`
    : '\nEvery trigger point lands in its region.',
);
process.exit(problems ? 1 : 0);
