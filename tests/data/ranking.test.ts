import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { rankMuscles } from '../../src/domain/ranking.ts';
import type { BodyArea, RegionId, Side } from '../../src/domain/regions.ts';

const area = (region: RegionId, side: Side = 'left'): BodyArea => ({ region, side });

/**
 * Classic referral patterns from the literature, checked against the real atlas.
 * `within` is how near the top the muscle must appear, counting muscles (each on one side), as
 * the results list shows them.
 */
const CASES: {
  name: string;
  source: string;
  selection: BodyArea[];
  expect: { muscle: string; within: number; side?: Side }[];
}[] = [
  {
    name: 'left temple → upper trapezius near the top, on the left',
    source: 'Simons, Travell & Simons 1999, ch. 6 (trapezius TrP1 refers to the temple)',
    selection: [area('temple')],
    expect: [
      { muscle: 'upper-trapezius', within: 3, side: 'left' },
      { muscle: 'temporalis', within: 3, side: 'left' },
    ],
  },
  {
    name: 'temple + side of neck → upper trapezius first',
    source:
      'Simons, Travell & Simons 1999, ch. 6 (TrP1: posterolateral neck, behind the ear, temple)',
    selection: [area('temple'), area('neck-side')],
    expect: [{ muscle: 'upper-trapezius', within: 1, side: 'left' }],
  },
  {
    name: 'right temple → upper trapezius on the right',
    source: 'Simons, Travell & Simons 1999, ch. 6',
    selection: [area('temple', 'right')],
    expect: [{ muscle: 'upper-trapezius', within: 3, side: 'right' }],
  },
  {
    name: 'low back → quadratus lumborum and iliopsoas',
    source: 'Travell & Simons 1992, ch. 4 (quadratus lumborum) and ch. 5 (iliopsoas)',
    selection: [area('low-back')],
    expect: [
      { muscle: 'quadratus-lumborum', within: 6 },
      { muscle: 'iliopsoas', within: 6 },
    ],
  },
  {
    name: 'front of shoulder → infraspinatus',
    source:
      'Simons, Travell & Simons 1999, ch. 22 (infraspinatus refers deep into the front of the shoulder)',
    selection: [area('shoulder-front')],
    expect: [{ muscle: 'infraspinatus', within: 2 }],
  },
  {
    name: 'side of hip + outer thigh + outer lower leg → gluteus minimus first',
    source:
      'Travell & Simons 1992, ch. 9 (anterior gluteus minimus: pseudo-sciatica down the side of the leg)',
    selection: [area('hip-side'), area('thigh-outer'), area('outer-lower-leg')],
    expect: [{ muscle: 'gluteus-minimus', within: 1 }],
  },
  {
    name: 'back of head → suboccipitals and SCM',
    source:
      'Simons, Travell & Simons 1999, ch. 7 (SCM sternal division) and ch. 17 (suboccipitals)',
    selection: [area('occiput')],
    expect: [
      { muscle: 'suboccipitals', within: 6 },
      { muscle: 'sternocleidomastoid', within: 8 },
    ],
  },
  {
    name: 'angle of the neck and along the shoulder blade → levator scapulae first',
    source:
      'Simons, Travell & Simons 1999, ch. 19 (levator scapulae: angle of the neck, spillover along the vertebral border of the scapula)',
    selection: [area('neck-back'), area('shoulder-top'), area('shoulder-blade')],
    expect: [{ muscle: 'levator-scapulae', within: 1 }],
  },
  {
    name: 'outer elbow → supinator and the radial wrist extensors',
    source:
      'Simons, Travell & Simons 1999, ch. 18 guide and ch. 36 (supinator), ch. 34 (hand extensors and brachioradialis)',
    selection: [area('elbow-outer')],
    expect: [
      { muscle: 'supinator', within: 2 },
      { muscle: 'extensor-carpi-radialis-longus', within: 4 },
      { muscle: 'brachioradialis', within: 6 },
    ],
  },
  {
    name: 'base of the thumb → brachialis, supinator, adductor and opponens pollicis',
    source:
      'Simons, Travell & Simons 1999, ch. 31 (brachialis), ch. 36 (supinator), ch. 39 (adductor and opponens pollicis)',
    selection: [area('thumb')],
    expect: [
      { muscle: 'brachialis', within: 8 },
      { muscle: 'supinator', within: 8 },
      { muscle: 'adductor-pollicis', within: 8 },
      { muscle: 'opponens-pollicis', within: 8 },
    ],
  },
  {
    name: 'toothache → temporalis, masseter, digastric',
    source: 'Simons, Travell & Simons 1999, ch. 5 (toothache guide)',
    selection: [area('teeth')],
    expect: [
      { muscle: 'temporalis', within: 2 },
      { muscle: 'masseter', within: 3 },
    ],
  },
  {
    name: 'ear and jaw joint → masseter first, medial pterygoid near the top',
    source:
      'Simons, Travell & Simons 1999, ch. 8 (deep masseter: the ear and the jaw joint) and ch. 10 (medial pterygoid: below and behind the jaw joint, deep in the ear)',
    selection: [area('ear'), area('jaw')],
    expect: [
      { muscle: 'masseter', within: 1 },
      { muscle: 'medial-pterygoid', within: 3 },
    ],
  },
  {
    name: 'front of chest → pectoralis major',
    source: 'Simons, Travell & Simons 1999, ch. 42 (pectoralis major)',
    selection: [area('chest')],
    expect: [{ muscle: 'pectoralis-major', within: 3 }],
  },
  {
    name: 'back of shoulder and arm with a wrist band → subscapularis',
    source: 'Simons, Travell & Simons 1999, ch. 26 (subscapularis)',
    selection: [area('shoulder-back'), area('upper-arm-back'), area('wrist-back')],
    expect: [{ muscle: 'subscapularis', within: 3 }],
  },
  {
    name: 'point of the elbow → triceps',
    source: 'Simons, Travell & Simons 1999, ch. 32 (triceps TrP4)',
    selection: [area('elbow-back')],
    expect: [{ muscle: 'triceps-brachii', within: 1 }],
  },
  {
    name: 'outer shoulder → deltoid and supraspinatus',
    source: 'Simons, Travell & Simons 1999, ch. 21 (supraspinatus), ch. 28 (deltoid)',
    selection: [area('shoulder-side')],
    expect: [
      { muscle: 'supraspinatus', within: 3 },
      { muscle: 'deltoid', within: 3 },
    ],
  },
  {
    name: 'side of the hip → gluteus minimus and quadratus lumborum',
    source:
      'Travell & Simons 1992, ch. 9 (gluteus minimus) and ch. 4 (quadratus lumborum: superficial TrPs to the greater trochanter)',
    selection: [area('hip-side')],
    expect: [
      { muscle: 'gluteus-minimus', within: 2 },
      { muscle: 'quadratus-lumborum', within: 3 },
    ],
  },
  {
    name: 'pain down the back and side of the leg → gluteus minimus first',
    source:
      'Travell & Simons 1992, ch. 9 (gluteus minimus: anterior and posterior patterns, pseudo-sciatica)',
    selection: [
      area('buttock'),
      area('thigh-outer'),
      area('outer-lower-leg'),
      area('thigh-back'),
      area('calf'),
    ],
    expect: [{ muscle: 'gluteus-minimus', within: 1 }],
  },
  {
    name: 'heel → soleus first',
    source: 'Travell & Simons 1992, ch. 22 (soleus TrP1 refers to the heel)',
    selection: [area('heel')],
    expect: [{ muscle: 'soleus', within: 1 }],
  },
  {
    name: 'front of the knee → rectus femoris and vastus medialis',
    source: 'Travell & Simons 1992, quadriceps femoris chapter',
    selection: [area('knee-front')],
    expect: [
      { muscle: 'rectus-femoris', within: 2 },
      { muscle: 'vastus-medialis', within: 3 },
    ],
  },
  {
    name: 'back of the knee → gastrocnemius, biceps femoris, popliteus',
    source: 'Travell & Simons 1992, gastrocnemius, hamstring and popliteus chapters',
    selection: [area('knee-back')],
    expect: [
      { muscle: 'gastrocnemius', within: 3 },
      { muscle: 'biceps-femoris', within: 3 },
      { muscle: 'popliteus', within: 5 },
    ],
  },
  {
    name: 'outer ankle → the fibularis (peroneus) muscles',
    source: 'Travell & Simons 1992, peroneal muscles chapter',
    selection: [area('ankle-outer')],
    expect: [
      { muscle: 'fibularis-longus', within: 3 },
      { muscle: 'fibularis-brevis', within: 3 },
    ],
  },
  {
    name: 'front of the ankle and big toe → tibialis anterior',
    source: 'Travell & Simons 1992, tibialis anterior chapter',
    selection: [area('ankle-front'), area('toes')],
    expect: [{ muscle: 'tibialis-anterior', within: 2 }],
  },
  {
    name: 'calf → soleus and gastrocnemius',
    source: 'Travell & Simons 1992, gastrocnemius and soleus chapters',
    selection: [area('calf')],
    expect: [
      { muscle: 'soleus', within: 3 },
      { muscle: 'gastrocnemius', within: 3 },
    ],
  },
  {
    name: 'tailbone → gluteus maximus, obturator internus, levator ani, coccygeus',
    source: 'Travell & Simons 1992, ch. 6 (pelvic floor) and ch. 7 (gluteus maximus TrP3)',
    selection: [area('tailbone')],
    expect: [
      { muscle: 'gluteus-maximus', within: 4 },
      { muscle: 'levator-ani', within: 4 },
      { muscle: 'coccygeus', within: 4 },
    ],
  },
  {
    name: 'the "stitch" under the front ribs → diaphragm',
    source: 'Simons, Travell & Simons 1999, intercostals and diaphragm chapter',
    selection: [area('upper-abdomen')],
    expect: [{ muscle: 'diaphragm', within: 4 }],
  },
  {
    name: 'groin and inner thigh → adductors and pectineus',
    source: 'Travell & Simons 1992, pectineus and adductor chapters',
    selection: [area('groin'), area('thigh-inner')],
    expect: [
      { muscle: 'adductor-longus', within: 4 },
      { muscle: 'pectineus', within: 4 },
    ],
  },
  {
    name: 'sacrum + buttock + back of thigh → piriformis near the top',
    source: 'Travell & Simons 1992, ch. 10 (piriformis)',
    selection: [area('sacrum'), area('buttock'), area('thigh-back')],
    expect: [{ muscle: 'piriformis', within: 4 }],
  },
  {
    name: 'chest, front and back of the upper arm and between the shoulder blades → scalenes first',
    source:
      'Simons, Travell & Simons 1999, ch. 20 (scalenes: chest, front and back of the arm, inner edge of the shoulder blade)',
    selection: [
      area('chest'),
      area('upper-arm-front'),
      area('upper-arm-back'),
      area('between-shoulder-blades'),
    ],
    expect: [{ muscle: 'scalenes', within: 1 }],
  },
  {
    name: 'low back along the hip rim, lower belly and groin → quadratus lumborum first',
    source:
      'Travell & Simons 1992, ch. 4 (upper superficial quadratus lumborum TrP: along the iliac crest, at times the lower abdomen and groin)',
    selection: [area('low-back'), area('lower-abdomen'), area('groin')],
    expect: [{ muscle: 'quadratus-lumborum', within: 1 }],
  },
  {
    name: 'jaw joint → lateral pterygoid first',
    source:
      'Simons, Travell & Simons 1999, ch. 11 (lateral pterygoid refers deep into the jaw joint) and the ch. 5 ear and jaw-joint guide',
    selection: [area('jaw')],
    expect: [{ muscle: 'lateral-pterygoid', within: 1 }],
  },
  {
    name: 'groin, inner thigh and front of the thigh → adductor longus near the top',
    source:
      'Travell & Simons 1992, adductor chapter (adductor longus and brevis: groin, front of the hip and the inner thigh)',
    selection: [area('groin'), area('thigh-inner'), area('thigh-front')],
    expect: [
      { muscle: 'adductor-longus', within: 3 },
      { muscle: 'adductor-brevis', within: 3 },
    ],
  },
  {
    name: 'side of the chest, between the shoulder blades and down the inner arm → serratus anterior first',
    source:
      'Simons, Travell & Simons 1999, serratus anterior chapter (side of the chest, inside the lower shoulder blade, down the inner arm)',
    selection: [
      area('side-ribs'),
      area('between-shoulder-blades'),
      area('upper-arm-front'),
      area('elbow-inner'),
    ],
    expect: [{ muscle: 'serratus-anterior', within: 1 }],
  },
  {
    name: 'side of the chest → serratus anterior and latissimus dorsi',
    source: 'Simons, Travell & Simons 1999, torso pain guide (side of the chest)',
    selection: [area('side-ribs')],
    expect: [
      { muscle: 'serratus-anterior', within: 1 },
      { muscle: 'latissimus-dorsi', within: 2 },
    ],
  },
  {
    name: 'outer lower leg → gluteus minimus, gastrocnemius and the fibularis muscles',
    source: 'Travell & Simons 1992, leg, ankle and foot pain guide (lateral leg)',
    selection: [area('outer-lower-leg')],
    expect: [
      { muscle: 'gluteus-minimus', within: 4 },
      { muscle: 'gastrocnemius', within: 4 },
      { muscle: 'fibularis-longus', within: 4 },
      { muscle: 'fibularis-brevis', within: 4 },
    ],
  },
  {
    name: 'low back across the back with pain low in the belly → rectus abdominis first, multifidi near the top',
    source:
      'Simons, Travell & Simons 1999, ch. 49 (lower rectus abdominis: a band across the low back and the lower belly) and ch. 48 (lumbar multifidi can refer to the belly at the same level)',
    selection: [area('low-back'), area('lower-abdomen')],
    expect: [
      { muscle: 'rectus-abdominis', within: 1 },
      { muscle: 'thoracolumbar-multifidi', within: 3 },
    ],
  },
  {
    name: 'back of the head through to the eye → SCM first, suboccipitals and splenius cervicis near the top',
    source:
      'Simons, Travell & Simons 1999, ch. 7 (sternal SCM: the occiput and around the eye), ch. 17 (suboccipitals: from the occiput to the orbit) and ch. 15 (upper splenius cervicis: through the head to behind the eye)',
    selection: [area('occiput'), area('eye')],
    expect: [
      { muscle: 'sternocleidomastoid', within: 1 },
      { muscle: 'suboccipitals', within: 3 },
      { muscle: 'splenius-cervicis', within: 5 },
    ],
  },
  {
    name: 'outer side of the upper arm, back of the hand and the fingers → scalenus minimus first',
    source:
      'Simons, Travell & Simons 1999, ch. 20 (scalenus minimus: the outer upper arm and the back of the hand, on into the thumb and fingers)',
    selection: [area('upper-arm-back'), area('hand-back'), area('fingers')],
    expect: [{ muscle: 'scalenus-minimus', within: 1 }],
  },
  {
    name: 'back of the pelvic floor and the tailbone → obturator internus, levator ani, coccygeus and the anal sphincter',
    source:
      'Travell & Simons 1992, ch. 6, fig. 6.1 (sphincter ani, levator ani and coccygeus: the coccyx and the anal region; obturator internus: the anococcygeal region)',
    selection: [area('pelvic-floor'), area('tailbone')],
    expect: [
      { muscle: 'obturator-internus', within: 4 },
      { muscle: 'levator-ani', within: 4 },
      { muscle: 'coccygeus', within: 4 },
      { muscle: 'sphincter-ani', within: 4 },
    ],
  },
  {
    name: 'low back along the spine and the upper front of the thigh → iliopsoas first',
    source:
      'Travell & Simons 1992, ch. 5 (iliopsoas: a vertical band beside the lumbar spine and the upper front of the thigh)',
    selection: [area('low-back'), area('thigh-front')],
    expect: [{ muscle: 'iliopsoas', within: 1 }],
  },
  {
    name: 'side of the shoulder down to the outer elbow → supraspinatus first',
    source:
      'Simons, Travell & Simons 1999, ch. 21 (supraspinatus: a deep ache over the middle deltoid that may reach the lateral epicondyle)',
    selection: [area('shoulder-side'), area('elbow-outer')],
    expect: [{ muscle: 'supraspinatus', within: 1 }],
  },
  {
    name: 'sacroiliac joint, low buttock and side of the hip → quadratus lumborum first',
    source:
      'Travell & Simons 1992, ch. 4 (deep quadratus lumborum TrPs: the sacroiliac joint and lower buttock; superficial: the greater trochanter)',
    selection: [area('sacrum'), area('buttock'), area('hip-side')],
    expect: [{ muscle: 'quadratus-lumborum', within: 1 }],
  },
];

describe('ranking the real atlas against classic patterns', () => {
  it.each(CASES)('$name ($source)', ({ selection, expect: wanted }) => {
    const ranked = rankMuscles(atlas, selection);
    for (const { muscle, within, side } of wanted) {
      const position = ranked.findIndex(
        (r) => r.muscleId === muscle && (side === undefined || r.sides.includes(side)),
      );
      const top = ranked
        .slice(0, within + 3)
        .map((r) => `${r.muscleId}/${r.sides.join('+')}`)
        .join(', ');
      expect(
        position,
        `${muscle} should be in the top ${within}: got ${top}`,
      ).toBeGreaterThanOrEqual(0);
      expect(position).toBeLessThan(within);
    }
  });
});
