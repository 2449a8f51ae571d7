import { describe, expect, it } from 'vitest';
import { englishAtlas as atlas } from '../../scripts/i18n/english.ts';
import { LANDMARKS } from '../../src/domain/anatomy/landmarks.ts';
import { resolvePlacement } from '../../src/domain/anatomy/placement.ts';
import { REGION_IDS, type RegionId } from '../../src/domain/regions.ts';

const sourceIds = new Set(atlas.sources.map((s) => s.id));
const flag = (id: string) => atlas.redFlags.find((f) => f.id === id);
const caution = (id: string) => atlas.pressureCautions.find((c) => c.id === id);

describe('red flags', () => {
  it.each(atlas.redFlags.map((f) => [f.id, f] as const))(
    '%s cites clinical guidance by a known source id, with its section',
    (_id, f) => {
      expect(f.sources.length).toBeGreaterThan(0);
      for (const ref of f.sources) {
        expect(sourceIds.has(ref.source), ref.source).toBe(true);
        expect(ref.chapter.trim().length).toBeGreaterThan(3);
      }
    },
  );

  it('cite clinical guidance, never only the trigger point manuals', () => {
    const manuals = new Set([
      'travell-simons-1983-v1',
      'simons-travell-simons-1999-v1',
      'travell-simons-1992-v2',
      'davies-2013',
      'donnelly-2019',
    ]);
    for (const f of atlas.redFlags)
      expect(
        f.sources.some((ref) => !manuals.has(ref.source)),
        f.id,
      ).toBe(true);
  });

  it.each(atlas.redFlags.filter((f) => f.urgency === 'emergency').map((f) => [f.id, f] as const))(
    'emergency flag %s says exactly what to do now',
    (_id, f) => {
      expect(f.advice).toMatch(/call emergency services now|go to an emergency department now/i);
    },
  );

  it('have unique kebab-case ids and keep every id that existed before', () => {
    const ids = atlas.redFlags.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const id of [
      'heart-attack',
      'sudden-severe-headache',
      'headache-fever-stiff-neck',
      'stroke-signs',
      'temple-pain-over-50',
      'eye-emergency',
      'dental-infection',
      'injury',
      'spreading-numbness-weakness',
      'arm-circulation',
      'cauda-equina',
      'serious-back-pain',
      'leg-weakness',
      'blood-clot',
      'acute-abdomen',
      'groin-lump',
    ])
      expect(ids).toContain(id);
  });
});

describe('the heart-attack warning', () => {
  const heart = flag('heart-attack')!;
  const WHERE_IT_SPREADS: RegionId[] = [
    'chest',
    'sternum',
    'upper-arm-front',
    'upper-arm-back',
    'elbow-inner',
    'forearm-front',
    'forearm-back',
    'wrist-front',
    'palm',
    'hand-back',
    'fingers',
    'thumb',
    'neck-side',
    'throat',
    'jaw',
    'shoulder-top',
    'mid-back',
    'between-shoulder-blades',
  ];

  it.each(WHERE_IT_SPREADS)('is shown for pain in the %s (either side)', (region) => {
    expect(heart.regions).toContain(region);
  });

  it('says either arm can be affected, the right and both arms as well as the left', () => {
    expect(heart.signs).toMatch(/either arm/i);
    expect(heart.signs).toMatch(/right arm/i);
    expect(heart.signs).toMatch(/both arms/i);
  });
});

