/**
 * Reports where every trigger point of the atlas lands on the body: the skin point it projects
 * to, how far that is from the landmark-derived point, and whether its region is the one the
 * data says. For dataset authors:
 *   npx tsx scripts/check-placements.ts                      every muscle of the atlas
 *   npx tsx scripts/check-placements.ts gluteus-medius ...   only these muscles
 *   npx tsx scripts/check-placements.ts data/muscles/x.ts    a muscle file not yet in the atlas
 * The same check (scripts/model/placements.ts) runs as a test for both figures.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { atlas } from '../data/index.ts';
import type { MuscleFacts as Muscle } from '../src/domain/atlas.ts';
import { loadBodyMesh } from './model/loadBody.ts';
import { checkPlacements } from './model/placements.ts';

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
const results = checkPlacements(await loadBodyMesh(), muscles, undefined, ['left']);
for (const r of results) {
  const where =
    r.distance === undefined ? '' : ` (${(r.distance * 100).toFixed(1)} cm from its landmarks)`;
  console.log(
    `${r.ok ? 'ok  ' : 'BAD '}  ${r.id}: ${r.ok ? `lands in the ${r.foundLabel}` : r.problem}${r.ok ? where : ''}`,
  );
}
const problems = results.filter((r) => !r.ok).length;
console.log(
  problems
    ? `\n${problems} trigger point(s) to fix.`
    : '\nEvery trigger point lands in its region.',
);
process.exit(problems ? 1 : 0);
