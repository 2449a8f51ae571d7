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

/** A region's facts: the same in every language. */
export interface RegionFacts {
  id: RegionId;
  group: RegionGroup;
}

/** A region with its words in one language. */
export interface Region extends RegionFacts {
  /** Everyday name, lower case, without a side: "temple", "outer elbow". */
  label: string;
  /** Where it is, in plain words. */
  description: string;
  /** Other words people use for it, for search ("TMJ", "crown"). */
  synonyms: readonly string[];
}

const GROUP_OF: Record<RegionId, RegionGroup> = {
  'head-vertex': 'head-face',
  forehead: 'head-face',
  temple: 'head-face',
  occiput: 'head-face',
  eye: 'head-face',
  ear: 'head-face',
  cheek: 'head-face',
  jaw: 'head-face',
  teeth: 'head-face',
  throat: 'neck',
  'neck-side': 'neck',
  'neck-back': 'neck',
  'shoulder-top': 'shoulder-upper-back',
  'shoulder-front': 'shoulder-upper-back',
  'shoulder-side': 'shoulder-upper-back',
  'shoulder-back': 'shoulder-upper-back',
  'shoulder-blade': 'shoulder-upper-back',
  'between-shoulder-blades': 'shoulder-upper-back',
  'mid-back': 'shoulder-upper-back',
  chest: 'chest-abdomen',
  sternum: 'chest-abdomen',
  'side-ribs': 'chest-abdomen',
  'upper-abdomen': 'chest-abdomen',
  'lower-abdomen': 'chest-abdomen',
  'upper-arm-front': 'arm-hand',
  'upper-arm-back': 'arm-hand',
  'elbow-outer': 'arm-hand',
  'elbow-inner': 'arm-hand',
  'elbow-back': 'arm-hand',
  'forearm-back': 'arm-hand',
  'forearm-front': 'arm-hand',
  'wrist-back': 'arm-hand',
  'wrist-front': 'arm-hand',
  'hand-back': 'arm-hand',
  palm: 'arm-hand',
  thumb: 'arm-hand',
  fingers: 'arm-hand',
  'low-back': 'low-back-pelvis',
  sacrum: 'low-back-pelvis',
  tailbone: 'low-back-pelvis',
  buttock: 'low-back-pelvis',
  'hip-side': 'low-back-pelvis',
  groin: 'low-back-pelvis',
  'thigh-front': 'thigh-knee',
  'thigh-outer': 'thigh-knee',
  'thigh-inner': 'thigh-knee',
  'thigh-back': 'thigh-knee',
  'knee-front': 'thigh-knee',
  'knee-inner': 'thigh-knee',
  'knee-outer': 'thigh-knee',
  'knee-back': 'thigh-knee',
  shin: 'lower-leg-foot',
  'outer-lower-leg': 'lower-leg-foot',
  calf: 'lower-leg-foot',
  'ankle-front': 'lower-leg-foot',
  'ankle-outer': 'lower-leg-foot',
  'ankle-inner': 'lower-leg-foot',
  heel: 'lower-leg-foot',
  sole: 'lower-leg-foot',
  'top-of-foot': 'lower-leg-foot',
  toes: 'lower-leg-foot',
  armpit: 'shoulder-upper-back',
  'elbow-front': 'arm-hand',
  achilles: 'lower-leg-foot',
  'foot-outer': 'lower-leg-foot',
  'foot-inner': 'lower-leg-foot',
  'pelvic-floor': 'low-back-pelvis',
};

/** The regions' facts, in the vocabulary's order. Their words are in the message catalogues. */
export const REGIONS: readonly RegionFacts[] = REGION_IDS.map((id) => ({
  id,
  group: GROUP_OF[id],
}));

const IDS = new Set<string>(REGION_IDS);

export function isRegionId(value: string): value is RegionId {
  return IDS.has(value);
}

export function isSide(value: string): value is Side {
  return value === 'left' || value === 'right';
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