/** The flags the brief requires, how urgent each is, and areas each must at least cover. */
const REQUIRED_FLAGS: [id: string, urgency: string, regions: RegionId[]][] = [
  ['aortic-dissection', 'emergency', ['chest', 'between-shoulder-blades', 'mid-back', 'low-back']],
  [
    'abdominal-aortic-aneurysm',
    'emergency',
    ['low-back', 'upper-abdomen', 'lower-abdomen', 'side-ribs'],
  ],
  ['pulmonary-embolism', 'emergency', ['chest', 'side-ribs', 'shoulder-top']],
  [
    'kidney-infection-or-stone',
    'urgent',
    ['side-ribs', 'low-back', 'mid-back', 'groin', 'lower-abdomen'],
  ],
  ['testicular-torsion', 'emergency', ['groin', 'lower-abdomen', 'thigh-inner']],
  [
    'hot-swollen-joint',
    'urgent',
    [
      'knee-front',
      'knee-inner',
      'knee-outer',
      'knee-back',
      'shoulder-front',
      'shoulder-side',
      'shoulder-back',
      'hip-side',
      'groin',
      'ankle-front',
      'ankle-outer',
      'ankle-inner',
      'wrist-front',
      'wrist-back',
      'elbow-inner',
      'elbow-outer',
      'elbow-back',
    ],
  ],
  ['compartment-syndrome', 'emergency', ['shin', 'outer-lower-leg', 'calf', 'forearm-front']],
  ['acute-limb-ischaemia', 'emergency', ['calf', 'shin', 'top-of-foot', 'sole', 'toes', 'heel']],
  ['blood-clot', 'urgent', ['calf', 'knee-back', 'thigh-back', 'thigh-inner']],
  ['ankle-foot-injury', 'urgent', ['ankle-front', 'ankle-outer', 'ankle-inner', 'top-of-foot']],
  ['knee-injury', 'urgent', ['knee-front', 'knee-inner', 'knee-outer', 'knee-back']],
  ['arm-hand-injury', 'urgent', ['shoulder-front', 'elbow-outer', 'wrist-back', 'thumb']],
  ['injury', 'urgent', ['neck-back', 'mid-back', 'low-back', 'sacrum', 'hip-side', 'groin']],
  ['serious-back-pain', 'urgent', ['neck-back', 'mid-back', 'low-back']],
  ['back-pain-fever', 'urgent', ['neck-back', 'between-shoulder-blades', 'mid-back', 'low-back']],
  ['child-back-pain', 'urgent', ['mid-back', 'low-back']],
  ['child-limp', 'urgent', ['hip-side', 'groin', 'thigh-front', 'knee-front', 'knee-inner']],
  ['pregnancy-belly-pain', 'emergency', ['lower-abdomen', 'upper-abdomen', 'groin']],
  ['pre-eclampsia', 'emergency', ['head-vertex', 'forehead', 'temple', 'eye', 'upper-abdomen']],
  ['cauda-equina', 'emergency', ['low-back', 'buttock', 'thigh-inner']],
];

