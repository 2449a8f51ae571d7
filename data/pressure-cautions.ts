import type { PressureCautionFacts, SourceRef } from '../src/domain/atlas.ts';
import type { SourceId } from './sources.ts';

/** A citation whose source id the type checker knows. */
const cite = (source: SourceId, chapter: string): SourceRef => ({ source, chapter });

/**
 * Health conditions that change whether, or how firmly, to press on a muscle. Shown before every
 * pressure technique they concern, with the red flags. A caution with `regions` applies only when
 * you press in one of them; the others apply wherever you press.
 */
export const PRESSURE_CAUTIONS: readonly PressureCautionFacts[] = [
  {
    id: 'blood-thinners',
    sources: [
      cite('werner-2019', 'Section on anticoagulant and antiplatelet medication'),
      cite('walton-2011', 'Sections on medications that affect clotting'),
      cite('nhs-conditions', 'Anticoagulant medicines: side effects (bruising and bleeding)'),
      cite('nice-cks', 'Anticoagulation - oral'),
    ],
  },
  {
    id: 'bleeding-disorder',
    sources: [
      cite('werner-2019', 'Sections on hemophilia and thrombocytopenia'),
      cite('walton-2011', 'Sections on bleeding and clotting disorders'),
    ],
  },
  {
    id: 'past-blood-clot',
    // The deep veins of the leg: the calf and the lower calf above the heel, the back of the knee,
    // the thigh, the groin, and the deep veins beside the outer leg bone.
    regions: [
      'calf',
      'achilles',
      'knee-back',
      'thigh-back',
      'thigh-inner',
      'thigh-front',
      'thigh-outer',
      'shin',
      'outer-lower-leg',
      'groin',
    ],
    sources: [
      cite('werner-2019', 'Section on deep vein thrombosis'),
      cite('nice-cks', 'Deep vein thrombosis'),
      cite('nhs-conditions', 'Deep vein thrombosis (DVT)'),
    ],
  },
  {
    id: 'varicose-veins',
    regions: [
      'calf',
      'knee-back',
      'knee-inner',
      'thigh-inner',
      'thigh-back',
      'thigh-front',
      'shin',
      'outer-lower-leg',
      'ankle-inner',
    ],
    sources: [
      cite('werner-2019', 'Section on varicose veins'),
      cite('nice-cks', 'Varicose veins'),
      cite('nhs-conditions', 'Varicose veins'),
    ],
  },
  {
    id: 'thin-bones',
    regions: [
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
      // The pelvis: the sit bones, the hip bone and the bony point of the hip carry your weight
      // when you sit or lean on a ball there, and thin bones of the pelvis can crack.
      'buttock',
      'hip-side',
      'pelvic-floor',
    ],
    sources: [
      cite('werner-2019', 'Section on osteoporosis'),
      cite('walton-2011', 'Section on osteoporosis'),
      cite('nice-cks', 'Osteoporosis - prevention of fragility fractures'),
    ],
  },
  {
    id: 'pregnancy',
    sources: [
      cite('werner-2019', 'Section on pregnancy'),
      cite('nhs-conditions', 'Exercise in pregnancy; Sleep and tiredness in pregnancy'),
      cite('nice-cks', 'Deep vein thrombosis: risk factors (pregnancy and the weeks after birth)'),
    ],
  },
  {
    id: 'recent-surgery-or-injury',
    sources: [
      cite('werner-2019', 'Sections on fractures, sprains, strains and post-surgical situations'),
      cite('walton-2011', 'Sections on surgery and recent injury'),
    ],
  },
  {
    id: 'cancer-near-site',
    sources: [
      cite('walton-2011', 'Chapter on cancer and cancer treatment'),
      cite('werner-2019', 'Section on cancer'),
    ],
  },
  {
    id: 'reduced-feeling',
    sources: [
      cite(
        'nice-ng19',
        'Recommendations: assessing the risk of diabetic foot problems (loss of sensation)',
      ),
      cite('werner-2019', 'Sections on diabetes mellitus and peripheral neuropathy'),
    ],
  },
  {
    id: 'broken-or-inflamed-skin',
    sources: [
      cite('werner-2019', 'Sections on skin conditions: cellulitis and herpes zoster'),
      cite('nhs-conditions', 'Cellulitis; Shingles'),
    ],
  },
];
