import type { RedFlagFacts, SourceRef } from '../src/domain/atlas.ts';
import { REGION_IDS, type RegionId } from '../src/domain/regions.ts';
import type { SourceId } from './sources.ts';

/** A citation whose source id the type checker knows. */
const cite = (source: SourceId, chapter: string): SourceRef => ({ source, chapter });

/**
 * Regions with no bone under the skin, or whose bone is not where a bone-pain warning belongs
 * (the eye, the ear, the teeth, the front of the neck and the belly). Every other region lies over
 * part of the skeleton: skull, spine, ribs, pelvis or a limb bone.
 */
const NO_BONE_UNDER: ReadonlySet<RegionId> = new Set<RegionId>([
  'eye',
  'ear',
  'teeth',
  'throat',
  'upper-abdomen',
  'lower-abdomen',
]);

/** Every region over the skeleton, for warnings about the bones themselves. */
export const BONE_REGIONS: readonly RegionId[] = REGION_IDS.filter((id) => !NO_BONE_UNDER.has(id));

/** The whole arm from the shoulder to the fingertips, both sides. */
const WHOLE_ARM: readonly RegionId[] = [
  'armpit',
  'upper-arm-front',
  'upper-arm-back',
  'elbow-inner',
  'elbow-front',
  'forearm-front',
  'forearm-back',
  'wrist-front',
  'palm',
  'hand-back',
  'fingers',
  'thumb',
];

/** The foot and ankle, every part of it, for warnings about the whole foot. */
const WHOLE_FOOT: readonly RegionId[] = [
  'ankle-front',
  'ankle-outer',
  'ankle-inner',
  'achilles',
  'heel',
  'sole',
  'foot-outer',
  'foot-inner',
  'top-of-foot',
  'toes',
];

/**
 * Symptoms that need a doctor before any self-treatment. Shown above the techniques whenever a
 * selected area, the place you press or the muscle itself names the flag. Worded plainly: what to
 * look for, what to do. Each flag follows the clinical guidance in its `sources`.
 */
