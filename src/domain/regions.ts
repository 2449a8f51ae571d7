/**
 * The pain-region vocabulary: a public contract shared by the dataset, the body model, the URL
 * and saved data. Ids are stable; never rename one. Every region has a left and a right half;
 * `side` is always the person's own side, never the viewer's.
 */

export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];

export const REGION_GROUPS = [
  'head-face',
  'neck',
  'shoulder-upper-back',
  'chest-abdomen',
  'arm-hand',
  'low-back-pelvis',
  'thigh-knee',
  'lower-leg-foot',
] as const;
export type RegionGroup = (typeof REGION_GROUPS)[number];

export const REGION_GROUP_LABELS: Record<RegionGroup, string> = {
  'head-face': 'Head & face',
  neck: 'Neck',
  'shoulder-upper-back': 'Shoulder & upper back',
  'chest-abdomen': 'Chest & abdomen',
  'arm-hand': 'Arm & hand',
  'low-back-pelvis': 'Low back & pelvis',
  'thigh-knee': 'Thigh & knee',
  'lower-leg-foot': 'Lower leg & foot',
};

/** The 67 region ids, in the order of the vocabulary table. The order is part of the body model's
 * encoding (see `regionCode`), so append only: the last six were added after the first 61. */
export const REGION_IDS = [
  'head-vertex',
  'forehead',
  'temple',
  'occiput',
  'eye',
  'ear',
  'cheek',
  'jaw',
  'teeth',
  'throat',
  'neck-side',
  'neck-back',
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
  'upper-abdomen',
  'lower-abdomen',
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
  'armpit',
  'elbow-front',
  'achilles',
  'foot-outer',
  'foot-inner',
  'pelvic-floor',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** One half of a region: what a click on the body resolves to. */
export interface BodyArea {
  region: RegionId;
  side: Side;
}

export interface Region {
  id: RegionId;
  group: RegionGroup;
  /** Everyday name, lower case, without a side: "temple", "outer elbow". */
  label: string;
  /** Where it is, in plain words (from the vocabulary table). */
  description: string;
  /** Other words people use for it, for search ("TMJ", "crown"). */
  synonyms: readonly string[];
}

type RegionRow = [RegionGroup, string, string, readonly string[]];

const TABLE: Record<RegionId, RegionRow> = {
  'head-vertex': ['head-face', 'top of head', 'top of the head (crown)', ['crown', 'vertex']],
  forehead: ['head-face', 'forehead', 'forehead, above the eyebrows', ['brow', 'frontal']],
  temple: ['head-face', 'temple', 'side of the head above and in front of the ear', ['temporal']],
  occiput: [
    'head-face',
    'back of head',
    'back of the head, down to the base of the skull',
    ['occipital', 'base of skull'],
  ],
  eye: [
    'head-face',
    'eye',
    'in, over and behind the eye, eyebrow',
    ['eyebrow', 'behind the eye', 'orbit'],
  ],
  ear: [
    'head-face',
    'ear',
    'the ear and just around it, including behind the ear (mastoid)',
    ['earache', 'mastoid'],
  ],
  cheek: [
    'head-face',
    'cheek',
    'cheek and cheekbone, over the maxillary sinus',
    ['cheekbone', 'sinus', 'face'],
  ],
  jaw: [
    'head-face',
    'jaw',
    'jaw joint (TMJ) and the jaw from the angle to the chin',
    ['TMJ', 'jaw joint', 'chin', 'mandible'],
  ],
  teeth: [
    'head-face',
    'teeth',
    'upper and lower teeth (picked on the mouth area)',
    ['toothache', 'mouth', 'molars'],
  ],
  throat: ['neck', 'front of neck', 'front of the neck', ['throat', 'anterior neck']],
  'neck-side': ['neck', 'side of neck', 'side of the neck', ['lateral neck']],
  'neck-back': [
    'neck',
    'back of neck',
    'back of the neck, base of skull to C7',
    ['nape', 'posterior neck', 'stiff neck'],
  ],
  'shoulder-top': [
    'shoulder-upper-back',
    'top of shoulder',
    'top of the shoulder, the ridge from neck to acromion',
    ['upper trap area'],
  ],
  'shoulder-front': [
    'shoulder-upper-back',
    'front of shoulder',
    'front of the shoulder joint',
    ['anterior shoulder'],
  ],
  'shoulder-side': [
    'shoulder-upper-back',
    'outer shoulder',
    'outside of the shoulder over the middle deltoid',
    ['side of shoulder', 'deltoid'],
  ],
  'shoulder-back': [
    'shoulder-upper-back',
    'back of shoulder',
    'back of the shoulder joint, posterior deltoid',
    ['posterior shoulder'],
  ],
  'shoulder-blade': [
    'shoulder-upper-back',
    'shoulder blade',
    'over the shoulder blade (scapula)',
    ['scapula'],
  ],
  'between-shoulder-blades': [
    'shoulder-upper-back',
    'between shoulder blades',
    'between the spine and the inner border of the shoulder blade',
    ['upper back', 'interscapular'],
  ],
  'mid-back': [
    'shoulder-upper-back',
    'mid back',
    'back below the shoulder blades, down to the last rib',
    ['thoracic', 'middle back'],
  ],
  chest: [
    'chest-abdomen',
    'chest',
    'front of the chest over the pectoral muscles',
    ['pectoral', 'breast'],
  ],
  sternum: ['chest-abdomen', 'breastbone', 'over the breastbone', ['sternum', 'centre of chest']],
  'side-ribs': [
    'chest-abdomen',
    'side of ribs',
    'side of the chest, under the armpit over the ribs',
    ['ribs', 'side of chest', 'flank'],
  ],
  'upper-abdomen': [
    'chest-abdomen',
    'upper abdomen',
    'abdomen above the navel',
    ['stomach', 'upper belly'],
  ],
  'lower-abdomen': [
    'chest-abdomen',
    'lower abdomen',
    'abdomen below the navel, down to the pubic bone',
    ['lower belly', 'pelvic'],
  ],
  'upper-arm-front': [
    'arm-hand',
    'front of upper arm',
    'front of the upper arm (biceps)',
    ['biceps'],
  ],
  'upper-arm-back': [
    'arm-hand',
    'back of upper arm',
    'back of the upper arm (triceps)',
    ['triceps'],
  ],
  'elbow-outer': [
    'arm-hand',
    'outer elbow',
    'outer (lateral) elbow, lateral epicondyle',
    ['tennis elbow', 'lateral elbow'],
  ],
  'elbow-inner': [
    'arm-hand',
    'inner elbow',
    'inner (medial) elbow, medial epicondyle',
    ["golfer's elbow", 'medial elbow'],
  ],
  'elbow-back': [
    'arm-hand',
    'point of elbow',
    'point of the elbow (olecranon)',
    ['olecranon', 'back of elbow'],
  ],
  'forearm-back': [
    'arm-hand',
    'back of forearm',
    'back (dorsal, extensor side) of the forearm',
    ['outer forearm'],
  ],
  'forearm-front': [
    'arm-hand',
    'front of forearm',
    'front (palm side, flexor side) of the forearm',
    ['inner forearm'],
  ],
  'wrist-back': ['arm-hand', 'back of wrist', 'back of the wrist', []],
  'wrist-front': ['arm-hand', 'palm side of wrist', 'palm side of the wrist', ['carpal tunnel']],
  'hand-back': ['arm-hand', 'back of hand', 'back of the hand', []],
  palm: ['arm-hand', 'palm', 'palm of the hand', []],
  thumb: [
    'arm-hand',
    'thumb',
    'thumb and its base, web of the thumb',
    ['base of thumb', 'thumb web'],
  ],
  fingers: ['arm-hand', 'fingers', 'the four fingers', ['finger']],
  'low-back': [
    'low-back-pelvis',
    'low back',
    'lumbar area, last rib to the top of the pelvis',
    ['lumbar', 'lower back', 'backache'],
  ],
  sacrum: [
    'low-back-pelvis',
    'sacrum',
    'sacrum and sacroiliac joint area',
    ['SI joint', 'sacroiliac'],
  ],
  tailbone: ['low-back-pelvis', 'tailbone', 'coccyx', ['coccyx']],
  buttock: ['low-back-pelvis', 'buttock', 'buttock (gluteal area)', ['glutes', 'bottom', 'seat']],
  'hip-side': [
    'low-back-pelvis',
    'outer hip',
    'outside of the hip over the greater trochanter',
    ['side of hip', 'trochanter'],
  ],
  groin: ['low-back-pelvis', 'groin', 'groin and inguinal crease', ['inguinal']],
  'thigh-front': ['thigh-knee', 'front of thigh', 'front of the thigh', ['quads']],
  'thigh-outer': [
    'thigh-knee',
    'outer thigh',
    'outside of the thigh',
    ['IT band', 'side of thigh'],
  ],
  'thigh-inner': ['thigh-knee', 'inner thigh', 'inside of the thigh', ['adductors']],
  'thigh-back': ['thigh-knee', 'back of thigh', 'back of the thigh', ['hamstrings']],
  'knee-front': [
    'thigh-knee',
    'front of knee',
    'kneecap and just around it',
    ['kneecap', 'patella'],
  ],
  'knee-inner': ['thigh-knee', 'inner knee', 'inner side of the knee', ['medial knee']],
  'knee-outer': ['thigh-knee', 'outer knee', 'outer side of the knee', ['lateral knee']],
  'knee-back': ['thigh-knee', 'back of knee', 'back of the knee (popliteal fossa)', ['popliteal']],
  shin: ['lower-leg-foot', 'shin', 'front of the lower leg', ['shin splints']],
  'outer-lower-leg': [
    'lower-leg-foot',
    'outer lower leg',
    'outside of the lower leg',
    ['outer calf', 'side of leg'],
  ],
  calf: ['lower-leg-foot', 'calf', 'back of the lower leg', ['calves']],
  'ankle-front': ['lower-leg-foot', 'front of ankle', 'front of the ankle', []],
  'ankle-outer': [
    'lower-leg-foot',
    'outer ankle',
    'outer ankle, lateral malleolus',
    ['lateral ankle'],
  ],
  'ankle-inner': [
    'lower-leg-foot',
    'inner ankle',
    'inner ankle, medial malleolus',
    ['medial ankle'],
  ],
  heel: ['lower-leg-foot', 'heel', 'heel', ['heel pain']],
  sole: [
    'lower-leg-foot',
    'sole',
    'sole and arch of the foot',
    ['arch', 'bottom of foot', 'plantar'],
  ],
  'top-of-foot': ['lower-leg-foot', 'top of foot', 'top (dorsum) of the foot', ['instep']],
  toes: ['lower-leg-foot', 'toes', 'toes, including the big toe', ['big toe', 'toe']],
  armpit: [
    'shoulder-upper-back',
    'armpit',
    'the armpit (axilla), between the chest wall and the upper arm',
    ['axilla', 'underarm', 'axillary'],
  ],
  'elbow-front': [
    'arm-hand',
    'front of elbow',
    'the crease at the front of the elbow (antecubital fossa)',
    ['crook of the elbow', 'inside of the elbow bend', 'antecubital', 'elbow crease'],
  ],
  achilles: [
    'lower-leg-foot',
    'back of ankle',
    'the back of the ankle and the Achilles tendon, above the heel',
    ['Achilles tendon', 'heel cord', 'Achilles'],
  ],
  'foot-outer': [
    'lower-leg-foot',
    'outer edge of foot',
    'the outer edge of the foot, from the heel to the little toe',
    ['side of the foot', 'little toe side', 'lateral foot'],
  ],
  'foot-inner': [
    'lower-leg-foot',
    'inner edge of foot',
    'the inner edge of the foot along the arch, from the heel to the big toe joint',
    ['inside of the foot', 'instep side', 'medial arch'],
  ],
  'pelvic-floor': [
    'low-back-pelvis',
    'pelvic floor',
    'the pelvic floor and perineum, between the legs from the tailbone to the pubic bone',
    ['perineum', 'crotch', 'perineal'],
  ],
};

export const REGIONS: readonly Region[] = REGION_IDS.map((id) => {
  const [group, label, description, synonyms] = TABLE[id];
  return { id, group, label, description, synonyms };
});

const REGION_BY_ID = new Map<string, Region>(REGIONS.map((r) => [r.id, r]));

export function isRegionId(value: string): value is RegionId {
  return REGION_BY_ID.has(value);
}

export function isSide(value: string): value is Side {
  return value === 'left' || value === 'right';
}

export function regionById(id: RegionId): Region {
  const region = REGION_BY_ID.get(id);
  if (!region) throw new Error(`Unknown region id: ${id}`);
  return region;
}

/** "Left temple": the person's side, then the region's everyday name. */
export function areaLabel(area: BodyArea): string {
  const side = area.side === 'left' ? 'Left' : 'Right';
  return `${side} ${regionById(area.region).label}`;
}

export function areaKey(area: BodyArea): string {
  return `${area.side}:${area.region}`;
}

export function sameArea(a: BodyArea, b: BodyArea): boolean {
  return a.region === b.region && a.side === b.side;
}

export function oppositeSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

/**
 * The body model stores each surface point's area as one small integer:
 * `regionIndex * 2 + (side === 'left' ? 0 : 1)`. 0..133.
 */
export function regionCode(area: BodyArea): number {
  const index = REGION_IDS.indexOf(area.region);
  if (index < 0) throw new Error(`Unknown region id: ${area.region}`);
  return index * 2 + (area.side === 'left' ? 0 : 1);
}

export const REGION_CODE_COUNT = REGION_IDS.length * 2;

/** Inverse of `regionCode`; undefined for a code outside 0..133. */
export function areaFromCode(code: number): BodyArea | undefined {
  if (!Number.isInteger(code) || code < 0 || code >= REGION_CODE_COUNT) return undefined;
  const region = REGION_IDS[code >> 1];
  if (!region) return undefined;
  return { region, side: code % 2 === 0 ? 'left' : 'right' };
}
