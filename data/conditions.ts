import type { RegionId } from '../src/domain/regions.ts';

/**
 * What people call their pain when they search ("migraine", "TMJ", "runner's knee"), as the
 * areas where it is felt. Searching one selects those areas, and the ranking then lists the
 * muscles whose patterns reach them: the name of a condition never decides the muscle by
 * itself, and never says the pain is muscular (the warnings and other causes of those areas
 * show with the results). Words (name, other names) are in the catalogue: search.json,
 * `conditions`.
 */
export interface EverydayCondition {
  id: string;
  regions: readonly RegionId[];
}

export const EVERYDAY_CONDITIONS: readonly EverydayCondition[] = [
  { id: 'migraine', regions: ['temple', 'forehead', 'eye'] },
  { id: 'tension-headache', regions: ['forehead', 'temple', 'occiput'] },
  { id: 'cluster-headache', regions: ['eye', 'temple'] },
  { id: 'sinus-pain', regions: ['cheek', 'forehead'] },
  { id: 'earache', regions: ['ear'] },
  { id: 'tmj', regions: ['jaw', 'ear', 'cheek'] },
  { id: 'whiplash', regions: ['neck-back', 'neck-side', 'occiput', 'shoulder-top'] },
  { id: 'stiff-neck', regions: ['neck-side', 'neck-back'] },
  { id: 'thoracic-outlet', regions: ['chest', 'upper-arm-front', 'forearm-front', 'fingers'] },
  { id: 'rotator-cuff', regions: ['shoulder-side', 'shoulder-front'] },
  { id: 'frozen-shoulder', regions: ['shoulder-front', 'shoulder-side', 'shoulder-back'] },
  { id: 'upper-back-pain', regions: ['between-shoulder-blades', 'mid-back'] },
  { id: 'chest-pain', regions: ['chest', 'sternum'] },
  { id: 'side-stitch', regions: ['side-ribs', 'upper-abdomen'] },
  { id: 'tennis-elbow', regions: ['elbow-outer', 'forearm-back'] },
  { id: 'golfers-elbow', regions: ['elbow-inner', 'forearm-front'] },
  { id: 'carpal-tunnel', regions: ['wrist-front', 'palm', 'thumb', 'fingers'] },
  { id: 'repetitive-strain', regions: ['forearm-front', 'forearm-back', 'wrist-front'] },
  { id: 'trigger-finger', regions: ['palm', 'fingers'] },
  { id: 'thumb-pain', regions: ['thumb'] },
  { id: 'period-pain', regions: ['lower-abdomen', 'low-back'] },
  { id: 'lumbago', regions: ['low-back', 'sacrum'] },
  { id: 'sciatica', regions: ['buttock', 'thigh-back', 'calf', 'outer-lower-leg'] },
  { id: 'piriformis-syndrome', regions: ['buttock', 'thigh-back'] },
  { id: 'tailbone-pain', regions: ['tailbone'] },
  { id: 'pelvic-pain', regions: ['pelvic-floor', 'lower-abdomen'] },
  { id: 'hip-bursitis', regions: ['hip-side', 'thigh-outer'] },
  { id: 'groin-strain', regions: ['groin', 'thigh-inner'] },
  { id: 'hamstring-strain', regions: ['thigh-back'] },
  { id: 'it-band', regions: ['thigh-outer', 'knee-outer'] },
  { id: 'runners-knee', regions: ['knee-front'] },
  { id: 'shin-splints', regions: ['shin'] },
  { id: 'calf-cramp', regions: ['calf'] },
  { id: 'achilles', regions: ['achilles', 'heel'] },
  { id: 'plantar-fasciitis', regions: ['heel', 'sole'] },
  { id: 'bunion', regions: ['foot-inner', 'toes'] },
  { id: 'sprained-ankle', regions: ['ankle-outer', 'ankle-front'] },
];