export const RED_FLAGS: readonly RedFlagFacts[] = [
  {
    id: 'heart-attack',
    regions: [
      'chest',
      'sternum',
      'upper-abdomen',
      'jaw',
      'throat',
      'neck-side',
      'shoulder-top',
      'shoulder-front',
      ...WHOLE_ARM,
      'shoulder-blade',
      'between-shoulder-blades',
      'mid-back',
    ],
    urgency: 'emergency',
    sources: [
      cite('aha-heart-attack-signs', 'Warning signs of a heart attack'),
      cite('nice-cg95', 'Recommendations: people presenting with acute chest pain'),
      cite('nice-cks', 'Chest pain'),
      cite('swap-nagurney-2005', 'Results: pain radiating to the right, left or both arms'),
      cite('goodman-2022', 'Chapter on screening for cardiovascular disease'),
    ],
  },
  {
    id: 'aortic-dissection',
    regions: [
      'chest',
      'sternum',
      'neck-side',
      'between-shoulder-blades',
      'mid-back',
      'low-back',
      'upper-abdomen',
      'lower-abdomen',
    ],
    urgency: 'emergency',
    sources: [
      cite('nhs-conditions', 'Aortic dissection: symptoms'),
      cite('goodman-2022', 'Chapter on screening for cardiovascular disease'),
    ],
  },
  {
    id: 'pulmonary-embolism',
    regions: ['chest', 'sternum', 'side-ribs', 'shoulder-top', 'mid-back'],
    urgency: 'emergency',
    sources: [
      cite('nice-cks', 'Pulmonary embolism'),
      cite(
        'nice-ng158',
        'Recommendations: diagnosis and initial management of suspected pulmonary embolism',
      ),
      cite('nhs-conditions', 'Pulmonary embolism'),
      cite('goodman-2022', 'Chapter on screening for pulmonary disease'),
    ],
  },
  {
    id: 'sudden-severe-headache',
    regions: ['head-vertex', 'forehead', 'temple', 'occiput', 'eye', 'neck-back'],
    urgency: 'emergency',
    sources: [
      cite('nice-cks', 'Headache - assessment'),
      cite('nice-ng228', 'Recommendations: diagnosis, thunderclap headache'),
      cite(
        'nice-ng232',
        'Recommendations: referral to an emergency department after a head injury',
      ),
    ],
  },
  {
    id: 'headache-fever-stiff-neck',
    regions: ['head-vertex', 'forehead', 'temple', 'occiput', 'eye', 'neck-back', 'neck-side'],
    urgency: 'emergency',
    sources: [
      cite(
        'nice-ng240',
        'Recommendations: recognising bacterial meningitis and meningococcal disease (red flag symptoms)',
      ),
      cite('nice-cks', 'Meningitis - bacterial meningitis and meningococcal disease'),
    ],
  },
  {
    id: 'stroke-signs',
    regions: [
      'head-vertex',
      'forehead',
      'temple',
      'occiput',
      'eye',
      'ear',
      'cheek',
      'jaw',
      'throat',
      'neck-side',
      'neck-back',
    ],
    urgency: 'emergency',
    sources: [
      cite('nice-ng128', 'Recommendations: rapid recognition of symptoms and diagnosis'),
      cite('nice-cks', 'Stroke and TIA'),
      cite('nhs-conditions', 'Stroke: symptoms (FAST)'),
    ],
  },
  {
    id: 'temple-pain-over-50',
    regions: ['temple', 'forehead', 'head-vertex', 'occiput', 'jaw', 'eye'],
    urgency: 'urgent',
    sources: [
      cite('nice-cks', 'Giant cell arteritis'),
      cite('bsr-2020-gca', 'Recommendations: urgent referral and assessment'),
    ],
  },
  {
    id: 'eye-emergency',
    regions: ['eye'],
    urgency: 'emergency',
    sources: [cite('nice-cks', 'Red eye')],
  },
  {
    id: 'dental-infection',
    regions: ['teeth', 'jaw', 'cheek', 'ear'],
    urgency: 'urgent',
    sources: [cite('nice-cks', 'Dental abscess'), cite('nhs-conditions', 'Dental abscess')],
  },
  {
    id: 'injury',
    regions: [
      'head-vertex',
      'forehead',
      'temple',
      'occiput',
      'cheek',
      'jaw',
      'neck-back',
      'neck-side',
      'between-shoulder-blades',
      'shoulder-blade',
      'mid-back',
      'chest',
      'sternum',
      'side-ribs',
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
      'shin',
      'outer-lower-leg',
      'calf',
    ],
    urgency: 'urgent',
    sources: [
      cite(
        'nice-ng232',
        'Recommendations: assessment and referral after head and cervical spine injury',
      ),
      cite('nice-cks', 'Back pain - low (without radiculopathy): suspected spinal fracture'),
      cite('nice-ng38', 'Recommendations on assessing suspected fractures'),
    ],
  },
  {
    id: 'ankle-foot-injury',
    regions: WHOLE_FOOT,
    urgency: 'urgent',
    sources: [
      cite('stiell-1993-ottawa-ankle', 'The Ottawa ankle and foot rules'),
      cite('nice-cks', 'Sprains and strains'),
    ],
  },
  {
    id: 'knee-injury',
    regions: ['knee-front', 'knee-inner', 'knee-outer', 'knee-back'],
    urgency: 'urgent',
    sources: [
      cite('stiell-1995-ottawa-knee', 'The Ottawa knee rule'),
      cite('nice-cks', 'Knee pain - assessment'),
    ],
  },
  {
    id: 'arm-hand-injury',
    regions: [
      'shoulder-top',
      'shoulder-front',
      'shoulder-side',
      'shoulder-back',
      'armpit',
      'upper-arm-front',
      'upper-arm-back',
      'elbow-outer',
      'elbow-inner',
      'elbow-front',
      'elbow-back',
      'forearm-front',
      'forearm-back',
      'wrist-front',
      'wrist-back',
      'hand-back',
      'palm',
      'thumb',
      'fingers',
    ],
    urgency: 'urgent',
    sources: [
      cite('nice-ng38', 'Recommendations on assessing suspected fractures, including the scaphoid'),
      cite('aaos-orthoinfo', 'Biceps tendon tear at the elbow; Dislocated shoulder'),
      cite('nice-cks', 'Sprains and strains'),
    ],
  },
  {
    id: 'spreading-numbness-weakness',
    regions: [
      'neck-back',
      'neck-side',
      'shoulder-top',
      'upper-arm-front',
      'upper-arm-back',
      'forearm-front',
      'forearm-back',
      'hand-back',
      'palm',
      'thumb',
      'fingers',
    ],
    urgency: 'urgent',
    sources: [
      cite('nice-cks', 'Neck pain - cervical radiculopathy'),
      cite('goodman-2022', 'Chapter on screening for neurologic conditions'),
    ],
  },
  {
    id: 'arm-circulation',
    regions: [
      'neck-side',
      'armpit',
      'upper-arm-front',
      'upper-arm-back',
      'elbow-front',
      'forearm-front',
      'forearm-back',
      'hand-back',
      'palm',
      'fingers',
      'thumb',
    ],
    urgency: 'urgent',
    sources: [
      cite('goodman-2022', 'Chapter on screening for cardiovascular disease'),
      cite('werner-2019', 'Section on thoracic outlet syndrome'),
    ],
  },
  {
    id: 'cauda-equina',
    regions: [
      'low-back',
      'sacrum',
      'tailbone',
      'buttock',
      'pelvic-floor',
      'thigh-back',
      'thigh-inner',
      'groin',
    ],
    urgency: 'emergency',
    sources: [
      cite('nice-cks', 'Sciatica (lumbar radiculopathy): cauda equina syndrome'),
      cite('nice-cks', 'Back pain - low (without radiculopathy)'),
      cite('nhs-conditions', 'Cauda equina syndrome'),
    ],
  },
  {
    id: 'serious-back-pain',
    regions: ['low-back', 'mid-back', 'sacrum', 'neck-back', 'between-shoulder-blades'],
    urgency: 'urgent',
    sources: [
      cite(
        'nice-ng234',
        'Recommendations: recognising spinal metastases and metastatic spinal cord compression',
      ),
      cite('nice-cks', 'Back pain - low (without radiculopathy): red flags'),
      cite(
        'nice-ng59',
        'Recommendations: assessment of low back pain and sciatica (alternative diagnoses)',
      ),
    ],
  },
  {
    id: 'back-pain-fever',
    regions: ['neck-back', 'between-shoulder-blades', 'mid-back', 'low-back', 'sacrum'],
    urgency: 'urgent',
    sources: [
      cite('nice-cks', 'Back pain - low (without radiculopathy): suspected spinal infection'),
      cite('goodman-2022', 'Chapter on screening the head, neck and back'),
    ],
  },
  {
    id: 'cancer-bone-pain',
    regions: BONE_REGIONS,
    urgency: 'urgent',
    sources: [
      cite('nice-ng12', 'Sections on bone sarcoma, myeloma and leukaemia'),
      cite('nice-ng234', 'Recommendations: recognising spinal metastases'),
      cite('goodman-2022', 'Chapter on screening for cancer'),
    ],
  },
  {
    id: 'leg-weakness',
    regions: [
      'low-back',
      'buttock',
      'thigh-back',
      'thigh-outer',
      'calf',
      'outer-lower-leg',
      'shin',
      'top-of-foot',
    ],
    urgency: 'urgent',
    sources: [
      cite('nice-cks', 'Sciatica (lumbar radiculopathy)'),
      cite('goodman-2022', 'Chapter on screening for neurologic conditions'),
    ],
  },
  {
    id: 'blood-clot',
    regions: ['calf', 'achilles', 'knee-back', 'thigh-back', 'thigh-inner', 'thigh-front'],
    urgency: 'urgent',
    // Not an ambulance case on its own (NICE NG158: seen within hours), but the one warning a
    // person with a swollen calf must meet before anything else.
    atOnce: true,
    sources: [
      cite('nice-cks', 'Deep vein thrombosis'),
      cite(
        'nice-ng158',
        'Recommendations: diagnosis and initial management of suspected deep vein thrombosis',
      ),
      cite('nhs-conditions', 'Deep vein thrombosis (DVT)'),
    ],
  },
  {
    id: 'compartment-syndrome',
    regions: ['shin', 'outer-lower-leg', 'calf', 'forearm-front', 'forearm-back'],
    urgency: 'emergency',
    sources: [
      cite('boast-10-compartment', 'Standards for practice: key clinical findings'),
      cite('nhs-conditions', 'Compartment syndrome'),
    ],
  },
  {
    id: 'acute-limb-ischaemia',
    regions: [
      'thigh-front',
      'thigh-outer',
      'thigh-inner',
      'thigh-back',
      'knee-back',
      'calf',
      'shin',
      'outer-lower-leg',
      ...WHOLE_FOOT,
    ],
    urgency: 'emergency',
    sources: [
      cite('nice-cks', 'Peripheral arterial disease: acute limb ischaemia'),
      cite(
        'goodman-2022',
        'Chapter on screening for cardiovascular disease: peripheral vascular disease',
      ),
    ],
  },
  {
    id: 'hot-swollen-joint',
    regions: [
      'shoulder-top',
      'shoulder-front',
      'shoulder-side',
      'shoulder-back',
      'elbow-outer',
      'elbow-inner',
      'elbow-front',
      'elbow-back',
      'wrist-front',
      'wrist-back',
      'thumb',
      'fingers',
      'hip-side',
      'groin',
      'knee-front',
      'knee-inner',
      'knee-outer',
      'knee-back',
      'ankle-front',
      'ankle-outer',
      'ankle-inner',
      'top-of-foot',
      'foot-inner',
      'foot-outer',
      'toes',
    ],
    urgency: 'urgent',
    sources: [
      cite('bsr-2006-hot-joint', 'Symptoms and signs suggestive of septic arthritis; risk factors'),
      cite('nice-cks', 'Gout'),
      cite('nhs-conditions', 'Septic arthritis'),
    ],
  },
  {
    id: 'acute-abdomen',
    regions: ['upper-abdomen', 'lower-abdomen', 'groin', 'side-ribs'],
    urgency: 'emergency',
    sources: [
      cite('goodman-2022', 'Chapter on screening for gastrointestinal disease'),
      cite('nhs-conditions', 'Stomach ache'),
    ],
  },
  {
    id: 'abdominal-aortic-aneurysm',
    regions: ['low-back', 'upper-abdomen', 'lower-abdomen', 'side-ribs', 'groin'],
    urgency: 'emergency',
    sources: [
      cite('nice-ng156', 'Context; recommendations on identifying people at risk of an aneurysm'),
      cite('nice-cks', 'Abdominal aortic aneurysm'),
      cite('nhs-conditions', 'Abdominal aortic aneurysm'),
    ],
  },
  {
    id: 'kidney-infection-or-stone',
    regions: ['side-ribs', 'low-back', 'mid-back', 'groin', 'lower-abdomen'],
    urgency: 'urgent',
    sources: [
      cite('nice-cks', 'Pyelonephritis - acute'),
      cite('nice-cks', 'Renal or ureteric colic - acute'),
      cite('nhs-conditions', 'Kidney infection; Kidney stones'),
    ],
  },
  {
    id: 'testicular-torsion',
    regions: ['groin', 'lower-abdomen', 'thigh-inner', 'pelvic-floor'],
    urgency: 'emergency',
    sources: [
      cite('nice-cks', 'Scrotal pain and swelling: testicular torsion'),
      cite('nhs-conditions', 'Testicle pain'),
    ],
  },
  {
    id: 'groin-lump',
    regions: ['groin', 'lower-abdomen'],
    urgency: 'soon',
    sources: [cite('nhs-conditions', 'Hernia; Inguinal hernia')],
  },
  {
    id: 'child-back-pain',
    regions: ['neck-back', 'between-shoulder-blades', 'mid-back', 'low-back', 'sacrum'],
    urgency: 'urgent',
    sources: [
      cite('nice-cks', 'Back pain - low (without radiculopathy): red flags, age under 20'),
      cite('nice-ng12', 'Children and young people: unexplained bone pain'),
      cite('goodman-2022', 'Chapter on screening the head, neck and back'),
    ],
  },
  {
    id: 'child-limp',
    regions: [
      'hip-side',
      'groin',
      'buttock',
      'thigh-front',
      'thigh-inner',
      'thigh-outer',
      'thigh-back',
      'knee-front',
      'knee-inner',
      'knee-outer',
      'knee-back',
      'shin',
      'calf',
    ],
    urgency: 'urgent',
    sources: [
      cite('nhs-conditions', 'Limping in children'),
      cite('nice-ng12', 'Children and young people: bone sarcoma and leukaemia'),
      cite(
        'goodman-2022',
        'Chapter on screening the lower quadrant: buttock, hip, groin, thigh and leg',
      ),
    ],
  },
  {
    id: 'pregnancy-belly-pain',
    regions: [
      'lower-abdomen',
      'upper-abdomen',
      'groin',
      'pelvic-floor',
      'low-back',
      'sacrum',
      'shoulder-top',
    ],
    urgency: 'emergency',
    sources: [
      cite('nhs-conditions', 'Ectopic pregnancy; Stomach pain in pregnancy; Premature labour'),
      cite(
        'goodman-2022',
        'Chapter on screening the sacrum, sacroiliac joint and pelvis (gynecologic causes)',
      ),
    ],
  },
  {
    id: 'pre-eclampsia',
    regions: ['head-vertex', 'forehead', 'temple', 'occiput', 'eye', 'upper-abdomen'],
    urgency: 'emergency',
    sources: [
      cite('nhs-conditions', 'Pre-eclampsia: symptoms'),
      cite('nice-ng133', 'Recommendations on pre-eclampsia: assessment and symptoms'),
    ],
  },
  {
    id: 'throat-emergency',
    regions: ['throat'],
    urgency: 'emergency',
    sources: [
      cite(
        'nice-cks',
        'Sore throat - acute: when to admit (stridor, drooling, trismus, suspected epiglottitis or quinsy)',
      ),
      cite('nhs-conditions', 'Sore throat: call 999 or go to A&E; Quinsy; Epiglottitis'),
    ],
  },
  {
    id: 'ear-emergency',
    regions: ['ear'],
    urgency: 'urgent',
    sources: [
      cite(
        'nice-ng98',
        'Recommendations: referral for sudden onset or rapidly worsening hearing loss',
      ),
      cite('nice-cks', 'Otitis media - acute: complications (mastoiditis)'),
      cite('nhs-conditions', 'Sudden hearing loss; Mastoiditis; Ramsay Hunt syndrome'),
    ],
  },
  {
    id: 'lump-or-swollen-glands',
    regions: ['armpit', 'neck-side', 'throat'],
    urgency: 'soon',
    sources: [
      cite(
        'nice-ng12',
        'Breast cancer: unexplained lump in the axilla, aged 30 and over; head and neck cancers: persistent unexplained neck lump, hoarseness; haematological cancers: lymphadenopathy',
      ),
      cite('nhs-conditions', 'Swollen glands; Lumps'),
    ],
  },
  {
    id: 'achilles-rupture',
    regions: ['achilles', 'heel'],
    urgency: 'urgent',
    // Not an ambulance case, but pressing or stretching a torn tendon harms it, and it heals best
    // when treated within days: a person who felt the snap must read this before anything else.
    atOnce: true,
    sources: [
      cite('nhs-conditions', 'Achilles tendinopathy: signs of a ruptured (torn) Achilles tendon'),
      cite('aaos-orthoinfo', 'Achilles tendon rupture'),
    ],
  },
  {
    id: 'diabetic-foot',
    regions: WHOLE_FOOT,
    urgency: 'urgent',
    sources: [
      cite(
        'nice-ng19',
        'Recommendations: urgent referral for an active diabetic foot problem (ulcer, infection, ischaemia, gangrene, suspected Charcot arthropathy)',
      ),
      cite('nhs-conditions', 'Diabetes: foot problems'),
    ],
  },
  {
    id: 'pelvic-infection-or-bleeding',
    regions: ['pelvic-floor'],
    urgency: 'urgent',
    sources: [
      cite('nice-cks', 'Prostatitis - acute; Urinary retention - acute'),
      cite(
        'nice-ng12',
        'Colorectal cancer: rectal bleeding; gynaecological cancers: post-menopausal bleeding',
      ),
      cite('nhs-conditions', 'Anal abscess; Bartholin’s cyst; Postmenopausal bleeding'),
    ],
  },
];
