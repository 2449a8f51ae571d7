import type { Muscle } from '../../src/domain/atlas.ts';

/**
 * The deep front of the neck: the carotid artery, the jugular vein, the vagus nerve, the windpipe
 * and the gullet all lie over this muscle. No self-pressure: fingers would have to sink in between
 * the windpipe and the carotid artery. A trained therapist works it; the stretch is the self-care.
 */
export const longusColli: Muscle = {
  id: 'longus-colli',
  name: 'Longus colli',
  aliases: ['longus cervicis', 'deep neck flexors', 'prevertebral muscles'],
  group: 'head-neck',
  anatomy: {
    origin:
      'The front of the lower neck bones and the top three chest vertebrae (down to T3), and the front knobs of the side processes of the middle neck bones.',
    insertion:
      'The front of the upper neck bones, up to the small bump on the front of the first neck bone (atlas).',
    action:
      'Bends the neck forward and flattens its curve, and holds the neck bones steady; one side alone helps bend the neck to that side.',
    innervation: 'Front branches of the second to sixth neck nerves (C2 to C6).',
  },
  triggerPoints: [
    {
      id: 'longus-colli-tp1',
      name: 'Longus colli TrP',
      location:
        'Deep in the front of your neck, against the front of the neck bones, in the narrow gap between your windpipe and the cord that runs down the side of your neck (sternocleidomastoid), about level with your Adam’s apple or a little lower.',
      region: 'throat',
      placement: {
        from: 'thyroid-cartilage',
        offset: [0.025, -0.01, -0.01],
        facing: 'front',
      },
      depth: 'deep',
      depthNote:
        'It lies on the front of the spine, behind the windpipe, the gullet and the large blood vessels of the neck. It can only be reached by easing the fingers back between the windpipe and the pulse, which is work for a trained therapist, not for yourself.',
      referral: {
        essential: [{ region: 'throat' }, { region: 'neck-side' }],
        spillover: [{ region: 'ear' }, { region: 'neck-side', side: 'opposite' }],
      },
      symptoms: [
        'A deep ache in the front and side of the neck, which can feel like a sore throat.',
        'Swallowing may feel uncomfortable, or you may feel a lump in your throat.',
        'Sometimes the ache reaches the ear on the same side.',
        'Now and then the ache is felt on the other side of the neck too.',
        'Bending the neck forward or holding the head up from lying down feels weak or sore.',
      ],
      complaints: [
        'sore throat with no infection',
        'lump in the throat feeling',
        'front of neck pain',
        'neck pain after whiplash',
        'earache',
      ],
    },
  ],
  therapistOnly:
    'This muscle lies deep in the front of the neck, in the narrow gap between the windpipe and the big artery of the neck (carotid artery), with the jugular vein and important nerves beside them. Pressing there yourself can press on the artery or those nerves: it can slow your heart and make you faint, and rarely it can injure the artery. A trained therapist works it from the side, gently and with great care. On your own, use the stretch below and the self-care.',
  stretch: {
    position:
      'Lying on your back on a firm bed or the floor, with a small rolled towel under your neck.',
    steps: [
      'Lie on your back with the rolled towel under the curve of your neck and your head resting on the bed; keep it resting there the whole time.',
      'Let your chin lift only a little, so the front of your neck lengthens over the towel.',
      'Stop when you feel the first mild stretch at the front of your neck.',
      'Hold for 20 seconds.',
      'Bring your chin back to level slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 20,
    repetitions: 3,
    breathing: 'Breathe slowly and quietly through your nose, letting your belly rise.',
    feel: 'A faint, even lengthening along the front of the neck. Nothing more.',
    avoid: [
      'Dropping your head far back, or doing this standing or sitting with nothing behind your head.',
      'Carrying on if you feel dizzy, your sight changes, or you get tingling in your arms or face.',
      'Doing it at all after a recent neck injury until a doctor has checked you.',
      'Doing it if looking up or tipping your head back has ever made you dizzy or unsteady, or if you have a known narrowing of the neck arteries or have had a stroke or mini-stroke.',
    ],
  },
  selfCare: [
    'Lay a warm, damp cloth around the front and sides of your neck for 10 minutes to ease the ache.',
    'Keep your head balanced over your shoulders at a screen, so the deep front neck muscles are not working to hold it forward.',
    'Support your head on a pillow that keeps your neck level when you sleep.',
    'In a car, set the head rest close behind your head.',
    'Let a therapist check the muscles at the side and back of the neck too; they are often tight at the same time.',
  ],
  perpetuatingFactors: [
    'A whiplash injury, for example from a rear-end car crash.',
    'Holding your head pushed forward for long spells.',
    'A long-lasting cough or strained breathing from the upper chest.',
    'Sleeping with the neck bent forward on too many pillows.',
  ],
  precautions: [
    'Do not press on this muscle yourself: leave it to a trained therapist. Keep your fingers off the pulse at the front of the neck (the carotid artery) and never press on the windpipe.',
    'A therapist works on one side at a time and never presses both sides of the front of the neck at once.',
    'A therapist should not press here at all if you have a known narrowing of the neck arteries, have had a stroke or mini-stroke, have a swelling or lump in the neck, thyroid disease or an enlarged thyroid, or have had surgery on the front of the neck.',
    'A sore throat with fever, trouble swallowing or breathing, a lump you can feel, hoarseness for more than three weeks, or weight loss you cannot explain needs a doctor; do not assume it comes from a muscle.',
    'Sudden neck pain with dizziness, double vision, slurred speech, or weakness or numbness on one side is an emergency: call for help.',
  ],
  redFlags: ['stroke-signs'],
  sources: [
    { source: 'donnelly-2019', chapter: 'Chapter on the anterior neck muscles (longus colli)' },
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the digastric and other anterior neck muscles (longus colli)',
    },
  ],
};