describe('the required red flags', () => {
  it.each(REQUIRED_FLAGS)('%s exists as %s and covers its areas', (id, urgency, regions) => {
    const f = flag(id);
    expect(f, id).toBeDefined();
    expect(f!.urgency).toBe(urgency);
    for (const region of regions) expect(f!.regions, `${id}: ${region}`).toContain(region);
  });

  /** Every joint has an injury warning (a fall or twist, swelling, cannot use it, deformity). */
  const JOINTS: RegionId[] = [
    'neck-back',
    'shoulder-top',
    'shoulder-front',
    'shoulder-side',
    'shoulder-back',
    'elbow-outer',
    'elbow-inner',
    'elbow-back',
    'wrist-front',
    'wrist-back',
    'hand-back',
    'palm',
    'thumb',
    'fingers',
    'low-back',
    'sacrum',
    'hip-side',
    'groin',
    'knee-front',
    'knee-inner',
    'knee-outer',
    'knee-back',
    'ankle-front',
    'ankle-outer',
    'ankle-inner',
    'achilles',
    'heel',
    'top-of-foot',
    'foot-outer',
    'foot-inner',
    'toes',
    'armpit',
    'elbow-front',
  ];
  it.each(JOINTS)('an injury warning covers the %s', (region) => {
    const injuryFlags = atlas.redFlags.filter((f) => /injury/.test(f.id));
    expect(injuryFlags.some((f) => f.regions.includes(region))).toBe(true);
  });

  it('the ankle and knee injury warnings use the Ottawa rules', () => {
    expect(flag('ankle-foot-injury')!.signs).toMatch(/four steps/);
    expect(flag('ankle-foot-injury')!.signs).toMatch(/Ottawa/);
    expect(flag('knee-injury')!.signs).toMatch(/right angle/);
    expect(flag('knee-injury')!.signs).toMatch(/55/);
  });

  /** Every region with bone under it: skull, spine, ribs, pelvis and the limb bones. */
  const SKELETON: RegionId[] = [
    'head-vertex',
    'forehead',
    'temple',
    'occiput',
    'cheek',
    'jaw',
    'neck-back',
    'neck-side',
    'shoulder-top',
    'shoulder-front',
    'shoulder-side',
    'shoulder-back',
    'shoulder-blade',
    'between-shoulder-blades',
    'mid-back',
    'chest',
    'sternum',
    'side-ribs',
    'upper-arm-front',
    'upper-arm-back',
    'elbow-outer',
    'elbow-inner',
    'elbow-back',
    'forearm-back',
    'forearm-front',
    'wrist-back',
    'wrist-front',
    'hand-back',
    'palm',
    'thumb',
    'fingers',
    'low-back',
    'sacrum',
    'tailbone',
    'buttock',
    'hip-side',
    'groin',
    'thigh-front',
    'thigh-outer',
    'thigh-inner',
    'thigh-back',
    'knee-front',
    'knee-inner',
    'knee-outer',
    'knee-back',
    'shin',
    'outer-lower-leg',
    'calf',
    'ankle-front',
    'ankle-outer',
    'ankle-inner',
    'heel',
    'sole',
    'top-of-foot',
    'toes',
  ];
  it.each(SKELETON)('the cancer and bone pain warning covers the %s', (region) => {
    expect(flag('cancer-bone-pain')!.regions).toContain(region);
  });
});

/** A flag that covers most of the body (the bone-pain one) says nothing special about an area. */
const isBodyWide = (f: (typeof atlas.redFlags)[number]) => f.regions.length > REGION_IDS.length / 2;

