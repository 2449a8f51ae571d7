import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { LANDMARKS, type LandmarkId } from '../../src/domain/anatomy/landmarks.ts';
import {
  SURFACE_MUSCLES,
  muscleAt,
  type SurfaceMuscleId,
} from '../../src/domain/anatomy/muscleMap.ts';
import { muscleCode, muscleFromCode } from '../../src/domain/encoding.ts';

type P = readonly [number, number, number];

// Points on the skin (metres, left side) and the superficial muscle an anatomy chart shows there.
const SKIN_POINTS: ReadonlyArray<readonly [string, P, SurfaceMuscleId]> = [
  ['temple, above the zygomatic arch', [0.074, 1.655, 0.015], 'temporalis'],
  ['side of the jaw over the ramus', [0.062, 1.578, 0.022], 'masseter'],
  ['middle of the forehead', [0.02, 1.7, 0.085], 'occipitofrontalis'],
  ['side of the neck, front edge', [0.04, 1.5, 0.035], 'sternocleidomastoid'],
  ['back of the neck', [0.02, 1.52, -0.07], 'upper-trapezius'],
  ['top of the shoulder ridge', [0.12, 1.45, -0.03], 'upper-trapezius'],
  ['between the shoulder blades, high', [0.03, 1.36, -0.11], 'middle-trapezius'],
  ['beside the spine below the blades', [0.02, 1.2, -0.11], 'lower-trapezius'],
  ['below the spine of the scapula', [0.13, 1.31, -0.1], 'infraspinatus'],
  ['outside of the shoulder', [0.25, 1.33, 0.0], 'deltoid'],
  ['upper chest', [0.08, 1.33, 0.1], 'pectoralis-major'],
  ['side of the ribs under the armpit', [0.145, 1.22, 0.03], 'serratus-anterior'],
  ['flank of the back below the blade', [0.13, 1.15, -0.07], 'latissimus-dorsi'],
  ['abdomen beside the navel', [0.035, 1.05, 0.1], 'rectus-abdominis'],
  ['flank above the iliac crest', [0.13, 1.03, 0.04], 'external-oblique'],
  ['middle of the buttock', [0.08, 0.87, -0.1], 'gluteus-maximus'],
  ['below the iliac crest at the side', [0.14, 0.97, -0.04], 'gluteus-medius'],
  ['front of the thigh', [0.1, 0.72, 0.075], 'rectus-femoris'],
  ['outside of the thigh', [0.165, 0.72, 0.0], 'vastus-lateralis'],
  ['back of the thigh, outer', [0.12, 0.7, -0.07], 'biceps-femoris'],
  ['back of the thigh, inner', [0.06, 0.7, -0.06], 'semitendinosus'],
  ['calf', [0.095, 0.38, -0.07], 'gastrocnemius'],
  ['outside of the shin', [0.12, 0.33, 0.035], 'tibialis-anterior'],
  ['front of the upper arm', [0.25, 1.22, 0.04], 'biceps-brachii'],
  ['back of the upper arm', [0.235, 1.22, -0.045], 'triceps-brachii'],
  ['back of the forearm', [0.28, 0.97, -0.03], 'extensor-digitorum'],
];

// Bony points and tendons: no muscle lies under the skin there.
const BARE: ReadonlyArray<LandmarkId> = [
  'vertex',
  'nose-tip',
  'sternal-notch',
  'xiphoid',
  'olecranon',
  'patella',
  'lateral-malleolus',
  'medial-malleolus',
  'middle-fingertip',
  'big-toe-tip',
  'calcaneus',
];

describe('muscleAt', () => {
  it('lists only muscles of the atlas, each once', () => {
    const ids = new Set(atlas.muscles.map((m) => m.id));
    expect(SURFACE_MUSCLES.filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(SURFACE_MUSCLES).size).toBe(SURFACE_MUSCLES.length);
  });

  it.each(SKIN_POINTS)('finds the muscle under the %s, mirrored on the right', (_, p, muscle) => {
    expect(muscleAt(p)).toBe(muscle);
    expect(muscleAt([-p[0], p[1], p[2]])).toBe(muscle);
  });

  it.each(BARE)('finds no muscle over the %s landmark', (id) => {
    expect(muscleAt(LANDMARKS[id])).toBeUndefined();
  });

  it('codes a muscle as 1 + its index and none as 0', () => {
    const p: P = [0.25, 1.33, 0.0];
    expect(muscleCode(muscleAt(p))).toBe(SURFACE_MUSCLES.indexOf('deltoid') + 1);
    expect(muscleFromCode(muscleCode(muscleAt(p)))).toBe('deltoid');
    expect(muscleCode(muscleAt(LANDMARKS.patella))).toBe(0);
    expect(muscleFromCode(0)).toBeUndefined();
  });
});
