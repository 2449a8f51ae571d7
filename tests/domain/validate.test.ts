import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import type { Atlas, MuscleFacts as Muscle } from '../../src/domain/atlas.ts';
import type { RegionId } from '../../src/domain/regions.ts';
import { validateAtlas } from '../../src/domain/validate.ts';

/** A copy of the real atlas with its first muscle changed by `edit`. */
function withFirstMuscle(edit: (m: Muscle) => Muscle): Atlas {
  const [first, ...rest] = atlas.muscles;
  return { ...atlas, muscles: [edit(structuredClone(first!) as Muscle), ...rest] };
}

const messages = (a: Atlas) => validateAtlas(a).map((p) => p.message);

describe('validateAtlas', () => {
  it.each([
    [
      'a duplicate muscle id',
      (a: Atlas) => ({ ...a, muscles: [...a.muscles, a.muscles[0]!] }),
      'duplicate muscle id',
    ],
    [
      'a duplicate source id',
      (a: Atlas) => ({ ...a, sources: [...a.sources, a.sources[0]!] }),
      'duplicate source id',
    ],
    [
      'an unknown region in a referral',
      () =>
        withFirstMuscle((m) => ({
          ...m,
          triggerPoints: [
            {
              ...m.triggerPoints[0]!,
              referral: { essential: [{ region: 'elbow-nowhere' as never }], spillover: [] },
            },
          ],
        })),
      'unknown region "elbow-nowhere"',
    ],
    [
      'a trigger point that refers nowhere',
      () =>
        withFirstMuscle((m) => ({
          ...m,
          triggerPoints: [{ ...m.triggerPoints[0]!, referral: { essential: [], spillover: [] } }],
        })),
      'a trigger point must refer somewhere (essential zone)',
    ],
    [
      'a muscle with no source',
      () => withFirstMuscle((m) => ({ ...m, sources: [] })),
      'every muscle must cite a source',
    ],
    [
      'an unknown source',
      () => withFirstMuscle((m) => ({ ...m, sources: [{ source: 'my-blog', chapter: '1' }] })),
      'unknown source "my-blog"',
    ],
    [
      'an unknown landmark',
      () =>
        withFirstMuscle((m) => ({
          ...m,
          triggerPoints: [
            {
              ...m.triggerPoints[0]!,
              placement: { from: 'belly-button' as never, facing: 'front' },
            },
          ],
        })),
      'unknown landmark "belly-button"',
    ],
    [
      'pressure beyond 10',
      () =>
        withFirstMuscle((m) => ({
          ...m,
          pressure: { ...m.pressure!, pressure: { min: 6, max: 11 } },
        })),
      'pressure must be a range within 0–10',
    ],
    [
      'a muscle with neither self-pressure steps nor a reason to leave it to a therapist',
      () => withFirstMuscle((m) => ({ ...m, pressure: undefined })),
      'give a pressure technique, or say why it is for a therapist only',
    ],
    [
      'a therapist-only muscle that still gives self-pressure steps',
      () => withFirstMuscle((m) => ({ ...m, therapistOnly: true })),
      'a therapist-only muscle must not give self-pressure steps',
    ],
    [
      'a muscle naming a red flag that does not exist',
      () => withFirstMuscle((m) => ({ ...m, redFlags: ['no-such-flag'] })),
      'unknown red flag "no-such-flag"',
    ],
    [
      'an other cause with an unknown region and no source',
      (a: Atlas) => ({
        ...a,
        otherCauses: [
          {
            id: 'made-up',
            regions: ['elbow-nowhere' as RegionId],
            kind: 'joint' as const,
            name: 'A made-up cause',
            feelsLike: 'Not like anything.',
            whatToDo: 'Nothing.',
            sources: [],
          },
        ],
      }),
      'unknown region "elbow-nowhere"',
    ],
    [
      'a region vocabulary that is not the shared one',
      (a: Atlas) => ({ ...a, regions: a.regions.slice(1) }),
      'regions must be exactly the shared vocabulary, in order',
    ],
  ])('reports %s', (_name, make, message) => {
    expect(messages(make(atlas))).toContain(message);
  });
});