describe('red flags for every area', () => {
  it.each(REGION_IDS)('the %s has a warning of its own, beyond the body-wide ones', (region) => {
    const own = atlas.redFlags.filter((f) => !isBodyWide(f) && f.regions.includes(region));
    expect(own.map((f) => f.id)).not.toEqual([]);
  });

  /** What each area must warn about: the newest areas, and those that had one warning only. */
  const AREA_FLAGS: [region: RegionId, flags: string[]][] = [
    ['armpit', ['lump-or-swollen-glands', 'heart-attack', 'arm-hand-injury', 'arm-circulation']],
    ['elbow-front', ['arm-hand-injury', 'hot-swollen-joint', 'heart-attack', 'arm-circulation']],
    ['achilles', ['achilles-rupture', 'blood-clot', 'ankle-foot-injury', 'diabetic-foot']],
    ['foot-outer', ['hot-swollen-joint', 'diabetic-foot', 'ankle-foot-injury']],
    ['foot-inner', ['hot-swollen-joint', 'diabetic-foot', 'ankle-foot-injury']],
    ['pelvic-floor', ['cauda-equina', 'pelvic-infection-or-bleeding', 'testicular-torsion']],
    ['heel', ['achilles-rupture', 'diabetic-foot', 'ankle-foot-injury']],
    ['sole', ['diabetic-foot']],
    ['toes', ['diabetic-foot', 'hot-swollen-joint']],
    ['throat', ['throat-emergency', 'lump-or-swollen-glands', 'heart-attack', 'stroke-signs']],
    ['neck-side', ['lump-or-swollen-glands']],
    ['ear', ['ear-emergency', 'stroke-signs', 'dental-infection']],
    ['shoulder-blade', ['heart-attack']],
  ];
  it.each(AREA_FLAGS)('the %s warns about %j', (region, ids) => {
    const shown = atlas.redFlags.filter((f) => f.regions.includes(region)).map((f) => f.id);
    for (const id of ids) expect(shown, `${region}: ${id}`).toContain(id);
  });

  it('the pelvic floor names saddle numbness and bladder or bowel changes as an emergency', () => {
    const f = flag('cauda-equina')!;
    expect(f.urgency).toBe('emergency');
    expect(f.signs).toMatch(/saddle/);
    expect(f.signs).toMatch(/urine/);
    expect(f.signs).toMatch(/bowel/);
  });

  it('the Achilles warning names the snap, the kick and not being able to push off', () => {
    const f = flag('achilles-rupture')!;
    expect(f.signs).toMatch(/snap/);
    expect(f.signs).toMatch(/kicked/);
    expect(f.signs).toMatch(/push off/);
    expect(f.signs).toMatch(/tiptoe/);
    expect(f.advice).toMatch(/today/);
  });

  it('the diabetic foot warning names a wound that will not heal and a hot, swollen foot', () => {
    const f = flag('diabetic-foot')!;
    expect(f.signs).toMatch(/diabetes/);
    expect(f.signs).toMatch(/ulcer/);
    expect(f.signs).toMatch(/hot/);
    expect(f.advice).toMatch(/today/);
  });

  it('the lump warning names a hard lump, swollen glands and the breast', () => {
    const f = flag('lump-or-swollen-glands')!;
    for (const word of [/hard/, /swollen glands/, /breast/, /three weeks/])
      expect(f.signs).toMatch(word);
  });

  it('the muscles that share the new areas carry their warnings wherever you press', () => {
    for (const [id, flagId] of [
      ['soleus', 'achilles-rupture'],
      ['gastrocnemius', 'achilles-rupture'],
      ['levator-ani', 'pelvic-infection-or-bleeding'],
      ['coccygeus', 'pelvic-infection-or-bleeding'],
      ['obturator-internus', 'pelvic-infection-or-bleeding'],
      ['pectoralis-major', 'lump-or-swollen-glands'],
    ] as const)
      expect(atlas.muscles.find((m) => m.id === id)!.redFlags, id).toContain(flagId);
  });
});

/** The pressure cautions the brief requires, and pressing sites each must at least cover. */
const REQUIRED_CAUTIONS: [id: string, regions: RegionId[] | 'everywhere'][] = [
  ['blood-thinners', 'everywhere'],
  ['bleeding-disorder', 'everywhere'],
  ['past-blood-clot', ['calf', 'achilles', 'knee-back', 'thigh-back', 'thigh-inner', 'groin']],
  ['varicose-veins', ['calf', 'knee-back', 'thigh-inner']],
  [
    'thin-bones',
    [
      'chest',
      'sternum',
      'side-ribs',
      'between-shoulder-blades',
      'mid-back',
      'low-back',
      'buttock',
      'hip-side',
      'pelvic-floor',
    ],
  ],
  ['pregnancy', 'everywhere'],
  ['recent-surgery-or-injury', 'everywhere'],
  ['cancer-near-site', 'everywhere'],
  ['reduced-feeling', 'everywhere'],
  ['broken-or-inflamed-skin', 'everywhere'],
];

