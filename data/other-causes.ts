import type { OtherCauseFacts, SourceRef } from '../src/domain/atlas.ts';
import type { SourceId } from './sources.ts';

const ref = (source: SourceId, chapter: string): SourceRef => ({ source, chapter });
/** A topic of the NICE Clinical Knowledge Summaries. */
const cks = (topic: string) => ref('nice-cks', `Topic: ${topic}`);
/** A page of the NHS website's Health A to Z. */
const nhs = (page: string) => ref('nhs-conditions', `Page: ${page}`);
/** A chapter of Goodman, Heick & Lazaro (2018). */
const goodman = (chapter: string) => ref('goodman-heick-lazaro-2018', chapter);
const VISCERAL = 'Pain Types and Viscerogenic Pain Patterns';
const HEAD_NECK_BACK = 'Screening the Head, Neck, and Back';
const LOWER_QUADRANT = 'Screening the Lower Quadrant: Buttock, Hip, Groin, Thigh, and Leg';

/**
 * What else, besides a muscle, commonly causes pain in each area: joints, nerves, organs, blood
 * vessels, bones. Each says how it tends to feel different from referred muscle pain and what to
 * do, and cites the clinical source it follows.
 *
 * Ordered head to foot by the body part of the first region listed; within a body part, the
 * commonest causes first. `urgency` is the most urgent step `whatToDo` names ("emergency" →
 * emergency, "today" → urgent, "soon" → soon), and is left out when a physiotherapist, pharmacist
 * or time is the first step.
 */
