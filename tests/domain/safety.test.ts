import { describe, expect, it } from 'vitest';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import { atlas, COMPLAINT_SHORTCUTS } from '../../data/index.ts';
import { parseUrlState, serializeUrlState } from '../../src/app/urlState.ts';
import { patternAreas, rankTriggerPoints } from '../../src/domain/ranking.ts';
import type { BodyArea, RegionId } from '../../src/domain/regions.ts';
import {
  emergencyFlagsFor,
  otherCausesFor,
  safetyFor,
  type TechniqueSafety,
} from '../../src/domain/safety.ts';

const index = createAtlasIndex(atlas);

const entries = atlas.muscles.flatMap((muscle) =>
  muscle.triggerPoints.map((tp) => ({ muscle, tp })),
);

const ids = (flags: readonly { id: string }[]) => flags.map((f) => f.id);
const flagsOfRegion = (region: RegionId) =>
  atlas.redFlags.filter((f) => f.regions.includes(region));
const shown = (s: TechniqueSafety) => s.flags.map((f) => f.flag.id);

/**
 * Every way into a technique, as the areas selected when the trigger point opens: a search or a
 * muscle link opens it with nothing selected; a click on the body or the list opens it from its
 * own main pain areas; a complaint shortcut opens it from the shortcut's areas; a shared link
 * restores whatever areas it names.
 */
function entryPaths(tp: (typeof entries)[number]['tp']): [string, BodyArea[]][] {
  const own = patternAreas(tp.referral.essential, 'left');
  const shortcut = COMPLAINT_SHORTCUTS.find((s) =>
    rankTriggerPoints(
      atlas,
      s.regions.map((region) => ({ region, side: 'left' as const })),
    ).some((r) => r.triggerPointId === tp.id),
  );
  const link = parseUrlState(
    serializeUrlState({
      areas: own,
      chosen: { id: tp.id, side: 'left' },
      view: 'front',
      figure: 'male',
    }),
    index,
  );
  return [
    ['search (nothing selected)', []],
    ['body click or list (its main pain areas)', own],
    [
      'complaint shortcut',
      shortcut ? shortcut.regions.map((region) => ({ region, side: 'left' })) : own,
    ],
    ['shared link or reload', link.areas],
  ];
}

describe('one gate for every technique', () => {
  it.each(entries.map(({ muscle, tp }) => [tp.id, muscle, tp] as const))(
    '%s: on every way in, the warnings include those of the areas, the place you press and the muscle',
    (_id, muscle, tp) => {
      for (const [path, areas] of entryPaths(tp)) {
        const safety = safetyFor(atlas, muscle, tp, areas);
        const flags = shown(safety);
        for (const flag of flagsOfRegion(tp.region))
          expect(flags, `${path}: site`).toContain(flag.id);
        for (const area of areas)
          for (const flag of flagsOfRegion(area.region))
            expect(flags, `${path}: area`).toContain(flag.id);
        for (const id of muscle.redFlags ?? []) expect(flags, `${path}: muscle`).toContain(id);
        expect(new Set(flags).size, `${path}: each once`).toBe(flags.length);
        // A technique with any warning is locked behind a confirmation key that names them all.
        if (flags.length || safety.cautions.length) expect(safety.key).not.toBe('');
      }
    },
  );

  it('lists the most urgent warnings first', () => {
    const order = { emergency: 0, urgent: 1, soon: 2 };
    for (const { muscle, tp } of entries) {
      const urgencies = safetyFor(atlas, muscle, tp, []).flags.map((f) => order[f.flag.urgency]);
      expect(urgencies, tp.id).toEqual([...urgencies].sort((a, b) => a - b));
    }
  });

  it('gives a different confirmation key when another warning joins the set', () => {
    const trapezius = atlas.muscles.find((m) => m.id === 'upper-trapezius')!;
    const tp = trapezius.triggerPoints[0]!;
    const alone = safetyFor(atlas, trapezius, tp, [{ region: 'temple', side: 'left' }]);
    const withChest = safetyFor(atlas, trapezius, tp, [
      { region: 'temple', side: 'left' },
      { region: 'chest', side: 'left' },
    ]);
    expect(withChest.key).not.toBe(alone.key);
  });

  it("names each of a muscle's own warnings, saying it is the muscle's, with no area chosen", () => {
    const withOwn = atlas.muscles.filter((m) => (m.redFlags ?? []).length > 0);
    expect(withOwn.length).toBeGreaterThan(10);
    for (const muscle of withOwn) {
      const shown = safetyFor(atlas, muscle, muscle.triggerPoints[0]!, []).flags;
      for (const id of muscle.redFlags!)
        expect(shown.find((f) => f.flag.id === id)?.reasons, `${muscle.id}: ${id}`).toContain(
          'muscle',
        );
      for (const { flag, reasons } of shown)
        if (!muscle.redFlags!.includes(flag.id))
          expect(reasons, `${muscle.id}: ${flag.id}`).not.toContain('muscle');
    }
  });

  it('says why a warning from the place you press is shown when no area brought it', () => {
    const soleus = atlas.muscles.find((m) => m.id === 'soleus')!;
    const heelPoint = soleus.triggerPoints.find((tp) =>
      tp.referral.essential.some((z) => z.region === 'heel'),
    )!;
    const safety = safetyFor(atlas, soleus, heelPoint, [{ region: 'heel', side: 'left' }]);
    const clot = safety.flags.find((f) => f.flag.id === 'blood-clot');
    expect(clot?.reasons).toContain('site');
    expect(clot?.reasons).not.toContain('area');
  });
});

