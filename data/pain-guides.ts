import type { PainGuide } from '../src/domain/atlas.ts';

const HEAD_NECK = {
  source: 'simons-travell-simons-1999-v1',
  chapter: 'Chapter 5, Head and Neck Pain-and-Muscle Guide',
} as const;
const UPPER_LIMB = {
  source: 'simons-travell-simons-1999-v1',
  chapter: 'Chapter 18, Upper Back, Shoulder and Arm Pain guide',
} as const;

/** The second edition puts the elbow, forearm, wrist, hand and finger areas in one guide that
 * opens its forearm-and-hand part (chapter 33), not in the upper-back-to-arm guide of chapter 18. */
const FOREARM_HAND = {
  source: 'simons-travell-simons-1999-v1',
  chapter: 'Chapter 33, Elbow-to-Finger Pain guide',
} as const;
const TORSO = {
  source: 'simons-travell-simons-1999-v1',
  chapter: 'Chapter 41, Upper Torso Pain guide',
} as const;

const LOWER_BODY = {
  source: 'travell-simons-1992-v2',
  chapter:
    'Pain guides opening each part (low back and buttock; hip, thigh and knee; leg, ankle and foot)',
} as const;

/**
 * The manuals' pain guides: for each area, the muscles whose trigger points most often refer
 * pain there, most frequent first. Only muscles in the atlas are listed (the guides name a few
 * more); areas the guides do not cover have no entry, and the ranking then relies on the
 * referral patterns alone. A muscle is listed for an area only where one of its trigger points
 * here refers to that area (tests/data/consistency.test.ts): where a guide names a muscle whose
 * pattern, as the manuals draw it, does not reach the area, the muscle is left out of that guide.
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
    ],
    source: HEAD_NECK,
  },
  {
    title: 'Temporal headache',
    regions: ['temple'],
    muscles: [
      'upper-trapezius',
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
    muscles: ['sternocleidomastoid', 'occipitofrontalis', 'zygomaticus-major'],
    source: HEAD_NECK,
  },
  {
    title: 'Ear and jaw-joint pain',
    // The manuals' area is the ear and the jaw joint (TMJ); the jaw region holds the jaw joint.
    regions: ['ear', 'jaw'],
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
    source: FOREARM_HAND,
  },
  {
    title: 'Inner elbow (medial epicondyle) pain',
    regions: ['elbow-inner'],
    muscles: ['triceps-brachii', 'pectoralis-major', 'pectoralis-minor', 'serratus-anterior'],
    source: FOREARM_HAND,
  },
  {
    title: 'Point-of-elbow (olecranon) pain',
    regions: ['elbow-back'],
    muscles: ['triceps-brachii', 'serratus-posterior-superior'],
    source: FOREARM_HAND,
  },
  {
    title: 'Front-of-upper-arm pain',
    regions: ['upper-arm-front'],
    muscles: [
      'scalenes',
      'infraspinatus',
      'biceps-brachii',
      'brachialis',
      'deltoid',
      'sternalis',
      'subclavius',
    ],
    source: UPPER_LIMB,
  },
  {
    title: 'Back-of-upper-arm pain',
    regions: ['upper-arm-back'],
    muscles: [
      'scalenes',
      'triceps-brachii',
      'deltoid',
      'subscapularis',
      'teres-major',
      'teres-minor',
      'latissimus-dorsi',
      'serratus-posterior-superior',
      'coracobrachialis',
    ],
    source: UPPER_LIMB,
  },
  {
    title: 'Upper back pain',
    // The manuals' upper thoracic back: between the shoulder blades and over their upper part.
    // "Trapezius" there is the middle and lower parts' interscapular points. The guide also names
    // the supraspinatus, splenius cervicis and triceps, whose patterns here stop short of the area.
    regions: ['between-shoulder-blades', 'shoulder-blade'],
    muscles: [
      'scalenes',
      'levator-scapulae',
      'middle-trapezius',
      'lower-trapezius',
      'cervical-multifidi',
      'rhomboids',
      'biceps-brachii',
    ],
    source: UPPER_LIMB,
  },
  {
    title: 'Mid-back pain',
    // The manuals' mid-thoracic back: between and over the lower halves of the shoulder blades.
    // The guide's multifidi there are the thoracic ones, which this atlas does not draw apart.
    regions: ['between-shoulder-blades', 'shoulder-blade'],
    muscles: [
      'scalenes',
      'latissimus-dorsi',
      'levator-scapulae',
      'iliocostalis-thoracis',
      'rhomboids',
      'serratus-posterior-superior',
      'infraspinatus',
      'middle-trapezius',
      'lower-trapezius',
      'serratus-anterior',
    ],
    source: UPPER_LIMB,
  },
  {
    title: 'Thumb and thumb-side hand pain',
    regions: ['thumb'],
    muscles: [
      'supinator',
      'scalenes',
      'brachialis',
      'infraspinatus',
      'brachioradialis',
      'opponens-pollicis',
      'adductor-pollicis',
      'flexor-pollicis-longus',
    ],
    source: FOREARM_HAND,
  },
  {
    title: 'Back-of-forearm pain',
    // The guide also names the extensor carpi radialis brevis, whose pattern here stays at the
    // wrist and the back of the hand.
    regions: ['forearm-back'],
    muscles: [
      'triceps-brachii',
      'teres-major',
      'extensor-carpi-radialis-longus',
      'coracobrachialis',
      'serratus-posterior-superior',
    ],
    source: FOREARM_HAND,
  },
  {
    title: 'Front-of-forearm pain',
    // The guide also names the triceps, whose points here do not reach the front of the forearm.
    regions: ['forearm-front'],
    muscles: ['palmaris-longus', 'pronator-teres', 'serratus-anterior'],
    source: FOREARM_HAND,
  },
  {
    title: 'Thumb-side forearm pain',
    // The radial strip of the forearm shows from the front and from the back.
    regions: ['forearm-front', 'forearm-back'],
    muscles: ['infraspinatus', 'scalenes', 'brachioradialis', 'supraspinatus', 'subclavius'],
    source: FOREARM_HAND,
  },
  {
    title: 'Little-finger-side forearm pain',
    regions: ['forearm-front', 'forearm-back'],
    muscles: [
      'latissimus-dorsi',
      'pectoralis-major',
      'pectoralis-minor',
      'serratus-posterior-superior',
    ],
    source: FOREARM_HAND,
  },
  {
    title: 'Back-of-wrist and back-of-hand pain',
    // The guide also names the latissimus dorsi, whose pattern here ends on the ulnar forearm
    // and fingers.
    regions: ['wrist-back', 'hand-back'],
    muscles: [
      'extensor-carpi-radialis-brevis',
      'extensor-carpi-radialis-longus',
      'extensor-digitorum',
      'extensor-indicis',
      'extensor-carpi-ulnaris',
      'subscapularis',
      'coracobrachialis',
      'scalenus-minimus',
      'serratus-posterior-superior',
      'hand-interossei',
    ],
    source: FOREARM_HAND,
  },
  {
    title: 'Palm-side wrist and palm pain',
    // The guide also names the latissimus dorsi (see above).
    regions: ['wrist-front', 'palm'],
    muscles: [
      'flexor-carpi-radialis',
      'flexor-carpi-ulnaris',
      'opponens-pollicis',
      'pectoralis-major',
      'pectoralis-minor',
      'palmaris-longus',
      'pronator-teres',
      'serratus-anterior',
    ],
    source: FOREARM_HAND,
  },
  {
    title: 'Back-of-finger pain',
    regions: ['fingers'],
    muscles: [
      'extensor-digitorum',
      'hand-interossei',
      'abductor-digiti-minimi-hand',
      'scalenes',
      'pectoralis-major',
      'pectoralis-minor',
      'latissimus-dorsi',
      'subclavius',
    ],
    source: FOREARM_HAND,
  },
  {
    title: 'Palm-side finger pain',
    regions: ['fingers'],
    muscles: [
      'flexor-digitorum-superficialis',
      'flexor-digitorum-profundus',
      'hand-interossei',
      'latissimus-dorsi',
      'serratus-anterior',
      'abductor-digiti-minimi-hand',
      'subclavius',
    ],
    source: FOREARM_HAND,
  },
  {
    title: 'Front-of-chest pain',
    regions: ['chest'],
    muscles: ['pectoralis-major', 'pectoralis-minor', 'scalenes', 'sternalis', 'external-oblique'],
    source: TORSO,
  },
  {
    title: 'Side-of-chest pain',
    regions: ['side-ribs'],
    muscles: ['serratus-anterior', 'latissimus-dorsi'],
    source: TORSO,
  },
  {
    title: 'Abdominal pain',
    regions: ['upper-abdomen', 'lower-abdomen'],
    muscles: [
      'rectus-abdominis',
      'external-oblique',
      'transversus-abdominis',
      'iliocostalis-thoracis',
      'thoracolumbar-multifidi',
      'quadratus-lumborum',
    ],
    source: TORSO,
  },
  {
    title: 'Low thoracic back pain',
    // The guide also names the thoracic multifidi (this atlas draws the lumbar and sacral ones).
    regions: ['mid-back'],
    muscles: [
      'iliocostalis-thoracis',
      'serratus-posterior-inferior',
      'rectus-abdominis',
      'intercostals',
      'latissimus-dorsi',
    ],
    source: TORSO,
  },
  {
    title: 'Buttock pain',
    regions: ['buttock'],
    muscles: [
      'gluteus-medius',
      'quadratus-lumborum',
      'gluteus-maximus',
      'iliocostalis-lumborum',
      'longissimus-thoracis',
      'semitendinosus',
      'semimembranosus',
      'piriformis',
      'gluteus-minimus',
    ],
    source: LOWER_BODY,
  },
  {
    title: 'Sacral and sacroiliac pain',
    regions: ['sacrum'],
    muscles: [
      'longissimus-thoracis',
      'gluteus-medius',
      'quadratus-lumborum',
      'gluteus-maximus',
      'thoracolumbar-multifidi',
      'levator-ani',
      'coccygeus',
      'rectus-abdominis',
      'soleus',
    ],
    source: LOWER_BODY,
  },
  {
    title: 'Tailbone (coccyx) pain',
    regions: ['tailbone'],
    muscles: ['gluteus-maximus', 'obturator-internus', 'levator-ani', 'coccygeus'],
    source: LOWER_BODY,
  },
  {
    title: 'Pelvic pain',
    // Pain inside the pelvis: the rectum, the vagina, the perineum. The guide also names the
    // piriformis and the internal oblique, whose patterns as drawn stay outside the pelvic floor.
    regions: ['pelvic-floor'],
    muscles: ['coccygeus', 'levator-ani', 'obturator-internus', 'adductor-magnus'],
    source: LOWER_BODY,
  },
  {
    title: 'Outer hip and thigh pain',
    regions: ['hip-side', 'thigh-outer'],
    muscles: ['gluteus-minimus', 'vastus-lateralis', 'quadratus-lumborum', 'tensor-fasciae-latae'],
    source: LOWER_BODY,
  },
  {
    title: 'Back-of-thigh pain',
    regions: ['thigh-back'],
    muscles: [
      'gluteus-minimus',
      'semitendinosus',
      'semimembranosus',
      'biceps-femoris',
      'piriformis',
      'obturator-internus',
    ],
    source: LOWER_BODY,
  },
  {
    title: 'Front-of-thigh pain',
    regions: ['thigh-front'],
    muscles: [
      'adductor-longus',
      'adductor-brevis',
      'iliopsoas',
      'adductor-magnus',
      'vastus-intermedius',
      'sartorius',
      'rectus-femoris',
    ],
    source: LOWER_BODY,
  },
  {
    title: 'Inner thigh pain',
    regions: ['thigh-inner'],
    muscles: ['pectineus', 'vastus-medialis', 'gracilis', 'adductor-magnus', 'sartorius'],
    source: LOWER_BODY,
  },
  {
    title: 'Front-of-knee pain',
    regions: ['knee-front'],
    muscles: ['rectus-femoris', 'vastus-medialis'],
    source: LOWER_BODY,
  },
  {
    title: 'Inner knee pain',
    regions: ['knee-inner'],
    muscles: ['vastus-medialis', 'sartorius', 'adductor-longus', 'adductor-brevis'],
    source: LOWER_BODY,
  },
  {
    title: 'Outer knee pain',
    regions: ['knee-outer'],
    muscles: ['vastus-lateralis'],
    source: LOWER_BODY,
  },
  {
    title: 'Back-of-knee pain',
    regions: ['knee-back'],
    muscles: [
      'gastrocnemius',
      'biceps-femoris',
      'popliteus',
      'semitendinosus',
      'semimembranosus',
      'plantaris',
    ],
    source: LOWER_BODY,
  },
  {
    title: 'Shin pain',
    regions: ['shin'],
    muscles: ['tibialis-anterior', 'adductor-longus', 'adductor-brevis'],
    source: LOWER_BODY,
  },
  {
    title: 'Outer lower-leg pain',
    regions: ['outer-lower-leg'],
    muscles: ['gastrocnemius', 'gluteus-minimus', 'fibularis-longus', 'fibularis-brevis'],
    source: LOWER_BODY,
  },
  {
    title: 'Calf pain',
    regions: ['calf'],
    muscles: [
      'soleus',
      'gluteus-minimus',
      'gastrocnemius',
      'semitendinosus',
      'semimembranosus',
      'flexor-digitorum-longus',
      'tibialis-posterior',
      'plantaris',
    ],
    source: LOWER_BODY,
  },
  {
    title: 'Front-of-ankle pain',
    regions: ['ankle-front'],
    muscles: [
      'tibialis-anterior',
      'fibularis-tertius',
      'extensor-digitorum-longus',
      'extensor-hallucis-longus',
    ],
    source: LOWER_BODY,
  },
  {
    title: 'Outer ankle pain',
    regions: ['ankle-outer'],
    muscles: ['fibularis-longus', 'fibularis-brevis', 'fibularis-tertius'],
    source: LOWER_BODY,
  },
  {
    title: 'Inner ankle pain',
    regions: ['ankle-inner'],
    muscles: ['abductor-hallucis', 'flexor-digitorum-longus'],
    source: LOWER_BODY,
  },
  {
    title: 'Back-of-ankle pain',
    regions: ['achilles'],
    muscles: ['soleus', 'tibialis-posterior'],
    source: LOWER_BODY,
  },
  {
    title: 'Heel pain',
    regions: ['heel'],
    muscles: ['soleus', 'quadratus-plantae', 'abductor-hallucis', 'tibialis-posterior'],
    source: LOWER_BODY,
  },
  {
    title: 'Top-of-foot pain',
    regions: ['top-of-foot'],
    muscles: [
      'extensor-digitorum-brevis',
      'extensor-hallucis-brevis',
      'extensor-digitorum-longus',
      'extensor-hallucis-longus',
      'flexor-hallucis-brevis',
      'foot-interossei',
      'tibialis-anterior',
    ],
    source: LOWER_BODY,
  },
  {
    title: 'Ball-of-foot pain',
    regions: ['sole'],
    muscles: [
      'flexor-hallucis-brevis',
      'flexor-digitorum-brevis',
      'adductor-hallucis',
      'flexor-hallucis-longus',
      'flexor-digitorum-longus',
      'foot-interossei',
      'abductor-digiti-minimi-foot',
      'tibialis-posterior',
    ],
    source: LOWER_BODY,
  },
  {
    title: 'Arch (midfoot) pain',
    // The guide also names the soleus, whose pattern here stops at the heel.
    regions: ['sole'],
    muscles: [
      'gastrocnemius',
      'flexor-digitorum-longus',
      'adductor-hallucis',
      'foot-interossei',
      'abductor-hallucis',
      'tibialis-posterior',
    ],
    source: LOWER_BODY,
  },
  {
    title: 'Top-of-big-toe pain',
    regions: ['toes'],
    muscles: ['tibialis-anterior', 'extensor-hallucis-longus', 'flexor-hallucis-brevis'],
    source: LOWER_BODY,
  },
  {
    title: 'Underside-of-big-toe pain',
    regions: ['toes'],
    muscles: ['flexor-hallucis-longus', 'flexor-hallucis-brevis', 'tibialis-posterior'],
    source: LOWER_BODY,
  },
  {
    title: 'Top-of-lesser-toes pain',
    regions: ['toes'],
    muscles: ['extensor-digitorum-longus', 'foot-interossei'],
    source: LOWER_BODY,
  },
  {
    title: 'Underside-of-lesser-toes pain',
    regions: ['toes'],
    muscles: ['flexor-digitorum-longus', 'tibialis-posterior'],
    source: LOWER_BODY,
  },
];