export const OTHER_CAUSES: readonly OtherCauseFacts[] = [
  // Head and face
  {
    id: 'migraine',
    regions: ['temple', 'forehead', 'eye'],
    kind: 'other',
    sources: [nhs('Migraine')],
  },
  {
    id: 'painkiller-headache',
    regions: ['head-vertex', 'forehead', 'temple', 'occiput'],
    kind: 'other',
    sources: [cks('Headache - assessment')],
  },
  {
    id: 'giant-cell-arteritis',
    regions: ['temple', 'head-vertex', 'jaw'],
    kind: 'vessel',
    urgency: 'urgent',
    sources: [nhs('Giant cell arteritis')],
  },
  {
    id: 'sinusitis',
    regions: ['cheek', 'forehead', 'eye', 'teeth'],
    kind: 'other',
    sources: [nhs('Sinusitis (sinus infection)')],
  },
  {
    id: 'sore-eye',
    regions: ['eye'],
    kind: 'other',
    sources: [nhs('Dry eyes'), nhs('Conjunctivitis')],
  },
  {
    id: 'ear-infection',
    regions: ['ear'],
    kind: 'other',
    sources: [nhs('Ear infections')],
  },
  {
    id: 'jaw-joint-disorder',
    regions: ['jaw', 'ear', 'temple', 'cheek'],
    kind: 'joint',
    sources: [nhs('Temporomandibular disorder (TMD)')],
  },
  {
    id: 'tooth-problem',
    regions: ['teeth', 'jaw', 'cheek', 'ear'],
    kind: 'other',
    urgency: 'soon',
    sources: [nhs('Toothache')],
  },
  {
    id: 'trigeminal-neuralgia',
    regions: ['cheek', 'teeth'],
    kind: 'nerve',
    sources: [nhs('Trigeminal neuralgia')],
  },

  // Neck
  {
    id: 'throat-infection',
    regions: ['throat', 'neck-side', 'ear'],
    kind: 'other',
    sources: [nhs('Sore throat'), nhs('Tonsillitis')],
  },
  {
    id: 'neck-joint-wear',
    regions: ['neck-back', 'neck-side', 'occiput', 'shoulder-top'],
    kind: 'joint',
    sources: [nhs('Cervical spondylosis'), cks('Neck pain - non-specific')],
  },
  {
    id: 'pinched-nerve-neck',
    regions: [
      'neck-back',
      'neck-side',
      'shoulder-top',
      'shoulder-blade',
      'between-shoulder-blades',
      'upper-arm-front',
      'upper-arm-back',
      'forearm-front',
      'forearm-back',
      'hand-back',
      'palm',
      'elbow-front',
    ],
    kind: 'nerve',
    sources: [cks('Neck pain - cervical radiculopathy')],
  },

  // Shoulder and upper back
  {
    id: 'rotator-cuff-problem',
    regions: ['shoulder-side', 'shoulder-front'],
    kind: 'joint',
    sources: [cks('Shoulder pain'), nhs('Shoulder pain')],
  },
  {
    id: 'frozen-shoulder',
    regions: ['shoulder-front', 'shoulder-side', 'shoulder-back'],
    kind: 'joint',
    sources: [nhs('Frozen shoulder'), cks('Shoulder pain')],
  },
  {
    id: 'shoulder-osteoarthritis',
    regions: ['shoulder-back', 'shoulder-front'],
    kind: 'joint',
    sources: [cks('Shoulder pain'), nhs('Osteoarthritis')],
  },
  {
    id: 'acromioclavicular-joint',
    regions: ['shoulder-top'],
    kind: 'joint',
    sources: [cks('Shoulder pain')],
  },
  {
    id: 'shoulder-injury',
    regions: ['shoulder-side', 'shoulder-front'],
    kind: 'bone',
    urgency: 'urgent',
    sources: [nhs('Shoulder pain'), cks('Shoulder pain')],
  },
  {
    id: 'polymyalgia-rheumatica',
    regions: [
      'shoulder-top',
      'shoulder-side',
      'upper-arm-front',
      'upper-arm-back',
      'neck-back',
      'hip-side',
      'thigh-front',
    ],
    kind: 'other',
    urgency: 'soon',
    sources: [nhs('Polymyalgia rheumatica'), cks('Polymyalgia rheumatica')],
  },
  {
    id: 'spine-fracture',
    regions: ['mid-back', 'low-back'],
    kind: 'bone',
    urgency: 'soon',
    sources: [nhs('Osteoporosis'), goodman(HEAD_NECK_BACK)],
  },

  // Chest and abdomen
  {
    id: 'heart',
    regions: [
      'chest',
      'sternum',
      'upper-abdomen',
      'jaw',
      'throat',
      'shoulder-front',
      'upper-arm-front',
      'elbow-inner',
      'between-shoulder-blades',
    ],
    kind: 'organ',
    urgency: 'emergency',
    sources: [nhs('Angina'), nhs('Heart attack'), goodman(VISCERAL)],
  },
  {
    id: 'aorta',
    regions: [
      'chest',
      'sternum',
      'between-shoulder-blades',
      'mid-back',
      'upper-abdomen',
      'low-back',
    ],
    kind: 'vessel',
    urgency: 'emergency',
    sources: [nhs('Aortic dissection'), nhs('Abdominal aortic aneurysm')],
  },
  {
    id: 'chest-infection',
    regions: ['chest', 'side-ribs'],
    kind: 'organ',
    urgency: 'urgent',
    sources: [nhs('Pleurisy'), nhs('Pneumonia')],
  },
  {
    id: 'lung-clot',
    regions: ['chest', 'between-shoulder-blades'],
    kind: 'vessel',
    urgency: 'emergency',
    sources: [nhs('Pulmonary embolism'), cks('Pulmonary embolism')],
  },
  {
    id: 'costochondritis',
    regions: ['sternum'],
    kind: 'joint',
    sources: [nhs('Costochondritis')],
  },
  {
    id: 'acid-reflux',
    regions: ['sternum', 'throat'],
    kind: 'organ',
    sources: [nhs('Heartburn and acid reflux')],
  },
  {
    id: 'breast-pain',
    regions: ['chest', 'armpit'],
    kind: 'other',
    sources: [nhs('Breast pain')],
  },
  {
    id: 'rib-fracture',
    regions: ['side-ribs'],
    kind: 'bone',
    urgency: 'urgent',
    sources: [nhs('Broken or bruised ribs')],
  },
  {
    id: 'shingles',
    regions: ['side-ribs', 'mid-back', 'upper-abdomen', 'forehead', 'eye', 'armpit'],
    kind: 'skin',
    urgency: 'urgent',
    sources: [nhs('Shingles'), cks('Shingles')],
  },
  {
    id: 'gallstones',
    regions: ['upper-abdomen', 'shoulder-blade', 'between-shoulder-blades'],
    kind: 'organ',
    urgency: 'soon',
    sources: [nhs('Gallstones'), cks('Gallstones'), goodman(VISCERAL)],
  },
  {
    id: 'stomach-ulcer',
    regions: ['upper-abdomen', 'mid-back'],
    kind: 'organ',
    sources: [nhs('Stomach ulcer'), nhs('Indigestion')],
  },
  {
    id: 'appendicitis',
    regions: ['lower-abdomen'],
    kind: 'organ',
    urgency: 'urgent',
    sources: [nhs('Appendicitis')],
  },
  {
    id: 'bladder-infection',
    regions: ['lower-abdomen', 'pelvic-floor'],
    kind: 'organ',
    sources: [nhs('Urinary tract infections (UTIs)')],
  },
  {
    id: 'bowel-problems',
    regions: ['lower-abdomen'],
    kind: 'organ',
    sources: [nhs('Irritable bowel syndrome (IBS)'), cks('Diverticular disease')],
  },

  {
    id: 'period-pain',
    regions: ['lower-abdomen', 'sacrum', 'low-back'],
    kind: 'organ',
    sources: [nhs('Period pain'), nhs('Endometriosis')],
  },
  // Arm and hand
  {
    id: 'tennis-elbow',
    regions: ['elbow-outer', 'forearm-back'],
    kind: 'joint',
    sources: [cks('Tennis elbow'), nhs('Tennis elbow')],
  },
  {
    id: 'golfers-elbow',
    regions: ['elbow-inner', 'forearm-front'],
    kind: 'joint',
    sources: [nhs('Tennis elbow')],
  },
  {
    id: 'ulnar-nerve-elbow',
    regions: ['elbow-inner', 'forearm-front', 'fingers'],
    kind: 'nerve',
    sources: [
      ref('aaos-orthoinfo', 'Ulnar Nerve Entrapment at the Elbow (Cubital Tunnel Syndrome)'),
    ],
  },
  {
    id: 'bursitis',
    regions: ['elbow-back', 'knee-front'],
    kind: 'joint',
    sources: [nhs('Bursitis')],
  },
  {
    id: 'carpal-tunnel',
    regions: ['wrist-front', 'palm', 'thumb', 'fingers', 'forearm-front'],
    kind: 'nerve',
    sources: [cks('Carpal tunnel syndrome'), nhs('Carpal tunnel syndrome')],
  },
  {
    id: 'de-quervain',
    regions: ['thumb', 'wrist-back', 'forearm-back'],
    kind: 'joint',
    sources: [ref('mayo-clinic-conditions', 'De Quervain tenosynovitis')],
  },
  {
    id: 'hand-osteoarthritis',
    regions: ['fingers', 'thumb'],
    kind: 'joint',
    sources: [nhs('Osteoarthritis')],
  },
  {
    id: 'rheumatoid-arthritis',
    regions: ['fingers', 'hand-back', 'wrist-back', 'wrist-front', 'elbow-front'],
    kind: 'joint',
    urgency: 'soon',
    sources: [nhs('Rheumatoid arthritis')],
  },
  {
    id: 'trigger-finger',
    regions: ['fingers', 'palm', 'thumb'],
    kind: 'joint',
    sources: [nhs('Trigger finger')],
  },
  {
    id: 'ganglion',
    regions: ['wrist-back', 'wrist-front', 'hand-back'],
    kind: 'other',
    sources: [nhs('Ganglion cyst')],
  },
  {
    id: 'wrist-fracture',
    regions: ['wrist-back', 'wrist-front'],
    kind: 'bone',
    urgency: 'urgent',
    sources: [nhs('Broken arm or wrist')],
  },

  // Low back and pelvis
  {
    id: 'sciatica',
    regions: [
      'low-back',
      'buttock',
      'thigh-back',
      'thigh-outer',
      'calf',
      'outer-lower-leg',
      'top-of-foot',
    ],
    kind: 'nerve',
    sources: [cks('Sciatica (lumbar radiculopathy)'), nhs('Sciatica')],
  },
  {
    id: 'kidney',
    regions: ['low-back', 'groin'],
    kind: 'organ',
    urgency: 'urgent',
    sources: [
      cks('Renal or ureteric colic - acute'),
      nhs('Kidney stones'),
      nhs('Kidney infection'),
    ],
  },
  {
    id: 'inflammatory-back-pain',
    regions: ['low-back', 'sacrum', 'buttock'],
    kind: 'joint',
    sources: [nhs('Ankylosing spondylitis'), goodman(HEAD_NECK_BACK)],
  },
  {
    id: 'sacroiliac-joint',
    regions: ['sacrum', 'buttock'],
    kind: 'joint',
    sources: [goodman(HEAD_NECK_BACK)],
  },
  {
    id: 'spinal-stenosis',
    regions: ['buttock', 'thigh-back'],
    kind: 'nerve',
    sources: [nhs('Spinal stenosis')],
  },
  {
    id: 'tailbone-pain',
    regions: ['tailbone', 'pelvic-floor'],
    kind: 'bone',
    sources: [nhs('Tailbone (coccyx) pain')],
  },
  {
    id: 'pilonidal-sinus',
    regions: ['tailbone'],
    kind: 'skin',
    urgency: 'soon',
    sources: [nhs('Pilonidal sinus')],
  },
  {
    id: 'groin-hernia',
    regions: ['groin'],
    kind: 'other',
    urgency: 'soon',
    sources: [nhs('Hernia')],
  },
  {
    id: 'hip-osteoarthritis',
    regions: ['groin', 'thigh-front', 'thigh-inner', 'knee-front'],
    kind: 'joint',
    sources: [nhs('Osteoarthritis'), cks('Knee pain - assessment'), goodman(LOWER_QUADRANT)],
  },
  {
    id: 'outer-hip-tendons',
    regions: ['hip-side', 'thigh-outer'],
    kind: 'joint',
    sources: [cks('Greater trochanteric pain syndrome')],
  },

  // Thigh and knee
  {
    id: 'meralgia-paraesthetica',
    regions: ['thigh-outer', 'thigh-front'],
    kind: 'nerve',
    sources: [ref('mayo-clinic-conditions', 'Meralgia paresthetica')],
  },
  {
    id: 'knee-osteoarthritis',
    regions: ['knee-inner', 'knee-front', 'knee-outer'],
    kind: 'joint',
    sources: [cks('Knee pain - assessment'), nhs('Osteoarthritis')],
  },
  {
    id: 'knee-cartilage-tear',
    regions: ['knee-inner', 'knee-outer', 'knee-back'],
    kind: 'joint',
    urgency: 'soon',
    sources: [cks('Knee pain - assessment'), nhs('Knee pain')],
  },
  {
    id: 'kneecap-pain',
    regions: ['knee-front'],
    kind: 'joint',
    sources: [cks('Knee pain - assessment'), nhs('Knee pain')],
  },
  {
    id: 'iliotibial-band',
    regions: ['knee-outer', 'thigh-outer'],
    kind: 'joint',
    sources: [cks('Knee pain - assessment')],
  },
  {
    id: 'bakers-cyst',
    regions: ['knee-back'],
    kind: 'joint',
    sources: [nhs("Baker's cyst")],
  },

  // Lower leg and foot
  {
    id: 'leg-clot',
    regions: ['calf', 'knee-back', 'thigh-back', 'thigh-inner'],
    kind: 'vessel',
    urgency: 'emergency',
    sources: [nhs('DVT (deep vein thrombosis)')],
  },
  {
    id: 'leg-artery-narrowing',
    regions: ['calf', 'thigh-back'],
    kind: 'vessel',
    urgency: 'soon',
    sources: [cks('Peripheral arterial disease'), nhs('Peripheral arterial disease (PAD)')],
  },
  {
    id: 'varicose-veins',
    regions: ['calf', 'knee-back', 'thigh-inner', 'ankle-inner'],
    kind: 'vessel',
    sources: [nhs('Varicose veins')],
  },
  {
    id: 'shin-splints',
    regions: ['shin'],
    kind: 'bone',
    sources: [nhs('Shin splints')],
  },
  {
    id: 'stress-fracture',
    regions: ['shin', 'outer-lower-leg', 'top-of-foot', 'heel', 'foot-outer'],
    kind: 'bone',
    urgency: 'soon',
    sources: [goodman(LOWER_QUADRANT)],
  },
  {
    id: 'cellulitis',
    regions: ['shin', 'outer-lower-leg'],
    kind: 'skin',
    urgency: 'urgent',
    sources: [nhs('Cellulitis')],
  },
  {
    id: 'achilles-tendinopathy',
    regions: ['heel', 'achilles'],
    kind: 'joint',
    sources: [nhs('Achilles tendinopathy')],
  },
  {
    id: 'achilles-rupture',
    regions: ['heel', 'calf', 'achilles'],
    kind: 'joint',
    urgency: 'urgent',
    sources: [nhs('Achilles tendinopathy')],
  },
  {
    id: 'ankle-sprain',
    regions: ['ankle-outer', 'ankle-front', 'foot-outer'],
    kind: 'joint',
    sources: [nhs('Sprains and strains')],
  },
  {
    id: 'ankle-fracture',
    regions: ['ankle-outer', 'ankle-inner'],
    kind: 'bone',
    urgency: 'urgent',
    sources: [nhs('Broken ankle')],
  },
  {
    id: 'plantar-heel-pain',
    regions: ['heel', 'sole', 'foot-inner'],
    kind: 'joint',
    sources: [cks('Plantar fasciitis'), nhs('Heel pain')],
  },
  {
    id: 'mortons-neuroma',
    regions: ['sole'],
    kind: 'nerve',
    sources: [cks("Morton's neuroma"), nhs("Morton's neuroma")],
  },
  {
    id: 'hard-skin',
    regions: ['sole', 'toes'],
    kind: 'skin',
    sources: [nhs('Corns and calluses'), nhs('Warts and verrucas')],
  },
  {
    id: 'nerve-damage-feet',
    regions: ['toes', 'sole', 'top-of-foot'],
    kind: 'nerve',
    urgency: 'soon',
    sources: [nhs('Peripheral neuropathy')],
  },
  {
    id: 'gout',
    regions: ['toes', 'top-of-foot', 'ankle-front'],
    kind: 'joint',
    urgency: 'soon',
    sources: [nhs('Gout')],
  },
  {
    id: 'bunion',
    regions: ['toes', 'foot-inner'],
    kind: 'joint',
    sources: [nhs('Bunions')],
  },
  {
    id: 'ingrown-toenail',
    regions: ['toes'],
    kind: 'skin',
    sources: [nhs('Ingrown toenail')],
  },
];
