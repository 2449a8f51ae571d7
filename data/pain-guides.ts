import type { PainGuide } from '../src/domain/atlas.ts';

const HEAD_NECK = {
  source: 'simons-travell-simons-1999-v1',
  chapter: 'Chapter 5, Head and Neck Pain-and-Muscle Guide',
} as const;
const UPPER_LIMB = {
  source: 'simons-travell-simons-1999-v1',
  chapter: 'Chapter 18, Upper Back, Shoulder and Arm Pain guide',
} as const;

/**
 * The manuals' pain guides: for each area, the muscles whose trigger points most often refer
 * pain there, most frequent first. Only muscles in the atlas are listed (the guides name a few
 * more); areas the guides do not cover have no entry, and the ranking then relies on the
 * referral patterns alone.
 */
export const PAIN_GUIDES: readonly PainGuide[] = [
  {
    title: 'Vertex headache',
    regions: ['head-vertex'],
    muscles: ['sternocleidomastoid', 'splenius-capitis'],
    source: HEAD_NECK,
  },
  {
    title: 'Back-of-head headache',
    regions: ['occiput'],
    muscles: [
      'upper-trapezius',
      'sternocleidomastoid',
      'semispinalis-capitis',
      'splenius-cervicis',
      'suboccipitals',
      'occipitofrontalis',
      'digastric',
      'temporalis',
    ],
    source: HEAD_NECK,
  },
  {
    title: 'Temporal headache',
    regions: ['temple'],
    muscles: [
      'upper-trapezius',
      'sternocleidomastoid',
      'temporalis',
      'splenius-cervicis',
      'suboccipitals',
      'semispinalis-capitis',
    ],
    source: HEAD_NECK,
  },
  {
    title: 'Frontal headache',
    regions: ['forehead'],
    muscles: [
      'sternocleidomastoid',
      'semispinalis-capitis',
      'occipitofrontalis',
      'zygomaticus-major',
    ],
    source: HEAD_NECK,
  },
  {
    title: 'Ear and jaw-joint pain',
    regions: ['ear'],
    muscles: ['lateral-pterygoid', 'masseter', 'sternocleidomastoid', 'medial-pterygoid'],
    source: HEAD_NECK,
  },
  {
    title: 'Eye and eyebrow pain',
    regions: ['eye'],
    muscles: [
      'sternocleidomastoid',
      'temporalis',
      'splenius-cervicis',
      'masseter',
      'suboccipitals',
      'occipitofrontalis',
      'orbicularis-oculi',
      'upper-trapezius',
    ],
    source: HEAD_NECK,
  },
  {
    title: 'Cheek and jaw pain',
    regions: ['cheek', 'jaw'],
    muscles: [
      'sternocleidomastoid',
      'masseter',
      'lateral-pterygoid',
      'upper-trapezius',
      'digastric',
      'medial-pterygoid',
      'buccinator',
      'platysma',
      'orbicularis-oculi',
      'zygomaticus-major',
    ],
    source: HEAD_NECK,
  },
  {
    title: 'Toothache',
    regions: ['teeth'],
    muscles: ['temporalis', 'masseter', 'digastric'],
    source: HEAD_NECK,
  },
  {
    title: 'Back-of-neck pain',
    regions: ['neck-back'],
    muscles: [
      'upper-trapezius',
      'cervical-multifidi',
      'levator-scapulae',
      'splenius-cervicis',
      'infraspinatus',
    ],
    source: HEAD_NECK,
  },
  {
    title: 'Throat and front-of-neck pain',
    regions: ['throat'],
    muscles: ['sternocleidomastoid', 'digastric', 'medial-pterygoid'],
    source: HEAD_NECK,
  },
  {
    title: 'Front-of-shoulder pain',
    regions: ['shoulder-front'],
    muscles: [
      'infraspinatus',
      'deltoid',
      'scalenes',
      'supraspinatus',
      'pectoralis-major',
      'pectoralis-minor',
      'biceps-brachii',
      'coracobrachialis',
      'sternalis',
      'subclavius',
      'latissimus-dorsi',
    ],
    source: UPPER_LIMB,
  },
  {
    title: 'Back-of-shoulder pain',
    regions: ['shoulder-back'],
    muscles: [
      'deltoid',
      'levator-scapulae',
      'scalenes',
      'supraspinatus',
      'teres-major',
      'teres-minor',
      'subscapularis',
      'serratus-posterior-superior',
      'latissimus-dorsi',
      'triceps-brachii',
    ],
    source: UPPER_LIMB,
  },
  {
    title: 'Outer elbow (lateral epicondyle) pain',
    regions: ['elbow-outer'],
    muscles: [
      'supinator',
      'brachioradialis',
      'extensor-carpi-radialis-longus',
      'triceps-brachii',
      'supraspinatus',
      'extensor-digitorum',
      'anconeus',
    ],
    source: UPPER_LIMB,
  },
  {
    title: 'Inner elbow (medial epicondyle) pain',
    regions: ['elbow-inner'],
    muscles: [
      'triceps-brachii',
      'pectoralis-major',
      'pectoralis-minor',
      'serratus-anterior',
      'serratus-posterior-superior',
    ],
    source: UPPER_LIMB,
  },
  {
    title: 'Point-of-elbow (olecranon) pain',
    regions: ['elbow-back'],
    muscles: ['triceps-brachii', 'serratus-posterior-superior'],
    source: UPPER_LIMB,
  },
];
