import type { RedFlag, SourceRef } from '../src/domain/atlas.ts';
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
  'upper-arm-front',
  'upper-arm-back',
  'elbow-inner',
  'forearm-front',
  'forearm-back',
  'wrist-front',
  'palm',
  'hand-back',
  'fingers',
  'thumb',
];

/**
 * Symptoms that need a doctor before any self-treatment. Shown above the techniques whenever a
 * selected area, the place you press or the muscle itself names the flag. Worded plainly: what to
 * look for, what to do. Each flag follows the clinical guidance in its `sources`.
 */
export const RED_FLAGS: readonly RedFlag[] = [
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
      'between-shoulder-blades',
      'mid-back',
    ],
    urgency: 'emergency',
    title: 'Chest pain or pressure with breathlessness, sweating or sickness',
    signs:
      'Pain, pressure, squeezing or tightness in the chest that lasts more than a few minutes, or goes and comes back. It may spread to either arm, more often the left, though pain in the right arm or in both arms is at least as worrying, and it can reach the hand. It may also spread to the neck, jaw, shoulders, upper belly or back. It may come with shortness of breath, a cold sweat, feeling sick or light-headed. Some people, women more often, feel mainly breathlessness, sickness, or back or jaw pain.',
    advice:
      'Call emergency services now. Do not press on muscles, stretch, or wait to see whether it passes, and do not drive yourself to hospital.',
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
    title: 'Sudden, tearing or ripping pain in the chest or back',
    signs:
      'A sudden, very severe pain in the chest, between the shoulder blades, in the back or in the belly, often described as tearing or ripping, which may move as it spreads. It may come with fainting, breathlessness, a weak pulse in one arm or leg, or signs like a stroke: a drooping face, a weak arm or trouble speaking. It is more likely with high blood pressure or a known weakness of the main artery (aorta).',
    advice:
      'Call emergency services now. Keep still while you wait; do not press, stretch or try to walk it off.',
    sources: [
      cite('nhs-conditions', 'Aortic dissection: symptoms'),
      cite('goodman-2022', 'Chapter on screening for cardiovascular disease'),
    ],
  },
  {
    id: 'pulmonary-embolism',
    regions: ['chest', 'sternum', 'side-ribs', 'shoulder-top', 'mid-back'],
    urgency: 'emergency',
    title: 'Sudden breathlessness, sharp chest pain or coughing up blood',
    signs:
      'Breathlessness that comes on suddenly, sharp pain in the chest or the side of the ribs that is worse when you breathe in, coughing up blood, a racing heart or feeling faint. The pain can also be felt at the top of the shoulder or in the back of the chest. It is more likely if one calf is swollen or sore, or after an operation, a long journey, bed rest, a past clot, cancer, hormone pills, or in pregnancy or after giving birth.',
    advice:
      'Call emergency services now. Do not press on your chest, ribs or calves while you wait.',
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
    title: 'A sudden, severe headache: the worst you have ever had',
    signs:
      'A headache that comes on like a thunderclap and reaches full strength within about a minute, perhaps with a stiff neck, being sick, a fit or confusion; or a headache after a blow to the head.',
    advice: 'Call emergency services now. This is not a muscle problem to treat at home.',
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
    title: 'Headache with fever and a stiff neck',
    signs:
      'Headache with a fever, a neck too stiff to bring your chin to your chest, a rash that does not fade under a pressed glass, confusion, or light hurting your eyes.',
    advice: 'Call emergency services now.',
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
      'cheek',
      'jaw',
      'throat',
      'neck-side',
      'neck-back',
    ],
    urgency: 'emergency',
    title: 'Sudden weakness, numbness, trouble speaking or loss of vision',
    signs:
      'A face that droops on one side, an arm or leg that suddenly goes weak or numb, slurred or muddled speech, sudden loss of sight, double vision, or loss of balance. Sudden neck pain with any of these can come from a torn artery in the neck.',
    advice:
      'Call emergency services now and note the time the signs began, even if they pass within minutes. Do not press on or stretch the neck.',
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
    title: 'New temple headache after the age of 50, with a tender scalp or jaw pain on chewing',
    signs:
      'A new headache, often at the temples, in someone over 50, with a tender scalp or temple artery, an ache in the jaw or tongue that comes on as you chew and eases when you stop, blurred or double vision, or feeling generally unwell, tired or feverish.',
    advice:
      'See a doctor today. If your sight changes at all, even for a moment (blurring, double vision, a shadow or loss of sight in one eye), go to an emergency department now. Do not massage the temple until a doctor has ruled out inflamed arteries (giant cell arteritis), which can threaten sight.',
    sources: [
      cite('nice-cks', 'Giant cell arteritis'),
      cite('bsr-2020-gca', 'Recommendations: urgent referral and assessment'),
    ],
  },
  {
    id: 'eye-emergency',
    regions: ['eye'],
    urgency: 'emergency',
    title: 'A red, painful eye or sudden change in vision',
    signs:
      'A painful red eye, sudden blurred or lost vision, haloes around lights, or pain with vomiting.',
    advice:
      'Go to an emergency department now, or to an eye casualty service if there is one near you.',
    sources: [cite('nice-cks', 'Red eye')],
  },
  {
    id: 'dental-infection',
    regions: ['teeth', 'jaw', 'cheek', 'ear'],
    urgency: 'urgent',
    title: 'Toothache or face pain with swelling or fever',
    signs:
      'A swollen face or gum, a bad taste or pus, fever, difficulty opening your mouth or swallowing.',
    advice:
      'See a dentist or doctor today. If swelling spreads to the eye or neck, or breathing or swallowing is hard, call emergency services.',
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
    title: 'Pain that began with a fall, accident or blow',
    signs:
      'Pain that started after a fall, a car accident, a sports collision, a blow or a heavy lift, especially in older people, anyone with thin bones (osteoporosis) or anyone on long-term steroid tablets. More worrying still: one spot on a bone that is very sore to touch, swelling or bruising that keeps growing, a leg you cannot stand on, or a part that looks out of shape.',
    advice:
      'See a doctor or an urgent care centre today, before pressing or stretching, to rule out a broken bone or torn tissue. After a blow to the head with drowsiness, being sick, confusion or a worsening headache, or after an accident with neck pain, numbness or weakness, keep still and call emergency services.',
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
    regions: ['ankle-front', 'ankle-outer', 'ankle-inner', 'heel', 'top-of-foot', 'sole', 'toes'],
    urgency: 'urgent',
    title: 'A twisted or injured ankle or foot you cannot walk on, or a bone sore to press',
    signs:
      'After a fall or a twist: you could not take four steps straight after it and still cannot; the back edge or the tip of either ankle bone hurts when you press it; or, in the foot, the bony bump halfway along the outer edge or the bony bump on the inner side of the middle of the foot hurts when you press it. Doctors use these signs to decide on an X-ray (the Ottawa ankle and foot rules). Fast swelling and bruising can also mean a torn ligament.',
    advice:
      'Rest it and get it checked today at an urgent care centre or emergency department: it may be broken. Do not press on it, stretch it or try to walk it off. If the foot is out of shape, cold, pale or numb, call emergency services now.',
    sources: [
      cite('stiell-1993-ottawa-ankle', 'The Ottawa ankle and foot rules'),
      cite('nice-cks', 'Sprains and strains'),
    ],
  },
  {
    id: 'knee-injury',
    regions: ['knee-front', 'knee-inner', 'knee-outer', 'knee-back'],
    urgency: 'urgent',
    title: 'An injured knee you cannot walk on or bend, or that swells fast',
    signs:
      'After a fall, a twist or a blow to the knee: you could not take four steps straight after it and still cannot; you cannot bend the knee to a right angle; the kneecap itself, or the bony knob just below the outer side of the knee, hurts when you press it; or you are 55 or older. Doctors use these signs to decide on an X-ray (the Ottawa knee rule). A knee that swells within a few hours, locks or gives way may have a torn ligament or cartilage.',
    advice:
      'Get it checked today at an urgent care centre or emergency department, before you press or stretch around it. If the knee or kneecap looks out of place, or the foot below is cold, pale or numb, call emergency services now.',
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
      'upper-arm-front',
      'upper-arm-back',
      'elbow-outer',
      'elbow-inner',
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
    title:
      'An injured shoulder, arm, wrist or hand that looks out of shape, swells or will not work',
    signs:
      'After a fall (often onto an outstretched hand), a blow or a twist: a joint that looks out of shape or out of place, swelling or bruising that comes on quickly, one spot on a bone that hurts sharply when you press it, or an arm or hand you cannot lift, bend, straighten or grip with. Pain in the small hollow at the base of the thumb after a fall on the hand can be a broken wrist bone (scaphoid), even when you can still move the wrist.',
    advice:
      'Support the arm and get it checked today at an urgent care centre or emergency department, before you press or stretch it. If the hand turns cold, pale, blue or numb, call emergency services now.',
    sources: [
      cite('nice-ng38', 'Recommendations on assessing suspected fractures, including the scaphoid'),
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
    title: 'Numbness or weakness that spreads, or clumsy hands',
    signs:
      'Numbness, pins and needles or weakness that is spreading or getting worse, dropping things, clumsy hands, or unsteady walking with neck pain.',
    advice:
      'See a doctor today if it is getting worse, or you are dropping things or unsteady on your feet; otherwise within a day or two. Nerve pressure needs a proper examination before any self-treatment.',
    sources: [
      cite('nice-cks', 'Neck pain - cervical radiculopathy'),
      cite('goodman-2022', 'Chapter on screening for neurologic conditions'),
    ],
  },
  {
    id: 'arm-circulation',
    regions: [
      'neck-side',
      'upper-arm-front',
      'upper-arm-back',
      'forearm-front',
      'forearm-back',
      'hand-back',
      'palm',
      'fingers',
      'thumb',
    ],
    urgency: 'urgent',
    title: 'Arm symptoms with a cold, pale, blue or swollen hand',
    signs:
      'A hand or arm that turns cold, pale, blue or swollen, a weak pulse at the wrist, or heaviness of the arm.',
    advice:
      'See a doctor today: blood vessels may be squeezed or blocked. If the arm is suddenly cold, white and painful, call emergency services.',
    sources: [
      cite('goodman-2022', 'Chapter on screening for cardiovascular disease'),
      cite('werner-2019', 'Section on thoracic outlet syndrome'),
    ],
  },
  {
    id: 'cauda-equina',
    regions: ['low-back', 'sacrum', 'tailbone', 'buttock', 'thigh-back', 'thigh-inner', 'groin'],
    urgency: 'emergency',
    title: 'Back pain with numbness in the saddle area or loss of bladder or bowel control',
    signs:
      'Numbness or tingling around the genitals, anus or inner thighs (the saddle area), new trouble passing or holding urine, loss of bowel control, or weakness in both legs.',
    advice:
      'Go to an emergency department now. Pressure on the nerves at the base of the spine needs treatment within hours.',
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
    title: 'Back or neck pain with a history of cancer, weight loss or constant night pain',
    signs:
      'Back or neck pain with a past cancer, weight loss you cannot explain, a weakened immune system (for example from steroid tablets or cancer treatment), or pain that is constant, worse at night and not eased by rest or changing position. New back pain like this before the age of 20 or after 50 is more worrying.',
    advice:
      'If you have ever had cancer, contact your cancer team or a doctor today: back pain can be the first sign of spread to the spine. Otherwise see a doctor within a few days, before any self-treatment. If your legs become weak or numb, or you lose control of your bladder or bowels, go to an emergency department now.',
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
    title: 'Back or neck pain with a fever or shivering',
    signs:
      'Back or neck pain with a fever, chills or shivering, or pain that began after an infection, an operation, a drip or an injection, or injecting drugs, especially if your immune system is weak or you have diabetes. One spot on the spine may be very sore to tap. This can be an infection of the spine.',
    advice:
      'See a doctor today. If you also have weakness or numbness in your arms or legs, or trouble passing urine, go to an emergency department now.',
    sources: [
      cite('nice-cks', 'Back pain - low (without radiculopathy): suspected spinal infection'),
      cite('goodman-2022', 'Chapter on screening the head, neck and back'),
    ],
  },
  {
    id: 'cancer-bone-pain',
    regions: BONE_REGIONS,
    urgency: 'urgent',
    title: 'Bone pain with a past cancer, weight loss or pain at night',
    signs:
      'A deep ache in a bone that is there all the time, is worse at night or wakes you, and does not ease with rest, especially if you have had cancer, have lost weight without trying, feel unusually tired, or can feel a lump on the bone. A bone that breaks after little or no injury. In a child or teenager: any bone pain or swelling with no clear cause, or pain that wakes them at night.',
    advice:
      'See a doctor today if you have had cancer or the pain wakes you at night; get a child seen today or tomorrow. Do not press on the sore bone. If a bone breaks, or your legs become weak or numb, go to an emergency department now.',
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
    title: 'Leg weakness or a foot that drops',
    signs:
      'A leg that gives way, a foot that slaps down or catches on the ground (foot drop), or numbness that spreads down the leg.',
    advice:
      'See a doctor today: nerve weakness needs an examination. If both legs are weak, or you have numbness between your legs or trouble with your bladder or bowels, go to an emergency department now.',
    sources: [
      cite('nice-cks', 'Sciatica (lumbar radiculopathy)'),
      cite('goodman-2022', 'Chapter on screening for neurologic conditions'),
    ],
  },
  {
    id: 'blood-clot',
    regions: ['calf', 'knee-back', 'thigh-back', 'thigh-inner', 'thigh-front'],
    urgency: 'urgent',
    // Not an ambulance case on its own (NICE NG158: seen within hours), but the one warning a
    // person with a swollen calf must meet before anything else.
    atOnce: true,
    title: 'A calf or leg that is hot, swollen, red and tender',
    signs:
      'One calf or leg that is swollen, warm, red or darker than the other, heavy, aching or tender, especially after a long journey, an operation, an injury, bed rest, a past clot, cancer or starting hormone pills. Clots are more likely in pregnancy and in the weeks after giving birth.',
    advice:
      'Never massage, press or roll it: a clot could break off. Get seen today, within hours: see a doctor or go to an urgent care centre, or, if you are pregnant or have just given birth, call your maternity unit now. If you are also short of breath, have chest pain or cough up blood, call emergency services now.',
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
    title: 'Severe, growing pain and tightness in a limb after an injury or hard exercise',
    signs:
      'After an injury, a broken bone, a crush, a tight plaster cast or bandage, or unusually hard exercise: pain that is far worse than the injury seems to explain, keeps getting worse, and is worse when you move or stretch the fingers or toes; a muscle that feels tight, hard and swollen; tingling, burning or numbness. Pressure can build inside the muscle (acute compartment syndrome) and damage muscle and nerves within hours. Pain that comes each time you exercise and goes within minutes of stopping is a different, slower problem that needs a doctor soon.',
    advice:
      'Call emergency services now, or go to an emergency department now. Loosen a tight bandage; if you have a plaster cast, tell the staff at once. Do not press, stretch or massage the limb.',
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
      'ankle-front',
      'ankle-outer',
      'ankle-inner',
      'heel',
      'sole',
      'top-of-foot',
      'toes',
    ],
    urgency: 'emergency',
    title: 'A leg or foot that is suddenly cold, pale and painful',
    signs:
      'A leg or foot that suddenly becomes painful and looks pale, white or blotchy blue, feels cold compared with the other one, goes numb or tingles, or becomes weak or hard to move; the pulse in the foot may be gone. This can be a blocked artery (acute limb ischaemia), more likely with an irregular heartbeat (atrial fibrillation) or known narrowed leg arteries. Doctors remember the signs as the six Ps: pain, pallor (paleness), pulselessness, perishing cold, pins and needles, and paralysis.',
    advice:
      'Call emergency services now: the leg can only be saved if blood flow is restored within hours. Do not press, rub or put heat on it.',
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
      'toes',
    ],
    urgency: 'urgent',
    title: 'A hot, swollen, painful joint, perhaps with a fever',
    signs:
      'A joint that has become hot, red or swollen over hours or days and hurts to move or to touch, with or without a fever or shivering. It may be an infection in the joint (septic arthritis), which can destroy the joint within days, or gout, which most often strikes the big toe, the ankle or the knee. Infection is more likely with an artificial joint, a recent injection into the joint, diabetes, rheumatoid arthritis or a weak immune system.',
    advice:
      'Get seen by a doctor today. If you also have a fever, shivering or feel very unwell, go to an emergency department now. Do not press, rub, heat or stretch the joint.',
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
    title: 'Belly pain with fever, vomiting or a hard, rigid belly',
    signs:
      'Abdominal pain with a fever, repeated vomiting, vomiting blood, black stools, a belly that is hard and very tender to touch, or pain that is severe and getting worse. In pregnancy, any severe belly pain.',
    advice: 'Go to an emergency department now. Do not press into the belly.',
    sources: [
      cite('goodman-2022', 'Chapter on screening for gastrointestinal disease'),
      cite('nhs-conditions', 'Stomach ache'),
    ],
  },
  {
    id: 'abdominal-aortic-aneurysm',
    regions: ['low-back', 'upper-abdomen', 'lower-abdomen', 'side-ribs', 'groin'],
    urgency: 'emergency',
    title: 'Sudden belly, back or side pain, or a pulsing feeling in the belly',
    signs:
      'A sudden, severe pain in the belly, the low back or the side that may spread to the groin, with feeling faint, sweaty, clammy or sick, or collapsing. Or a steady throbbing you can feel in your belly, like a second heartbeat. A swelling of the main artery of the belly (abdominal aortic aneurysm) is most common in men over 65, and more likely if you smoke or used to smoke, have high blood pressure, or a close relative has had one.',
    advice:
      'Call emergency services now if the pain is sudden and severe or you feel faint. If you notice only a pulsing in your belly with no pain, see a doctor soon. Either way, do not press into your belly.',
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
    title: 'Side or back pain with fever, pain passing urine, or waves of severe pain',
    signs:
      'Pain in your side or back just below the ribs (the flank) with a fever, shivering, feeling or being sick, burning when you pass urine, needing to go often, or blood in your urine: this may be a kidney infection. Or pain that comes in waves and is so severe you cannot keep still, often spreading from the side to the lower belly or groin: this may be a kidney stone.',
    advice:
      'See a doctor today: a kidney infection needs treatment quickly. Call emergency services now if you are shivering hard, confused, very drowsy or breathing fast, if the pain is too severe to bear, or if you are pregnant and have a fever. Do not press or lean on a ball over the sore side.',
    sources: [
      cite('nice-cks', 'Pyelonephritis - acute'),
      cite('nice-cks', 'Renal or ureteric colic - acute'),
      cite('nhs-conditions', 'Kidney infection; Kidney stones'),
    ],
  },
  {
    id: 'testicular-torsion',
    regions: ['groin', 'lower-abdomen', 'thigh-inner'],
    urgency: 'emergency',
    title: 'Sudden, severe pain in a testicle',
    signs:
      'Pain in a testicle or the scrotum that comes on suddenly and is severe, sometimes spreading to the groin or lower belly, perhaps with swelling, redness, or feeling or being sick. It is most common in teenagers and young men but can happen at any age. A twisted testicle (testicular torsion) cuts off its own blood supply and can only be saved within a few hours.',
    advice:
      'Go to an emergency department now, or call emergency services. Do not wait to see whether it passes, even if the pain eases, and do not press or stretch the groin.',
    sources: [
      cite('nice-cks', 'Scrotal pain and swelling: testicular torsion'),
      cite('nhs-conditions', 'Testicle pain'),
    ],
  },
  {
    id: 'groin-lump',
    regions: ['groin', 'lower-abdomen'],
    urgency: 'soon',
    title: 'Groin pain with a lump',
    signs:
      'A bulge or lump in the groin that may come and go. If it becomes hard, very painful, cannot be pushed back, or you are vomiting, it is an emergency.',
    advice:
      'See a doctor soon and do not press on it. A hard, painful lump that will not go back needs emergency care.',
    sources: [cite('nhs-conditions', 'Hernia; Inguinal hernia')],
  },
  {
    id: 'child-back-pain',
    regions: ['neck-back', 'between-shoulder-blades', 'mid-back', 'low-back', 'sacrum'],
    urgency: 'urgent',
    title: 'A child or teenager with back pain at night, with a fever, or that does not settle',
    signs:
      'Back pain in a child or teenager that wakes them at night or is there all the time; that comes with a fever, weight loss or feeling unwell; that comes with a limp, numbness, weakness or trouble with the bladder or bowels; or that has lasted more than a few weeks. In children, back pain comes from something other than a strained muscle more often than in adults.',
    advice:
      'Take them to a doctor today if the pain wakes them, or comes with a fever, a limp, numbness or weakness; otherwise within a few days. Do not use trigger point pressure on a child’s back until a doctor has checked it.',
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
    title: 'A child with a limp, or hip, thigh or knee pain',
    signs:
      'A child who starts to limp, or will not put weight on a leg, without a clear injury, especially with a fever, a hot or swollen joint, or pain that wakes them at night. In an older child or teenager, pain in the groin, thigh or knee with a limp can come from the hip (for example a slipped growth plate at the top of the thighbone), even when only the knee seems to hurt.',
    advice:
      'If the child cannot put any weight on the leg, has a fever, or seems very unwell, get them seen today: take them to an emergency department now if they seem very unwell. Otherwise see a doctor within a day or two. Do not press or stretch the leg until a doctor has checked the hip.',
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
    regions: ['lower-abdomen', 'upper-abdomen', 'groin', 'low-back', 'sacrum', 'shoulder-top'],
    urgency: 'emergency',
    title: 'Belly or pelvic pain when you are pregnant or might be',
    signs:
      'When you are pregnant, or might be: belly or pelvic pain that is severe, constant or low down on one side; pain with bleeding from the vagina or a gush of fluid; pain at the tip of the shoulder; feeling faint, dizzy or very pale; a fever; or regular tightening or cramping before 37 weeks.',
    advice:
      'If the pain is severe, or you are bleeding heavily or feel faint, call emergency services now. Otherwise call your midwife, maternity unit or doctor now and tell them about the pain. Do not press into your belly or groin.',
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
    title: 'Headache, vision changes or pain under the ribs in the second half of pregnancy',
    signs:
      'From about 20 weeks of pregnancy until a few weeks after the birth: a bad headache that will not go away, blurred vision, flashing lights or spots, pain just below the ribs (often on the right), being sick, or sudden swelling of the face, hands or feet. These can be signs of pre-eclampsia, a condition of pregnancy with high blood pressure.',
    advice:
      'Call your midwife or maternity unit now, or a doctor or an out-of-hours medical helpline if you cannot reach them. If you have a fit, severe pain, trouble breathing or a sudden loss of sight, call emergency services now. Do not treat the headache or the pain under the ribs as a muscle problem.',
    sources: [
      cite('nhs-conditions', 'Pre-eclampsia: symptoms'),
      cite('nice-ng133', 'Recommendations on pre-eclampsia: assessment and symptoms'),
    ],
  },
];
