/**
 * How the body model labels its surface, in one place: every vertex carries two small integers,
 * its area (region and side) and the superficial muscle under it. The generator writes them, the
 * scene's mesh adapter reads them, and the paint texture has one texel per area code, so all
 * three share these definitions and their limits.
 */
import { SURFACE_MUSCLES, type SurfaceMuscleId } from './anatomy/muscleMap.ts';
import { REGION_IDS, type BodyArea } from './regions.ts';

/**
 * Both labels are stored as unsigned bytes in the model file, and the paint texture is as wide
 * as the area codes can go: 256 codes each, no more.
 */
export const LABEL_CAPACITY = 256;

/** Area codes in use: two halves per region. */
export const REGION_CODE_COUNT = REGION_IDS.length * 2;

/** Muscle codes in use: 0 for "no superficial muscle here", then one per surface muscle. */
export const MUSCLE_CODE_COUNT = SURFACE_MUSCLES.length + 1;

/**
 * An area as one small integer: `regionIndex * 2 + (side === 'left' ? 0 : 1)`. The order of
 * `REGION_IDS` is therefore part of the model's encoding: append only.
 */
export function regionCode(area: BodyArea): number {
  const index = REGION_IDS.indexOf(area.region);
  if (index < 0) throw new Error(`Unknown region id: ${area.region}`);
  return index * 2 + (area.side === 'left' ? 0 : 1);
}

/** Inverse of `regionCode`; undefined for a code that names no area. */
export function areaFromCode(code: number): BodyArea | undefined {
  if (!Number.isInteger(code) || code < 0 || code >= REGION_CODE_COUNT) return undefined;
  const region = REGION_IDS[code >> 1];
  if (!region) return undefined;
  return { region, side: code % 2 === 0 ? 'left' : 'right' };
}

/** The muscle code of a surface muscle id, or 0 for none. */
export function muscleCode(id: SurfaceMuscleId | undefined): number {
  return id === undefined ? 0 : SURFACE_MUSCLES.indexOf(id) + 1;
}

/** The surface muscle of a muscle code, or undefined for 0 or a code that names none. */
export function muscleFromCode(code: number): SurfaceMuscleId | undefined {
  return Number.isInteger(code) && code > 0 ? SURFACE_MUSCLES[code - 1] : undefined;
}

/** The muscle code of an atlas muscle id, or 0 when the muscle does not lie on the surface. */
export function surfaceMuscleCode(muscleId: string): number {
  return (SURFACE_MUSCLES as readonly string[]).indexOf(muscleId) + 1;
}

/**
 * While building the model, the generator packs both labels of a point into one number, so one
 * cut separates a triangle wherever either label changes.
 */
export const LABEL_RADIX = LABEL_CAPACITY;

if (REGION_CODE_COUNT > LABEL_CAPACITY || MUSCLE_CODE_COUNT > LABEL_CAPACITY) {
  throw new Error('The body model labels have outgrown their one-byte encoding.');
}