describe('pressure cautions', () => {
  it.each(atlas.pressureCautions.map((c) => [c.id, c] as const))(
    '%s cites a known source with its section',
    (_id, c) => {
      expect(c.sources.length).toBeGreaterThan(0);
      for (const ref of c.sources) {
        expect(sourceIds.has(ref.source), ref.source).toBe(true);
        expect(ref.chapter.trim().length).toBeGreaterThan(3);
      }
    },
  );

  it.each(REQUIRED_CAUTIONS)('%s exists and applies where it must', (id, regions) => {
    const c = caution(id);
    expect(c, id).toBeDefined();
    if (regions === 'everywhere') expect(c!.regions).toBeUndefined();
    else for (const region of regions) expect(c!.regions, `${id}: ${region}`).toContain(region);
  });

  it('name a clotting disorder that makes clots more likely, and one where blood does not clot', () => {
    expect(caution('past-blood-clot')!.condition).toMatch(/clotting disorder/);
    expect(caution('bleeding-disorder')!.condition).toMatch(/does not clot/);
  });

  it('tell people with thin bones about the pelvis and sitting on a ball, too', () => {
    expect(caution('thin-bones')!.advice).toMatch(/pelvis/);
    expect(caution('thin-bones')!.advice).toMatch(/sit bones/);
  });

  it('tell people on blood thinners to keep to light pressure', () => {
    expect(caution('blood-thinners')!.advice).toMatch(/light pressure/i);
  });

  it('tell people with thin bones never to lean their weight on a ball over ribs or spine', () => {
    expect(caution('thin-bones')!.advice).toMatch(/ball/);
    expect(caution('thin-bones')!.advice).toMatch(/ribs/);
    expect(caution('thin-bones')!.advice).toMatch(/spine/);
  });

  it('tell pregnant people about the belly, lying positions, the calves and the midwife', () => {
    const advice = caution('pregnancy')!.advice;
    for (const word of [/belly/, /back/, /side/, /calves/, /midwife/]) expect(advice).toMatch(word);
  });
});

const muscle = (id: string) => {
  const m = atlas.muscles.find((x) => x.id === id);
  if (!m) throw new Error(`no muscle ${id}`);
  return m;
};
const pressingText = (id: string) => {
  const p = muscle(id).pressure;
  return p ? [p.position, p.direction, ...p.steps, ...p.stopIf].join(' ') : '';
};

describe('muscle red flags', () => {
  const CALF_MUSCLES = [
    'gastrocnemius',
    'soleus',
    'plantaris',
    'popliteus',
    'tibialis-posterior',
    'flexor-digitorum-longus',
    'flexor-hallucis-longus',
  ];
  it.each(CALF_MUSCLES)('%s carries the blood-clot warning', (id) => {
    expect(muscle(id).redFlags).toContain('blood-clot');
  });

  /** Muscles whose serious precautions point to a red flag, and the flag. */
  const LINKS: [muscle: string, flag: string][] = [
    ['pectoralis-major', 'heart-attack'],
    ['pectoralis-minor', 'heart-attack'],
    ['sternalis', 'heart-attack'],
    ['serratus-anterior', 'heart-attack'],
    ['serratus-anterior', 'pulmonary-embolism'],
    ['subclavius', 'heart-attack'],
    ['rhomboids', 'aortic-dissection'],
    ['rectus-abdominis', 'acute-abdomen'],
    ['rectus-abdominis', 'abdominal-aortic-aneurysm'],
    ['external-oblique', 'acute-abdomen'],
    ['internal-oblique', 'abdominal-aortic-aneurysm'],
    ['transversus-abdominis', 'abdominal-aortic-aneurysm'],
    ['iliopsoas', 'acute-abdomen'],
    ['iliopsoas', 'abdominal-aortic-aneurysm'],
    ['diaphragm', 'acute-abdomen'],
    ['diaphragm', 'abdominal-aortic-aneurysm'],
    ['quadratus-lumborum', 'kidney-infection-or-stone'],
    ['temporalis', 'temple-pain-over-50'],
    ['masseter', 'temple-pain-over-50'],
    ['sternocleidomastoid', 'stroke-signs'],
    ['longus-colli', 'stroke-signs'],
    ['digastric', 'stroke-signs'],
    ['piriformis', 'cauda-equina'],
    ['short-lateral-rotators', 'cauda-equina'],
    ['tibialis-anterior', 'compartment-syndrome'],
    ['fibularis-longus', 'compartment-syndrome'],
    ['intercostals', 'heart-attack'],
    ['intercostals', 'pulmonary-embolism'],
    ['intercostals', 'injury'],
    ['pyramidalis', 'acute-abdomen'],
    ['scalenus-minimus', 'spreading-numbness-weakness'],
    ['scalenus-minimus', 'arm-circulation'],
    ['bulbospongiosus', 'cauda-equina'],
    ['bulbospongiosus', 'testicular-torsion'],
    ['ischiocavernosus', 'cauda-equina'],
    ['ischiocavernosus', 'testicular-torsion'],
    ['sphincter-ani', 'cauda-equina'],
  ];
  it.each(LINKS)('%s carries the %s warning', (id, flagId) => {
    expect(muscle(id).redFlags).toContain(flagId);
  });

  it('call new trouble holding urine or stool an emergency in every precaution, as the flag does', () => {
    for (const m of atlas.muscles)
      for (const sentence of m.precautions.flatMap((p) => p.split(/(?<=\.) /)))
        if (/trouble (?:holding|passing|controlling)[^.]*urine or stool/.test(sentence))
          expect(sentence, m.id).toMatch(/emergency/);
  });

  it('link only to red flags that exist', () => {
    const ids = new Set(atlas.redFlags.map((f) => f.id));
    for (const m of atlas.muscles)
      for (const id of m.redFlags ?? []) expect(ids.has(id), `${m.id}: ${id}`).toBe(true);
  });
});

