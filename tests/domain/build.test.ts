import { describe, expect, it } from 'vitest';
import {
  FEMALE_SKELETON,
  REFERENCE_SKELETON,
  fromBuild,
  landmarksFor,
  toBuild,
} from '../../src/domain/anatomy/build.ts';
import { LANDMARKS, LANDMARK_IDS, STATURE } from '../../src/domain/anatomy/landmarks.ts';
import { resolvePlacement } from '../../src/domain/anatomy/placement.ts';

const female = landmarksFor(FEMALE_SKELETON);
const relative = (l: typeof female, id: keyof typeof LANDMARKS, stature: number): number =>
  l[id][0] / stature;

describe('builds of the figure', () => {
  it('leaves the reference figure exactly as its landmarks are written', () => {
    expect(landmarksFor(REFERENCE_SKELETON)).toBe(LANDMARKS);
    for (const id of LANDMARK_IDS)
      expect(toBuild(REFERENCE_SKELETON, LANDMARKS[id])).toEqual(LANDMARKS[id]);
  });

  it('takes every point of a build back to the reference point it came from', () => {
    for (const id of LANDMARK_IDS) {
      const back = fromBuild(FEMALE_SKELETON, toBuild(FEMALE_SKELETON, LANDMARKS[id]));
      back.forEach((value, axis) => expect(value).toBeCloseTo(LANDMARKS[id][axis] as number, 12));
    }
  });

  it('gives the female build its stature, with every height in the same proportion', () => {
    expect(female.vertex[1]).toBeCloseTo(1.63, 10);
    for (const id of ['chin', 'acromion', 'greater-trochanter', 'knee-centre'] as const)
      expect(female[id][1] / 1.63).toBeCloseTo(LANDMARKS[id][1] / STATURE, 10);
  });

  it('narrows the female shoulders and widens her hips, relative to stature', () => {
    const shoulder = relative(female, 'acromion', 1.63) / relative(LANDMARKS, 'acromion', STATURE);
    const hip =
      relative(female, 'greater-trochanter', 1.63) /
      relative(LANDMARKS, 'greater-trochanter', STATURE);
    expect(shoulder).toBeCloseTo(0.95, 2);
    expect(hip).toBeCloseTo(1.07, 2);
  });

  it('keeps the head, the knees and the feet in proportion: the stretch fades out before them', () => {
    for (const id of ['eye-centre', 'tragus', 'ankle-centre', 'calcaneus'] as const)
      expect(relative(female, id, 1.63)).toBeCloseTo(relative(LANDMARKS, id, STATURE), 10);
    expect(
      relative(female, 'knee-centre', 1.63) / relative(LANDMARKS, 'knee-centre', STATURE),
    ).toBeLessThan(1.005);
  });

  it('resolves a trigger point on a build as the morphed reference placement', () => {
    const placement = {
      from: 'c7',
      to: 'acromion',
      t: 0.5,
      offset: [0, 0.01, 0],
      facing: 'back',
    } as const;
    const reference = resolvePlacement(placement, 'left');
    const onFemale = resolvePlacement(placement, 'left', FEMALE_SKELETON);
    expect(onFemale.point).toEqual(toBuild(FEMALE_SKELETON, reference.point));
    const right = resolvePlacement(placement, 'right', FEMALE_SKELETON);
    expect(right.point[0]).toBeCloseTo(-onFemale.point[0], 12);
    expect(right.pressDirection[2]).toBe(onFemale.pressDirection[2]);
  });
});
