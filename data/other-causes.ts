import type { OtherCause, SourceRef } from '../src/domain/atlas.ts';
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
export const OTHER_CAUSES: readonly OtherCause[] = [
  // Head and face
  {
    id: 'migraine',
    regions: ['temple', 'forehead', 'eye'],
    kind: 'other',
    name: 'Migraine',
    feelsLike:
      'A throbbing headache, often on one side, that commonly comes with feeling sick and with light and noise bothering you. Some people first see flashing lights or zigzag lines, and moving about makes it worse.',
    whatToDo: 'See a doctor if headaches are frequent or everyday painkillers do not control them.',
    sources: [nhs('Migraine')],
  },
  {
    id: 'painkiller-headache',
    regions: ['head-vertex', 'forehead', 'temple', 'occiput'],
    kind: 'other',
    name: 'Headache from taking painkillers too often (medication overuse headache)',
    feelsLike:
      'A headache on most days that began or got worse while you were taking headache painkillers on many days each month.',
    whatToDo:
      'See a doctor, who can help you cut down safely, rather than taking more painkillers.',
    sources: [cks('Headache - assessment')],
  },
  {
    id: 'giant-cell-arteritis',
    regions: ['temple', 'head-vertex', 'jaw'],
    kind: 'vessel',
    name: 'Inflamed arteries in the temple (giant cell arteritis)',
    feelsLike:
      'A new headache at the temple after the age of 50, often with a tender scalp, an aching jaw when you chew and feeling unwell.',
    whatToDo: 'See a doctor today, as it can harm your sight.',
    urgency: 'urgent',
    sources: [nhs('Giant cell arteritis')],
  },
  {
    id: 'sinusitis',
    regions: ['cheek', 'forehead', 'eye', 'teeth'],
    kind: 'other',
    name: 'Blocked, inflamed sinuses (sinusitis)',
    feelsLike:
      'Pressure, pain and tenderness around the cheeks, eyes or forehead, often after a cold, with a blocked or runny nose. The upper teeth may ache too.',
    whatToDo:
      'It often clears in 2 to 3 weeks; a pharmacist can advise, and see a doctor if it is severe or not better after a week.',
    sources: [nhs('Sinusitis (sinus infection)')],
  },
  {
    id: 'sore-eye',
    regions: ['eye'],
    kind: 'other',
    name: 'A dry or infected eye (dry eye, conjunctivitis)',
    feelsLike:
      'The eye itself feels gritty, burning or itchy and may be red, watery or sticky, rather than aching deep behind it.',
    whatToDo: 'A pharmacist or optician can usually check it and advise.',
    sources: [nhs('Dry eyes'), nhs('Conjunctivitis')],
  },
  {
    id: 'ear-infection',
    regions: ['ear'],
    kind: 'other',
    name: 'An ear infection (otitis media, otitis externa)',
    feelsLike:
      'Pain inside the ear, often with muffled hearing, a full feeling or discharge, and sometimes a fever. An infection of the ear canal may hurt more when the ear is touched.',
    whatToDo:
      'Most clear within 3 days; a pharmacist can help with an ear canal infection, and see a doctor if it is not better after 3 days or fluid comes out.',
    sources: [nhs('Ear infections')],
  },
  {
    id: 'jaw-joint-disorder',
    regions: ['jaw', 'ear', 'temple', 'cheek'],
    kind: 'joint',
    name: 'A jaw joint problem (temporomandibular disorder)',
    feelsLike:
      'Clicking, popping or grating in the joint just in front of the ear, a jaw that feels stuck or will not open fully, and pain that is worse when you chew.',
    whatToDo:
      'It often settles with soft food and resting the jaw; see a dentist or doctor if it does not.',
    sources: [nhs('Temporomandibular disorder (TMD)')],
  },
  {
    id: 'tooth-problem',
    regions: ['teeth', 'jaw', 'cheek', 'ear'],
    kind: 'other',
    name: 'A tooth or gum problem (tooth decay, dental abscess)',
    feelsLike:
      'Pain in or around one tooth that hot, cold or sweet food sets off, or a throbbing tooth that hurts to bite on. The gum or face may swell.',
    whatToDo: 'See a dentist soon, as a doctor cannot treat the tooth.',
    urgency: 'soon',
    sources: [nhs('Toothache')],
  },
  {
    id: 'trigeminal-neuralgia',
    regions: ['cheek', 'teeth'],
    kind: 'nerve',
    name: 'An irritated nerve of the face (trigeminal neuralgia)',
    feelsLike:
      'Sudden attacks of severe, electric-shock pain on one side of the face, lasting seconds to about two minutes, set off by touch, talking, chewing or brushing your teeth.',
    whatToDo: 'See a doctor once a dentist has ruled out a tooth problem.',
    sources: [nhs('Trigeminal neuralgia')],
  },

  // Neck
  {
    id: 'throat-infection',
    regions: ['throat', 'neck-side', 'ear'],
    kind: 'other',
    name: 'A sore throat or tonsil infection (pharyngitis, tonsillitis)',
    feelsLike:
      'Pain when you swallow, often with a fever, a hoarse voice and swollen, tender glands at the side of the neck.',
    whatToDo:
      'It usually gets better within a week; see a doctor if it lasts longer or keeps coming back.',
    sources: [nhs('Sore throat'), nhs('Tonsillitis')],
  },
  {
    id: 'neck-joint-wear',
    regions: ['neck-back', 'neck-side', 'occiput', 'shoulder-top'],
    kind: 'joint',
    name: 'Wear in the neck joints (cervical spondylosis)',
    feelsLike:
      'A stiff, aching neck that may come and go, sometimes with grinding or clicking as you turn your head. It can also bring headaches.',
    whatToDo:
      'Keep moving gently; see a doctor or physiotherapist if it has not improved after a few weeks.',
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
    ],
    kind: 'nerve',
    name: 'A pinched nerve in the neck (cervical radiculopathy)',
    feelsLike:
      'Sharp, burning or electric pain that runs from the neck down the arm in a line, often with pins and needles or numbness in part of the hand. Tilting or turning your head may set it off, and resting your hand on your head may ease it.',
    whatToDo: 'See a doctor or physiotherapist; most settle over a few weeks to months.',
    sources: [cks('Neck pain - cervical radiculopathy')],
  },

  // Shoulder and upper back
  {
    id: 'rotator-cuff-problem',
    regions: ['shoulder-side', 'shoulder-front'],
    kind: 'joint',
    name: 'Strained or torn shoulder tendons (rotator cuff disorder)',
    feelsLike:
      'Pain over the outer shoulder and upper arm when you lift the arm out to the side or overhead or reach behind your back, and often when you lie on it at night.',
    whatToDo: 'See a physiotherapist or doctor if it has not eased after 2 weeks of gentle use.',
    sources: [cks('Shoulder pain'), nhs('Shoulder pain')],
  },
  {
    id: 'frozen-shoulder',
    regions: ['shoulder-front', 'shoulder-side', 'shoulder-back'],
    kind: 'joint',
    name: 'A frozen shoulder (adhesive capsulitis)',
    feelsLike:
      'The shoulder grows steadily stiffer over months until you cannot lift or turn the arm outwards, even with help, and the pain is often worse at night. It is commonest between 40 and 60 and with diabetes.',
    whatToDo: 'See a doctor or physiotherapist; it slowly improves, usually over months to years.',
    sources: [nhs('Frozen shoulder'), cks('Shoulder pain')],
  },
  {
    id: 'shoulder-osteoarthritis',
    regions: ['shoulder-back', 'shoulder-front'],
    kind: 'joint',
    name: 'Wear in the shoulder joint (osteoarthritis)',
    feelsLike:
      'A deep ache with grinding or creaking and a slow loss of movement, usually after 60 or after an old injury, that often hurts at night.',
    whatToDo: 'See a doctor or physiotherapist; exercise and pain relief often help.',
    sources: [cks('Shoulder pain'), nhs('Osteoarthritis')],
  },
  {
    id: 'acromioclavicular-joint',
    regions: ['shoulder-top'],
    kind: 'joint',
    name: 'A sore joint on top of the shoulder (acromioclavicular joint)',
    feelsLike:
      'Pain at the bony point on top of the shoulder, where the collarbone ends, that is worse when you reach across your body or overhead. The spot itself is tender.',
    whatToDo: 'See a physiotherapist or doctor if it has not settled in a few weeks.',
    sources: [cks('Shoulder pain')],
  },
  {
    id: 'shoulder-injury',
    regions: ['shoulder-side', 'shoulder-front'],
    kind: 'bone',
    name: 'A broken or dislocated shoulder after a fall (fracture, dislocation)',
    feelsLike:
      'Severe pain after a fall or blow, with a shoulder that looks the wrong shape, heavy bruising, or an arm you suddenly cannot lift.',
    whatToDo: 'Go to an urgent care clinic or emergency department today.',
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
    name: 'Aching and stiffness in both shoulders and hips (polymyalgia rheumatica)',
    feelsLike:
      'Aching and stiffness in both shoulders, and often the neck, hips and thighs, that is worst in the morning and lasts more than 45 minutes. It usually starts after 50, often with tiredness or feeling unwell.',
    whatToDo: 'See a doctor soon for a blood test.',
    urgency: 'soon',
    sources: [nhs('Polymyalgia rheumatica'), cks('Polymyalgia rheumatica')],
  },
  {
    id: 'spine-fracture',
    regions: ['mid-back', 'low-back'],
    kind: 'bone',
    name: 'A collapsed bone in the spine from thin bones (osteoporotic fracture)',
    feelsLike:
      'Sudden back pain at one spot on the spine after a small strain, lift or even a cough, usually in someone over 65, on long-term steroids or with thin bones. Over time you may lose height or stoop.',
    whatToDo: 'See a doctor soon, and do not press firmly on your spine until then.',
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
    name: 'Heart pain (angina or a heart attack)',
    feelsLike:
      'A tight, heavy or dull pressure in the chest that may spread to the arm, neck, jaw or back, brought on by exertion, stress or cold and easing within minutes of rest. Pain that does not ease with rest, or comes with sweating or breathlessness, may be a heart attack.',
    whatToDo:
      'Call emergency services if it does not stop within a few minutes; if it came and went, see a doctor today.',
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
    name: 'A tear or bulge in the main artery (aortic dissection, aortic aneurysm)',
    feelsLike:
      'Sudden, severe pain in the chest, tummy or back, often described as tearing, that may move and comes with feeling faint, clammy or breathless.',
    whatToDo: 'Call emergency services now.',
    urgency: 'emergency',
    sources: [nhs('Aortic dissection'), nhs('Abdominal aortic aneurysm')],
  },
  {
    id: 'chest-infection',
    regions: ['chest', 'side-ribs'],
    kind: 'organ',
    name: 'Inflamed lung lining or a chest infection (pleurisy, pneumonia)',
    feelsLike:
      'A sharp, stabbing pain when you breathe in, cough or sneeze, often with a cough, a fever or breathlessness. Shallow breaths may ease it.',
    whatToDo: 'See a doctor today, or call your local urgent medical advice line.',
    urgency: 'urgent',
    sources: [nhs('Pleurisy'), nhs('Pneumonia')],
  },
  {
    id: 'lung-clot',
    regions: ['chest', 'between-shoulder-blades'],
    kind: 'vessel',
    name: 'A blood clot in the lung (pulmonary embolism)',
    feelsLike:
      'Sudden breathlessness with sharp chest or upper back pain that is worse when you breathe in, sometimes with coughing up blood. It often follows surgery, a long journey or a swollen leg.',
    whatToDo: 'Call emergency services now.',
    urgency: 'emergency',
    sources: [nhs('Pulmonary embolism'), cks('Pulmonary embolism')],
  },
  {
    id: 'costochondritis',
    regions: ['sternum'],
    kind: 'joint',
    name: 'Sore rib joints beside the breastbone (costochondritis)',
    feelsLike:
      'Sharp pain where the ribs join the breastbone, tender when you press the spot, and worse with deep breaths, coughing, lying in certain positions or a hug.',
    whatToDo: 'See a doctor to be sure of the cause; it often settles within a few weeks.',
    sources: [nhs('Costochondritis')],
  },
  {
    id: 'acid-reflux',
    regions: ['sternum', 'throat'],
    kind: 'organ',
    name: 'Heartburn and acid reflux (gastro-oesophageal reflux disease)',
    feelsLike:
      'A burning feeling behind the breastbone that may rise towards the throat, with a sour taste, worse after eating, when lying down or when bending over.',
    whatToDo: 'A pharmacist can advise; see a doctor if you have it most days for 3 weeks or more.',
    sources: [nhs('Heartburn and acid reflux')],
  },
  {
    id: 'breast-pain',
    regions: ['chest'],
    kind: 'other',
    name: 'Breast pain (mastalgia)',
    feelsLike:
      'Aching, heaviness or tenderness in one or both breasts that often comes and goes with your periods.',
    whatToDo:
      'See a doctor if it is not linked to your periods, keeps getting worse, or you find a lump.',
    sources: [nhs('Breast pain')],
  },
  {
    id: 'rib-fracture',
    regions: ['side-ribs'],
    kind: 'bone',
    name: 'A cracked or bruised rib (rib fracture)',
    feelsLike:
      'Sharp pain at one spot on a rib after a fall, a blow or hard coughing, worse when you breathe in, cough or twist, with tenderness right on the bone.',
    whatToDo: 'Have it checked at an urgent care clinic or emergency department today.',
    urgency: 'urgent',
    sources: [nhs('Broken or bruised ribs')],
  },
  {
    id: 'shingles',
    regions: ['side-ribs', 'mid-back', 'upper-abdomen', 'forehead', 'eye'],
    kind: 'skin',
    name: 'Shingles (herpes zoster)',
    feelsLike:
      'A burning, tingling or stabbing pain in a band on one side of the body, with skin that is sore to touch. A blistering rash usually appears in the same place a few days later.',
    whatToDo: 'See a pharmacist or doctor today: treatment works best within 3 days of the rash.',
    urgency: 'urgent',
    sources: [nhs('Shingles'), cks('Shingles')],
  },
  {
    id: 'gallstones',
    regions: ['upper-abdomen', 'shoulder-blade', 'between-shoulder-blades'],
    kind: 'organ',
    name: 'Gallstones (biliary colic)',
    feelsLike:
      'Sudden, steady, severe pain under the right ribs or in the upper middle of the tummy that lasts minutes to a few hours and may spread to the right shoulder blade. It is sometimes set off by a fatty meal and can come with sweating or feeling sick.',
    whatToDo: 'See a doctor soon to check for gallstones.',
    urgency: 'soon',
    sources: [nhs('Gallstones'), cks('Gallstones'), goodman(VISCERAL)],
  },
  {
    id: 'stomach-ulcer',
    regions: ['upper-abdomen', 'mid-back'],
    kind: 'organ',
    name: 'Indigestion or a stomach ulcer (dyspepsia, peptic ulcer)',
    feelsLike:
      'A burning or gnawing pain in the upper tummy, often linked to meals or worse at night, with bloating or feeling sick. Anti-inflammatory painkillers such as ibuprofen are a common cause.',
    whatToDo: 'See a doctor if it keeps coming back or does not settle with indigestion medicine.',
    sources: [nhs('Stomach ulcer'), nhs('Indigestion')],
  },
  {
    id: 'appendicitis',
    regions: ['lower-abdomen'],
    kind: 'organ',
    name: 'Appendicitis',
    feelsLike:
      'Pain that starts around the belly button and over hours moves to the lower right of the tummy, getting steadily worse and sharper when you cough or walk, often with feeling sick and not wanting to eat.',
    whatToDo: 'See a doctor urgently today, or call your local urgent medical advice line.',
    urgency: 'urgent',
    sources: [nhs('Appendicitis')],
  },
  {
    id: 'bladder-infection',
    regions: ['lower-abdomen'],
    kind: 'organ',
    name: 'A bladder infection (cystitis, urinary tract infection)',
    feelsLike:
      'Burning or stinging when you pee, needing to go often and urgently, cloudy or smelly pee, and an ache low in the tummy above the pubic bone.',
    whatToDo:
      'A pharmacist can often help; see a doctor if it does not improve or keeps coming back.',
    sources: [nhs('Urinary tract infections (UTIs)')],
  },
  {
    id: 'bowel-problems',
    regions: ['lower-abdomen'],
    kind: 'organ',
    name: 'Bowel cramps (irritable bowel syndrome, diverticular disease)',
    feelsLike:
      'Cramping tummy pain that comes and goes, often with bloating and a change in your bowel habit, and that may ease after you open your bowels.',
    whatToDo:
      'See a doctor if it keeps coming back or your bowel habit changes for more than a few weeks.',
    sources: [nhs('Irritable bowel syndrome (IBS)'), cks('Diverticular disease')],
  },

  {
    id: 'period-pain',
    regions: ['lower-abdomen', 'sacrum', 'low-back'],
    kind: 'organ',
    name: 'Period pain or endometriosis (dysmenorrhoea)',
    feelsLike:
      'Cramping pain low in the tummy that comes with your periods and may spread to the lower back and thighs. Endometriosis can also hurt during sex or when you open your bowels.',
    whatToDo: 'See a doctor if the pain is severe, is changing, or comes between periods.',
    sources: [nhs('Period pain'), nhs('Endometriosis')],
  },
  // Arm and hand
  {
    id: 'tennis-elbow',
    regions: ['elbow-outer', 'forearm-back'],
    kind: 'joint',
    name: 'Tennis elbow (lateral epicondylitis)',
    feelsLike:
      'Pain on the bony point of the outer elbow that may run down the forearm, worse when you grip, lift with the palm down or twist, such as opening a jar.',
    whatToDo:
      'It often settles with rest from the task that set it off; see a doctor or physiotherapist if it lasts.',
    sources: [cks('Tennis elbow'), nhs('Tennis elbow')],
  },
  {
    id: 'golfers-elbow',
    regions: ['elbow-inner', 'forearm-front'],
    kind: 'joint',
    name: "Golfer's elbow (medial epicondylitis)",
    feelsLike:
      'Pain on the bony point of the inner elbow that may run into the forearm, worse when you grip or bend the wrist.',
    whatToDo:
      'It often settles with rest from the task that set it off; see a doctor or physiotherapist if it lasts.',
    sources: [nhs('Tennis elbow')],
  },
  {
    id: 'ulnar-nerve-elbow',
    regions: ['elbow-inner', 'forearm-front', 'fingers'],
    kind: 'nerve',
    name: 'A squeezed nerve at the inner elbow (cubital tunnel syndrome)',
    feelsLike:
      'Tingling or numbness in the ring and little fingers, with an ache at the inner elbow, worse when the elbow stays bent, such as holding a phone or sleeping.',
    whatToDo:
      'See a doctor or physiotherapist if it keeps happening or your hand feels weak or clumsy.',
    sources: [
      ref('aaos-orthoinfo', 'Ulnar Nerve Entrapment at the Elbow (Cubital Tunnel Syndrome)'),
    ],
  },
  {
    id: 'bursitis',
    regions: ['elbow-back', 'knee-front'],
    kind: 'joint',
    name: 'A swollen cushioning sac over a bony point (bursitis)',
    feelsLike:
      'A soft swelling over the point of the elbow or the front of the kneecap, often after leaning or kneeling on it. It may be sore to press, but the joint still bends.',
    whatToDo:
      'See a doctor if it is red, hot or very painful, or you feel unwell, as it may be infected.',
    sources: [nhs('Bursitis')],
  },
  {
    id: 'carpal-tunnel',
    regions: ['wrist-front', 'palm', 'thumb', 'fingers', 'forearm-front'],
    kind: 'nerve',
    name: 'A squeezed nerve at the wrist (carpal tunnel syndrome)',
    feelsLike:
      'Tingling, numbness or pain in the thumb, index and middle fingers, often worse at night and eased by shaking the hand. The grip may feel weak.',
    whatToDo:
      'See a doctor or physiotherapist if it keeps waking you or your grip is getting weaker.',
    sources: [cks('Carpal tunnel syndrome'), nhs('Carpal tunnel syndrome')],
  },
  {
    id: 'de-quervain',
    regions: ['thumb', 'wrist-back', 'forearm-back'],
    kind: 'joint',
    name: "Sore thumb tendons at the wrist (De Quervain's tenosynovitis)",
    feelsLike:
      'Pain and swelling on the thumb side of the wrist, worse when you grip, pinch, twist or lift a baby, sometimes with a sticking feeling as the thumb moves.',
    whatToDo:
      'Rest from the movements that hurt; see a doctor or physiotherapist if it does not settle.',
    sources: [ref('mayo-clinic-conditions', 'De Quervain tenosynovitis')],
  },
  {
    id: 'hand-osteoarthritis',
    regions: ['fingers', 'thumb'],
    kind: 'joint',
    name: 'Wear in the finger and thumb joints (osteoarthritis)',
    feelsLike:
      'Aching, stiff finger joints or thumb base that hurt more after use, sometimes with hard bony knobs by the end joints. Morning stiffness usually wears off within half an hour.',
    whatToDo: 'See a doctor or physiotherapist; exercises, splints and pain relief often help.',
    sources: [nhs('Osteoarthritis')],
  },
  {
    id: 'rheumatoid-arthritis',
    regions: ['fingers', 'hand-back', 'wrist-back', 'wrist-front'],
    kind: 'joint',
    name: 'Inflamed joints (rheumatoid arthritis)',
    feelsLike:
      'Warm, swollen, tender joints, often the knuckles and wrists of both hands, with stiffness that lasts more than half an hour in the morning and tiredness.',
    whatToDo: 'See a doctor soon, as early treatment helps protect the joints.',
    urgency: 'soon',
    sources: [nhs('Rheumatoid arthritis')],
  },
  {
    id: 'trigger-finger',
    regions: ['fingers', 'palm', 'thumb'],
    kind: 'joint',
    name: 'A finger that catches or locks (trigger finger)',
    feelsLike:
      'A finger or thumb that clicks, catches or sticks when you bend it and then snaps straight, with a tender lump at its base in the palm, often worse in the morning.',
    whatToDo: 'See a doctor or physiotherapist if it keeps locking or hurts.',
    sources: [nhs('Trigger finger')],
  },
  {
    id: 'ganglion',
    regions: ['wrist-back', 'wrist-front', 'hand-back'],
    kind: 'other',
    name: 'A fluid-filled lump (ganglion cyst)',
    feelsLike:
      'A smooth, firm lump, most often on the back of the wrist, that may change size and ache or tingle if it presses on a nerve.',
    whatToDo:
      'Many go away on their own; see a doctor if it hurts or you are unsure what the lump is.',
    sources: [nhs('Ganglion cyst')],
  },
  {
    id: 'wrist-fracture',
    regions: ['wrist-back', 'wrist-front'],
    kind: 'bone',
    name: 'A broken wrist bone after a fall (wrist or scaphoid fracture)',
    feelsLike:
      'Pain, swelling or bruising after falling onto your hand. Pain at the base of the thumb may mean a small wrist bone is broken, even if you can still move the wrist.',
    whatToDo: 'Go to an urgent care clinic or emergency department today.',
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
    name: 'A pinched nerve in the lower back (sciatica, lumbar radiculopathy)',
    feelsLike:
      'Shooting, burning or electric pain that runs from the buttock down the leg, often below the knee, with pins and needles or numbness in a strip. The leg often hurts more than the back, and coughing or sneezing may make it worse.',
    whatToDo:
      'Keep gently active; see a doctor or physiotherapist if it is not easing after a few weeks.',
    sources: [cks('Sciatica (lumbar radiculopathy)'), nhs('Sciatica')],
  },
  {
    id: 'kidney',
    regions: ['low-back', 'groin'],
    kind: 'organ',
    name: 'A kidney stone or kidney infection (renal colic, pyelonephritis)',
    feelsLike:
      'Pain in your side or back just under the ribs. A stone comes in severe waves that may spread to the groin and leave you unable to lie still; an infection brings a fever, shivering and often burning when you pee.',
    whatToDo: 'See a doctor urgently today, or call your local urgent medical advice line.',
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
    name: 'Inflamed spine joints (axial spondyloarthritis, ankylosing spondylitis)',
    feelsLike:
      'Back or buttock pain that began before 45, has lasted more than 3 months, is worst after rest or in the second half of the night, and eases as you move about.',
    whatToDo: 'See a doctor and mention that rest makes it worse and exercise helps.',
    sources: [nhs('Ankylosing spondylitis'), goodman(HEAD_NECK_BACK)],
  },
  {
    id: 'sacroiliac-joint',
    regions: ['sacrum', 'buttock'],
    kind: 'joint',
    name: 'A painful joint at the back of the pelvis (sacroiliac joint pain)',
    feelsLike:
      'Pain over the bony dimple at the back of the pelvis on one side that may spread into the buttock and down the leg, sometimes below the knee. It is common in pregnancy.',
    whatToDo:
      'See a physiotherapist or doctor if it does not settle; in pregnancy, tell your midwife.',
    sources: [goodman(HEAD_NECK_BACK)],
  },
  {
    id: 'spinal-stenosis',
    regions: ['buttock', 'thigh-back'],
    kind: 'nerve',
    name: 'A narrowed spinal canal (lumbar spinal stenosis)',
    feelsLike:
      'Aching, heaviness, tingling or weakness in the buttocks and legs that builds as you stand or walk and eases when you sit or bend forward, such as leaning on a shopping trolley.',
    whatToDo: 'See a doctor or physiotherapist.',
    sources: [nhs('Spinal stenosis')],
  },
  {
    id: 'tailbone-pain',
    regions: ['tailbone'],
    kind: 'bone',
    name: 'A sore tailbone (coccydynia)',
    feelsLike:
      'Pain right at the tailbone when you sit, especially leaning back, and when you stand up from sitting. It often follows a fall, childbirth or long sitting on hard seats.',
    whatToDo:
      'A cushion and avoiding long sitting often help; see a doctor if it has not improved after a few weeks.',
    sources: [nhs('Tailbone (coccyx) pain')],
  },
  {
    id: 'pilonidal-sinus',
    regions: ['tailbone'],
    kind: 'skin',
    name: 'An infected pocket in the buttock crease (pilonidal sinus)',
    feelsLike:
      'A painful, swollen, red lump at the top of the buttock crease, over the tailbone, that may leak pus or blood.',
    whatToDo: 'See a doctor soon.',
    urgency: 'soon',
    sources: [nhs('Pilonidal sinus')],
  },
  {
    id: 'groin-hernia',
    regions: ['groin'],
    kind: 'other',
    name: 'A hernia in the groin (inguinal hernia)',
    feelsLike:
      'A soft bulge in the groin that may disappear when you lie down, with an ache or dragging feeling that is worse when you lift, strain or cough.',
    whatToDo: 'See a doctor soon, and do not press on the lump.',
    urgency: 'soon',
    sources: [nhs('Hernia')],
  },
  {
    id: 'hip-osteoarthritis',
    regions: ['groin', 'thigh-front', 'thigh-inner', 'knee-front'],
    kind: 'joint',
    name: 'Wear in the hip joint (osteoarthritis)',
    feelsLike:
      'A deep ache in the groin or front of the thigh, sometimes felt only in the knee, with stiffness after rest and trouble putting on socks or cutting your toenails. It often causes a limp.',
    whatToDo: 'See a doctor or physiotherapist; exercise and pain relief often help.',
    sources: [nhs('Osteoarthritis'), cks('Knee pain - assessment'), goodman(LOWER_QUADRANT)],
  },
  {
    id: 'outer-hip-tendons',
    regions: ['hip-side', 'thigh-outer'],
    kind: 'joint',
    name: 'Sore tendons on the outer hip (greater trochanteric pain syndrome)',
    feelsLike:
      'Pain on the bony point of the outer hip that may spread down the outer thigh, worse when you lie on that side, climb stairs, stand on one leg or cross your legs.',
    whatToDo: 'See a physiotherapist or doctor if it has not settled in a few weeks.',
    sources: [cks('Greater trochanteric pain syndrome')],
  },

  // Thigh and knee
  {
    id: 'meralgia-paraesthetica',
    regions: ['thigh-outer', 'thigh-front'],
    kind: 'nerve',
    name: 'A squeezed skin nerve at the top of the thigh (meralgia paraesthetica)',
    feelsLike:
      'Burning, tingling or numbness in a patch on the outer front of the thigh, sometimes worse after standing or walking. The leg muscles stay strong.',
    whatToDo: 'Looser clothes and belts often help; see a doctor if it does not settle.',
    sources: [ref('mayo-clinic-conditions', 'Meralgia paresthetica')],
  },
  {
    id: 'knee-osteoarthritis',
    regions: ['knee-inner', 'knee-front', 'knee-outer'],
    kind: 'joint',
    name: 'Wear in the knee joint (osteoarthritis)',
    feelsLike:
      'An ache in the knee when you walk, climb stairs or kneel, stiffness after rest that wears off within half an hour, creaking, and sometimes swelling. It is commonest after 45.',
    whatToDo: 'See a doctor or physiotherapist; exercise and weight loss often help.',
    sources: [cks('Knee pain - assessment'), nhs('Osteoarthritis')],
  },
  {
    id: 'knee-cartilage-tear',
    regions: ['knee-inner', 'knee-outer', 'knee-back'],
    kind: 'joint',
    name: 'A torn knee cartilage or ligament (meniscus or ligament tear)',
    feelsLike:
      'Pain along the inner or outer side of the joint, swelling within a day, and catching, locking or giving way, often after a twist. In later life a cartilage tear can come with little injury.',
    whatToDo:
      'See a physiotherapist or doctor, and see one soon if the knee locks and will not straighten.',
    urgency: 'soon',
    sources: [cks('Knee pain - assessment'), nhs('Knee pain')],
  },
  {
    id: 'kneecap-pain',
    regions: ['knee-front'],
    kind: 'joint',
    name: 'Pain around the kneecap (patellofemoral pain)',
    feelsLike:
      'An ache around or behind the kneecap, worse on stairs, squatting, kneeling or after sitting for a long time with the knees bent.',
    whatToDo: 'Strengthening exercises often help; see a physiotherapist if it does not improve.',
    sources: [cks('Knee pain - assessment'), nhs('Knee pain')],
  },
  {
    id: 'iliotibial-band',
    regions: ['knee-outer', 'thigh-outer'],
    kind: 'joint',
    name: 'Outer knee pain in runners (iliotibial band syndrome)',
    feelsLike:
      'A sharp or burning pain on the outer side of the knee that starts at a similar point in each run or ride, especially downhill, and eases with rest.',
    whatToDo: 'Ease back on running; see a physiotherapist if it does not improve.',
    sources: [cks('Knee pain - assessment')],
  },
  {
    id: 'bakers-cyst',
    regions: ['knee-back'],
    kind: 'joint',
    name: "A fluid swelling behind the knee (Baker's cyst)",
    feelsLike:
      'A swelling or tight feeling behind the knee, worse when you fully bend or straighten it. If it bursts, the calf can become painful and swollen, much like a clot.',
    whatToDo: 'See a doctor if it is painful or getting bigger.',
    sources: [nhs("Baker's cyst")],
  },

  // Lower leg and foot
  {
    id: 'leg-clot',
    regions: ['calf', 'knee-back', 'thigh-back', 'thigh-inner'],
    kind: 'vessel',
    name: 'A blood clot in a leg vein (deep vein thrombosis)',
    feelsLike:
      'Throbbing or cramping pain in one leg, usually the calf, with swelling, warmth and red or darkened skin. It often follows surgery, illness, a long journey or pregnancy.',
    whatToDo:
      'Do not massage the leg; get medical help today, and call emergency services if you are short of breath or have chest pain.',
    urgency: 'emergency',
    sources: [nhs('DVT (deep vein thrombosis)')],
  },
  {
    id: 'leg-artery-narrowing',
    regions: ['calf', 'thigh-back'],
    kind: 'vessel',
    name: 'Narrowed leg arteries (peripheral arterial disease)',
    feelsLike:
      'A cramping ache in the calf, thigh or buttock that comes on after walking a similar distance each time and goes within minutes of standing still. The feet may be cold or pale.',
    whatToDo:
      'See a doctor soon, as the same narrowing raises the risk of heart attack and stroke.',
    urgency: 'soon',
    sources: [cks('Peripheral arterial disease'), nhs('Peripheral arterial disease (PAD)')],
  },
  {
    id: 'varicose-veins',
    regions: ['calf', 'knee-back', 'thigh-inner', 'ankle-inner'],
    kind: 'vessel',
    name: 'Swollen, twisted veins (varicose veins)',
    feelsLike:
      'Aching, heavy or throbbing legs with bulging blue or purple veins, worse after standing and better when you raise your legs. The ankles may swell or itch.',
    whatToDo: 'See a doctor if they ache, bother you or the skin over them changes.',
    sources: [nhs('Varicose veins')],
  },
  {
    id: 'shin-splints',
    regions: ['shin'],
    kind: 'bone',
    name: 'Shin splints (medial tibial stress syndrome)',
    feelsLike:
      'An ache along the inner edge of the shin bone during or after running or jumping, tender along a stretch of bone rather than at one spot.',
    whatToDo:
      'Rest from running and jumping; see a doctor or physiotherapist if it does not improve.',
    sources: [nhs('Shin splints')],
  },
  {
    id: 'stress-fracture',
    regions: ['shin', 'outer-lower-leg', 'top-of-foot', 'heel'],
    kind: 'bone',
    name: 'A small crack in a bone from overuse (stress fracture)',
    feelsLike:
      'Pain at one spot on the bone that builds with each step or run, may ache at rest or at night, and is tender when you press right on the bone.',
    whatToDo: 'Stop running or jumping on it and see a doctor or physiotherapist soon.',
    urgency: 'soon',
    sources: [goodman(LOWER_QUADRANT)],
  },
  {
    id: 'cellulitis',
    regions: ['shin', 'outer-lower-leg'],
    kind: 'skin',
    name: 'A skin infection (cellulitis)',
    feelsLike:
      'Skin that is hot, swollen, painful and red or darker than usual, spreading over hours to days, sometimes with a fever or shivering.',
    whatToDo: 'See a doctor urgently today, or call your local urgent medical advice line.',
    urgency: 'urgent',
    sources: [nhs('Cellulitis')],
  },
  {
    id: 'achilles-tendinopathy',
    regions: ['heel'],
    kind: 'joint',
    name: 'A sore Achilles tendon (Achilles tendinopathy)',
    feelsLike:
      'Pain and stiffness in the cord just above the back of the heel, worst first thing in the morning and at the start of exercise, with a tender, sometimes thickened tendon.',
    whatToDo: 'Ease back on running and jumping; see a physiotherapist or doctor if it lasts.',
    sources: [nhs('Achilles tendinopathy')],
  },
  {
    id: 'achilles-rupture',
    regions: ['heel', 'calf'],
    kind: 'joint',
    name: 'A torn Achilles tendon (Achilles rupture)',
    feelsLike:
      'A sudden snap or a feeling of being kicked in the back of the ankle or calf, then trouble pushing off or standing on tiptoe.',
    whatToDo: 'Go to an urgent care clinic or emergency department today.',
    urgency: 'urgent',
    sources: [nhs('Achilles tendinopathy')],
  },
  {
    id: 'ankle-sprain',
    regions: ['ankle-outer', 'ankle-front'],
    kind: 'joint',
    name: 'A sprained ankle (ligament sprain)',
    feelsLike:
      'Pain, swelling and bruising around the outer ankle after rolling it, with pain as you walk, that usually improves over a few weeks.',
    whatToDo:
      'Rest and raise it for the first few days, then move it gently; see a doctor or physiotherapist if it is not improving.',
    sources: [nhs('Sprains and strains')],
  },
  {
    id: 'ankle-fracture',
    regions: ['ankle-outer', 'ankle-inner'],
    kind: 'bone',
    name: 'A broken ankle (ankle fracture)',
    feelsLike:
      'After a twist or fall you cannot put weight on the foot, or the bone itself is very tender to press, often with a lot of swelling or bruising.',
    whatToDo: 'Go to an urgent care clinic or emergency department today.',
    urgency: 'urgent',
    sources: [nhs('Broken ankle')],
  },
  {
    id: 'plantar-heel-pain',
    regions: ['heel', 'sole'],
    kind: 'joint',
    name: 'Heel pain from the band under the foot (plantar fasciitis)',
    feelsLike:
      'Sharp pain under the heel with your first steps in the morning or after sitting, easing as you walk and aching again after long standing.',
    whatToDo:
      'Rest, cushioned shoes and stretches often help; see a doctor or podiatrist if it has not improved in a few weeks.',
    sources: [cks('Plantar fasciitis'), nhs('Heel pain')],
  },
  {
    id: 'mortons-neuroma',
    regions: ['sole'],
    kind: 'nerve',
    name: "A thickened nerve between the toes (Morton's neuroma)",
    feelsLike:
      'Burning, sharp or shooting pain in the ball of the foot, often between the third and fourth toes, like standing on a pebble, sometimes with tingling or numb toes. Tight or high-heeled shoes make it worse.',
    whatToDo:
      'Wider shoes with a low heel often help; see a doctor or podiatrist if it does not improve.',
    sources: [cks("Morton's neuroma"), nhs("Morton's neuroma")],
  },
  {
    id: 'hard-skin',
    regions: ['sole', 'toes'],
    kind: 'skin',
    name: 'Hard skin, corns or a verruca (callus, plantar wart)',
    feelsLike:
      'A hard, thickened patch of skin on the sole or toes that hurts when you stand or press on it. A verruca may show tiny black dots.',
    whatToDo:
      'A pharmacist or podiatrist can help; see a doctor if you have diabetes or it bleeds or changes.',
    sources: [nhs('Corns and calluses'), nhs('Warts and verrucas')],
  },
  {
    id: 'nerve-damage-feet',
    regions: ['toes', 'sole', 'top-of-foot'],
    kind: 'nerve',
    name: 'Damaged nerves in the feet (peripheral neuropathy)',
    feelsLike:
      'Burning, tingling, pins and needles or numbness in both feet that starts in the toes and slowly spreads upwards, often worse at night. It is common with diabetes.',
    whatToDo: 'See a doctor soon; blood tests can look for causes that can be treated.',
    urgency: 'soon',
    sources: [nhs('Peripheral neuropathy')],
  },
  {
    id: 'gout',
    regions: ['toes', 'top-of-foot', 'ankle-front'],
    kind: 'joint',
    name: 'Gout',
    feelsLike:
      'Sudden, severe pain in one joint, most often the big toe, which becomes hot, red and swollen over hours and so tender that even a bedsheet hurts.',
    whatToDo: 'See a doctor soon.',
    urgency: 'soon',
    sources: [nhs('Gout')],
  },
  {
    id: 'bunion',
    regions: ['toes'],
    kind: 'joint',
    name: 'A bunion (hallux valgus)',
    feelsLike:
      'A bony lump at the base of the big toe, with the toe leaning towards the others and sore, red skin where shoes rub.',
    whatToDo:
      'Wide, comfortable shoes and bunion pads may help; see a doctor or podiatrist if the pain stops you doing normal things.',
    sources: [nhs('Bunions')],
  },
  {
    id: 'ingrown-toenail',
    regions: ['toes'],
    kind: 'skin',
    name: 'An ingrown toenail',
    feelsLike:
      'Pain, redness and swelling along the side of a toenail, usually the big toe, sometimes with pus.',
    whatToDo:
      'Roomy shoes and keeping it clean help; see a doctor or podiatrist if it looks infected.',
    sources: [nhs('Ingrown toenail')],
  },
];