describe('longus colli', () => {
  const m = muscle('longus-colli');

  it('has no self-pressure steps', () => {
    expect(m.pressure).toBeUndefined();
  });

  it('says why it is for a therapist only: the windpipe, the carotid artery and the nerves', () => {
    expect(m.therapistOnly).toMatch(/windpipe/);
    expect(m.therapistOnly).toMatch(/carotid artery/);
    expect(m.therapistOnly).toMatch(/nerves/);
    expect(m.therapistOnly).toMatch(/therapist/);
  });

  it('keeps its stretch lying down with the head supported, and stops at dizziness', () => {
    expect(m.stretch.position).toMatch(/Lying on your back/);
    expect(m.stretch.steps.join(' ')).toMatch(/head resting/);
    expect(m.stretch.avoid.join(' ')).toMatch(/dizzy/);
  });
});

/** Muscles only a trained professional should press, and what their reason must name. */
const THERAPIST_ONLY: [muscle: string, mustSay: RegExp[]][] = [
  ['scalenus-minimus', [/nerves/, /artery/, /lung/]],
  ['bulbospongiosus', [/genitals/, /consent/]],
  ['ischiocavernosus', [/genitals/, /consent/, /nerve/]],
  ['sphincter-ani', [/back passage/, /consent/]],
];

describe('muscles for a therapist only', () => {
  it.each(THERAPIST_ONLY)('%s gives no self-pressure steps and says why', (id, mustSay) => {
    const m = muscle(id);
    expect(m.pressure).toBeUndefined();
    expect(m.therapistOnly).toMatch(/trained/);
    for (const re of mustSay) expect(m.therapistOnly, `${id}: ${re}`).toMatch(re);
  });

  it.each(['bulbospongiosus', 'ischiocavernosus', 'sphincter-ani'])(
    '%s tells you never to press it yourself, inside or out',
    (id) => {
      expect(muscle(id).precautions.join(' ')).toMatch(/Do not press on this muscle yourself/);
      expect(muscle(id).precautions.join(' ')).toMatch(/never put anything into/);
    },
  );
});

