import type { PressureCaution, SourceRef } from '../src/domain/atlas.ts';
import type { SourceId } from './sources.ts';

/** A citation whose source id the type checker knows. */
const cite = (source: SourceId, chapter: string): SourceRef => ({ source, chapter });

/**
 * Health conditions that change whether, or how firmly, to press on a muscle. Shown before every
 * pressure technique they concern, with the red flags. A caution with `regions` applies only when
 * you press in one of them; the others apply wherever you press.
 */
export const PRESSURE_CAUTIONS: readonly PressureCaution[] = [
  {
    id: 'blood-thinners',
    condition:
      'You take a blood thinner: an anticoagulant such as warfarin, apixaban, rivaroxaban, edoxaban, dabigatran or heparin injections, or an antiplatelet such as clopidogrel or daily aspirin.',
    advice:
      'Your blood takes longer to stop leaking from tiny vessels, so firm pressure can leave large bruises or bleed into the muscle. Use light pressure only, no more than about 3 out of 10, with your fingers rather than a ball or a hard tool, and hold for the shorter time. Do not lean your body weight onto a ball. Look at the skin the next day: if you bruise, press more lightly or stop. Tell the doctor or pharmacist who looks after your blood thinner about any large or unexplained bruise.',
    sources: [
      cite('werner-2019', 'Section on anticoagulant and antiplatelet medication'),
      cite('walton-2011', 'Sections on medications that affect clotting'),
      cite('nhs-conditions', 'Anticoagulant medicines: side effects (bruising and bleeding)'),
      cite('nice-cks', 'Anticoagulation - oral'),
    ],
  },
  {
    id: 'bleeding-disorder',
    condition:
      'You have a bleeding disorder (such as haemophilia or von Willebrand disease), a low platelet count, or you bruise or bleed far more easily than other people.',
    advice:
      'Do not use deep pressure, balls or tools anywhere: pressure can cause bleeding into a muscle or a joint. Ask your blood specialist team what is safe for you before you try any of these techniques; light, gentle touch is often all that is advised.',
    sources: [
      cite('werner-2019', 'Sections on hemophilia and thrombocytopenia'),
      cite('walton-2011', 'Sections on bleeding and clotting disorders'),
    ],
  },
  {
    id: 'past-blood-clot',
    condition:
      'You have had a blood clot in a vein (deep vein thrombosis) or in the lung, or you have a condition that makes clots more likely.',
    advice:
      'Never press, rub or roll a leg that might have a clot now: one that is swollen, warm, red, heavy or sore (see the red flag). If you have had a clot in this leg, or your doctor has told you that you are at high risk, ask them before you use deep pressure on the calf, the back of the knee or the thigh, and keep to light pressure until they agree.',
    regions: ['calf', 'knee-back', 'thigh-back', 'thigh-inner', 'thigh-front', 'shin', 'groin'],
    sources: [
      cite('werner-2019', 'Section on deep vein thrombosis'),
      cite('nice-cks', 'Deep vein thrombosis'),
      cite('nhs-conditions', 'Deep vein thrombosis (DVT)'),
    ],
  },
  {
    id: 'varicose-veins',
    condition:
      'You have varicose veins: swollen, twisted, bulging veins under the skin of the legs.',
    advice:
      'Never press, knead or roll a ball over the veins themselves; press only on muscle to the side of them, lightly. A vein that has become hard, red, hot or painful may be inflamed or hold a clot: leave it alone and see a doctor.',
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
    condition:
      'You have thin bones (osteoporosis), have broken a bone in a minor fall, or take steroid tablets long term.',
    advice:
      'Ribs and the bones of the spine can crack under strong pressure. Do not press hard over the ribs, the breastbone or the spine, and never lean your body weight onto a ball against a wall or the floor over them. Use gentle finger pressure beside the spine, or choose the stretch instead. Stop at once if a bone hurts sharply.',
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
    ],
    sources: [
      cite('werner-2019', 'Section on osteoporosis'),
      cite('walton-2011', 'Section on osteoporosis'),
      cite('nice-cks', 'Osteoporosis - prevention of fragility fractures'),
    ],
  },
  {
    id: 'pregnancy',
    condition: 'You are pregnant, or have given birth in the last six weeks.',
    advice:
      'Ask your midwife or doctor before you use these techniques. Do not press deeply into your belly or groin. After about 16 weeks, do not lie flat on your back for long: the weight of the bump presses on a large vein and can make you feel faint, so lie on your side or sit propped up instead, and do not lie face down over a ball. Your blood clots more easily now and for about six weeks after the birth: press calves and inner thighs only lightly, and never press a calf that is swollen, warm, red or sore. Stop and call your midwife if you get pain in the belly, bleeding or tightenings.',
    sources: [
      cite('werner-2019', 'Section on pregnancy'),
      cite('nhs-conditions', 'Exercise in pregnancy; Sleep and tiredness in pregnancy'),
      cite('nice-cks', 'Deep vein thrombosis: risk factors (pregnancy and the weeks after birth)'),
    ],
  },
  {
    id: 'recent-surgery-or-injury',
    condition:
      'You have had an operation, an injection, or an injury such as a sprain, a torn muscle or a broken bone near the place you press, in the last few weeks, or you have a device under the skin there (a pacemaker, a port, a pump).',
    advice:
      'Do not press on or near a fresh scar, a wound, an injection site, a new bruise, a swelling, or a device under the skin. Wait until the area has healed and your surgeon, doctor or physiotherapist agrees. After a joint replacement, keep to the movements your surgeon allows in every stretch.',
    sources: [
      cite('werner-2019', 'Sections on fractures, sprains, strains and post-surgical situations'),
      cite('walton-2011', 'Sections on surgery and recent injury'),
    ],
  },
  {
    id: 'cancer-near-site',
    condition:
      'You have cancer, or have had cancer treatment (an operation, radiotherapy or chemotherapy) near the place you press, or lymph nodes removed on that side.',
    advice:
      'Do not press on or near a tumour, a lump, skin treated with radiotherapy, or a bone the cancer has spread to. If lymph nodes were removed, or the arm or leg swells (lymphoedema), use only light touch on that limb. Chemotherapy can lower your platelets, so you may bruise easily. Ask your cancer team what pressure is safe for you; gentle touch is usually fine.',
    sources: [
      cite('walton-2011', 'Chapter on cancer and cancer treatment'),
      cite('werner-2019', 'Section on cancer'),
    ],
  },
  {
    id: 'reduced-feeling',
    condition:
      'The skin where you press has lost some of its feeling, for example from diabetes (diabetic neuropathy), another nerve problem or a stroke.',
    advice:
      'You cannot judge how hard you are pressing, so you may bruise or damage the skin without feeling it. Use light pressure only, with your fingers rather than a ball or a hard tool, for short holds. Look at the skin before and after. With diabetes, check your feet every day and ask your podiatrist or diabetes team before you press on your feet or lower legs.',
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
    condition:
      'The skin where you press is broken, burnt, sunburnt, blistered, infected or inflamed (red, hot and swollen), or has a rash.',
    advice:
      'Do not press on it or right next to it; work on another spot, or wait until it has healed. Red, hot, swollen skin that is spreading, especially with a fever, may be an infection (cellulitis): see a doctor today. A painful band of rash or blisters may be shingles: see a doctor.',
    sources: [
      cite('werner-2019', 'Sections on skin conditions: cellulitis and herpes zoster'),
      cite('nhs-conditions', 'Cellulitis; Shingles'),
    ],
  },
];