/** Where thin bones can crack under a ball or a hard press: ribs, breastbone, spine and pelvis. */
const OVER_RIBS_SPINE_OR_PELVIS: ReadonlySet<RegionId> = new Set<RegionId>([
  'chest',
  'sternum',
  'side-ribs',
  'shoulder-blade',
  'between-shoulder-blades',
  'mid-back',
  'neck-back',
  'low-back',
  'sacrum',
  'tailbone',
  'buttock',
  'hip-side',
  'pelvic-floor',
]);
/** Over the deep veins of the leg, where a clot can form or be pressed. */
const OVER_LEG_VEINS: ReadonlySet<RegionId> = new Set<RegionId>([
  'groin',
  'thigh-front',
  'thigh-inner',
  'thigh-outer',
  'thigh-back',
  'knee-back',
  'calf',
  'achilles',
  'shin',
  'outer-lower-leg',
]);

describe('deep-pressure cautions on every way in', () => {
  const pressed = entries.filter(({ muscle }) => muscle.pressure);

  it.each(pressed.map(({ muscle, tp }) => [tp.id, tp.region, muscle, tp] as const))(
    '%s (pressed in the %s): blood thinners, a bleeding or clotting disorder, thin bones and pregnancy are named wherever they matter',
    (_id, region, muscle, tp) => {
      for (const [path, areas] of entryPaths(tp)) {
        const cautions = ids(safetyFor(atlas, muscle, tp, areas).cautions);
        for (const id of ['blood-thinners', 'bleeding-disorder', 'pregnancy'])
          expect(cautions, `${path}: ${id}`).toContain(id);
        if (OVER_RIBS_SPINE_OR_PELVIS.has(region))
          expect(cautions, `${path}: thin-bones`).toContain('thin-bones');
        if (OVER_LEG_VEINS.has(region))
          expect(cautions, `${path}: past-blood-clot`).toContain('past-blood-clot');
      }
    },
  );

  it('name a caution kept to some places only where you press in one of them', () => {
    for (const { muscle, tp } of pressed) {
      const shown = new Set(ids(safetyFor(atlas, muscle, tp, []).cautions));
      for (const caution of atlas.pressureCautions)
        expect(shown.has(caution.id), `${tp.id}: ${caution.id}`).toBe(
          !caution.regions || caution.regions.includes(tp.region),
        );
    }
  });

  it('are not shown for a muscle only a therapist works on, which has no pressure steps', () => {
    const longusColli = atlas.muscles.find((m) => m.id === 'longus-colli')!;
    expect(safetyFor(atlas, longusColli, longusColli.triggerPoints[0]!, []).cautions).toEqual([]);
  });
});

describe('emergencies named at once', () => {
  it.each([
    ['chest', 'heart-attack'],
    ['temple', 'sudden-severe-headache'],
    ['low-back', 'cauda-equina'],
    ['calf', 'blood-clot'],
    ['upper-abdomen', 'acute-abdomen'],
    ['pelvic-floor', 'cauda-equina'],
    ['throat', 'throat-emergency'],
    ['achilles', 'achilles-rupture'],
    ['achilles', 'blood-clot'],
  ] as const)('the %s brings the %s emergency before any muscle is chosen', (region, flag) => {
    expect(ids(emergencyFlagsFor(atlas, [{ region, side: 'left' }]))).toContain(flag);
  });

  it('names at once only emergencies and the flags marked to be named at once', () => {
    for (const region of atlas.regions)
      for (const flag of emergencyFlagsFor(atlas, [{ region: region.id, side: 'right' }]))
        expect(flag.urgency === 'emergency' || flag.atOnce, `${region.id}: ${flag.id}`).toBe(true);
  });
});

describe('other causes', () => {
  it('lists a cause when any one of its areas is selected, and only then', () => {
    for (const region of atlas.regions) {
      const listed = ids(otherCausesFor(atlas, [{ region: region.id, side: 'right' }]));
      const expected = atlas.otherCauses.filter((c) => c.regions.includes(region.id));
      expect(listed, region.id).toEqual(ids(expected));
    }
  });

  it('lists each cause once however many of its areas are selected', () => {
    const areas = atlas.regions.map((r) => ({ region: r.id, side: 'left' as const }));
    const causes = otherCausesFor(atlas, areas);
    expect(new Set(causes.map((c) => c.id)).size).toBe(causes.length);
    expect(causes.length).toBe(atlas.otherCauses.length);
  });
});