describe('pectineus', () => {
  const m = muscle('pectineus');
  const tp = m.triggerPoints[0]!;

  it('is found beside the adductor longus tendon, not in the groin crease by the pulse', () => {
    expect(tp.location).toMatch(/adductor longus/);
    expect(tp.location).toMatch(/cord/);
    expect(tp.location).not.toMatch(/inside the pulse/);
  });

  it('is placed close to the pubic tubercle, well inside the mid-inguinal point', () => {
    const point = resolvePlacement(tp.placement, 'left').point;
    const [asis, symphysis, tubercle] = [
      LANDMARKS.asis,
      LANDMARKS['pubic-symphysis'],
      LANDMARKS['pubic-tubercle'],
    ];
    const midInguinal = (asis[0] + symphysis[0]) / 2;
    expect(midInguinal - point[0]).toBeGreaterThanOrEqual(0.02);
    expect(Math.abs(point[0] - tubercle[0])).toBeLessThanOrEqual(0.015);
    expect(tp.region).toBe('groin');
  });

  it('has you find the tendon first and keep away from the crease and any pulse', () => {
    const steps = m.pressure!.steps.join(' ');
    expect(steps).toMatch(/cord/);
    expect(steps).toMatch(/crease/);
    expect(steps).toMatch(/pulse/);
    expect(steps).not.toMatch(/feel for the pulse of the big artery/);
  });

  it('says the vein beside the pulse has no beat, so you stay well in from any pulse', () => {
    const text = [...m.pressure!.steps, ...m.precautions].join(' ');
    expect(text).toMatch(/vein/);
    expect(text).toMatch(/finger-width or more in from any pulse/);
    expect(tp.location).toMatch(/well in from the groin crease/);
  });

  it('warns about a past blood clot and varicose veins', () => {
    expect(m.precautions.join(' ')).toMatch(/blood clot/);
    expect(m.precautions.join(' ')).toMatch(/varicose veins/);
  });
});

/**
 * Danger zones: each self-pressure technique near one says, in its own steps, where to keep off.
 * [muscle, what its pressing text must say]
 */
const KEEP_OFF: [muscle: string, mustSay: RegExp[]][] = [
  ['temporalis', [/temple artery/, /never on it/]],
  ['sternocleidomastoid', [/carotid artery/, /pulse/]],
  ['scalenes', [/behind the cord/, /hollow just behind the collarbone/]],
  ['digastric', [/pulse/, /hyoid/]],
  ['platysma', [/never press into the neck/]],
  ['medial-pterygoid', [/pulse/]],
  ['levator-scapulae', [/hollow over the collarbone/]],
  ['splenius-cervicis', [/hollow over the collarbone/]],
  ['subscapularis', [/top of the armpit/]],
  ['latissimus-dorsi', [/hollow of the armpit/]],
  ['teres-minor', [/hollow of the armpit/]],
  ['teres-major', [/hollow of the armpit/]],
  ['coracobrachialis', [/groove/, /pulse/]],
  ['pectoralis-minor', [/main artery of the arm/]],
  ['subclavius', [/hollow behind the collarbone/]],
  ['biceps-brachii', [/groove/]],
  ['pronator-teres', [/main artery of the arm/]],
  ['rectus-abdominis', [/middle line/, /aorta/]],
  ['iliopsoas', [/aorta/, /never inward toward the pulse/]],
  ['internal-oblique', [/never press on or beyond that pulse/]],
  ['quadratus-lumborum', [/kidney/]],
  ['iliocostalis-lumborum', [/kidney/]],
  ['piriformis', [/sciatic nerve/, /notch/]],
  ['short-lateral-rotators', [/sciatic nerve/]],
  ['gluteus-maximus', [/sciatic nerve/]],
  ['sartorius', [/pulse/]],
  ['vastus-medialis', [/pulse/]],
  ['gastrocnemius', [/middle of the hollow/]],
  ['plantaris', [/common fibular nerve/, /middle of the hollow/]],
  ['popliteus', [/middle of the knee hollow/]],
  ['biceps-femoris', [/hollow at the back of the knee/]],
  ['semimembranosus', [/hollow at the back of the knee/]],
  ['semitendinosus', [/hollow at the back of the knee/]],
  ['upper-trapezius', [/hollow just above the collarbone/, /front of your neck/]],
  ['pectoralis-major', [/hollow of the armpit/]],
  ['triceps-brachii', [/groove on its inner side/, /main artery/]],
  ['flexor-carpi-radialis', [/pulse/]],
  ['flexor-pollicis-longus', [/radial artery/, /never on it/]],
  ['flexor-digitorum-superficialis', [/median nerve/]],
  ['palmaris-longus', [/median nerve/]],
  ['flexor-carpi-ulnaris', [/bony bump on the inside of the elbow/]],
  ['flexor-digitorum-profundus', [/bony bump on the inside of the elbow/]],
  ['orbicularis-oculi', [/never backward into the eye/, /eyeball/]],
  ['transversus-abdominis', [/aorta/, /feel for a pulse first/]],
  ['diaphragm', [/pulse/, /before you press/]],
  ['adductor-longus', [/pulse/]],
  ['adductor-brevis', [/pulse/]],
  ['adductor-magnus', [/pulse/]],
  ['rectus-femoris', [/pulse/]],
  ['gluteus-minimus', [/sciatic nerve/, /notch/]],
  ['fibularis-longus', [/nerve wraps round/]],
  ['extensor-hallucis-brevis', [/pulse on the top of the foot/]],
  ['foot-interossei', [/pulse on the top of the foot/]],
  ['intercostals', [/groove between two ribs/, /not on the bony spine/]],
  ['pyramidalis', [/do not push down behind the pubic bone/]],
];

/**
 * Areas over a large artery, the nerves beside it, the eye or the belly's organs. A technique
 * that presses in one of them must say in its own steps what lies there (a pulse, a hollow, the
 * eyeball), whatever muscle a new dataset adds.
 */
const DANGER_AREAS: Partial<Record<RegionId, RegExp>> = {
  throat: /pulse/,
  'neck-side': /pulse/,
  armpit: /armpit/,
  'upper-arm-front': /groove|pulse/,
  'elbow-front': /pulse/,
  'forearm-front': /pulse|nerve/,
  'wrist-front': /pulse/,
  groin: /pulse/,
  'thigh-front': /pulse/,
  'thigh-inner': /pulse/,
  'knee-back': /hollow/,
  'upper-abdomen': /pulse/,
  'lower-abdomen': /pulse/,
  eye: /eyeball|into the eye/,
  temple: /artery/,
  jaw: /pulse/,
};
const IN_DANGER_AREAS = atlas.muscles.flatMap((m) =>
  m.pressure
    ? m.triggerPoints
        .filter((tp) => DANGER_AREAS[tp.region])
        .map((tp) => [m.id, tp.id, tp.region] as const)
    : [],
);

describe('pressure steps near a danger zone', () => {
  it.each(KEEP_OFF)('%s says where to keep off', (id, mustSay) => {
    const text = pressingText(id);
    for (const re of mustSay) expect(text, `${id}: ${re}`).toMatch(re);
  });

  it.each(IN_DANGER_AREAS)('%s (%s, pressed in the %s) says what lies there', (id, _tp, region) => {
    expect(pressingText(id)).toMatch(DANGER_AREAS[region]!);
  });

  it('cover every muscle pressed in the areas the audit names', () => {
    const muscles = new Set(IN_DANGER_AREAS.map(([id]) => id));
    for (const id of [
      'pectineus',
      'popliteus',
      'orbicularis-oculi',
      'coracobrachialis',
      'sternocleidomastoid',
    ])
      expect(muscles, id).toContain(id);
  });

  it('never send you down and in toward the spine through the belly', () => {
    for (const id of ['iliopsoas', 'rectus-abdominis'])
      expect(pressingText(id), id).not.toMatch(/down and in toward the spine/);
  });
});
