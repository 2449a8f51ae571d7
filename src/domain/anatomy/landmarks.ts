/**
 * Named anatomical landmarks of the reference body (standing height 1.75 m, anatomical position).
 * One source for the body model generator, the region map and trigger point placement.
 *
 * Coordinates: metres; origin on the floor midway between the feet; +y up; +z forward (the way
 * the person faces); +x the person's LEFT. Paired landmarks are given for the left side (x > 0)
 * and mirrored for the right; midline landmarks have x = 0.
 */

export type Vec3 = readonly [number, number, number];

export const STATURE = 1.75;

export const LANDMARKS = {
  // Head and face
  vertex: [0, 1.75, -0.005],
  glabella: [0, 1.655, 0.1],
  nasion: [0, 1.638, 0.095],
  'nose-tip': [0, 1.6, 0.118],
  'eye-centre': [0.032, 1.638, 0.078],
  'zygomatic-arch': [0.064, 1.612, 0.045],
  cheekbone: [0.052, 1.608, 0.078],
  pterion: [0.068, 1.668, 0.035],
  tragus: [0.074, 1.622, -0.002],
  mastoid: [0.058, 1.588, -0.03],
  inion: [0, 1.618, -0.1],
  tmj: [0.064, 1.612, 0.012],
  'mandible-angle': [0.052, 1.548, 0.0],
  'mouth-corner': [0.024, 1.565, 0.098],
  chin: [0, 1.523, 0.092],
  // Neck and trunk (midline)
  c7: [0, 1.448, -0.075],
  'sternal-notch': [0, 1.43, 0.068],
  'thyroid-cartilage': [0, 1.49, 0.06],
  xiphoid: [0, 1.23, 0.108],
  navel: [0, 1.05, 0.105],
  'pubic-symphysis': [0, 0.875, 0.085],
  t7: [0, 1.24, -0.11],
  t12: [0, 1.1, -0.1],
  l3: [0, 1.02, -0.085],
  s2: [0, 0.95, -0.095],
  coccyx: [0, 0.87, -0.1],
  // Shoulder girdle
  'clavicle-mid': [0.11, 1.425, 0.065],
  acromion: [0.2265, 1.432, -0.005],
  coracoid: [0.165, 1.395, 0.06],
  'scapula-superior-angle': [0.085, 1.415, -0.09],
  'scapula-spine-root': [0.08, 1.37, -0.11],
  'scapula-inferior-angle': [0.1, 1.24, -0.115],
  'shoulder-joint': [0.19, 1.4, -0.005],
  nipple: [0.1, 1.26, 0.112],
  // Arm (anatomical position: palms forward, arms a little away from the trunk). Abducted about
  // 12 degrees so the arm clears the ribs along its length and only the armpit joins the trunk.
  'deltoid-tuberosity': [0.25, 1.26, 0.0],
  'lateral-epicondyle': [0.286, 1.105, -0.012],
  'medial-epicondyle': [0.218, 1.105, -0.02],
  olecranon: [0.252, 1.115, -0.05],
  'elbow-centre': [0.252, 1.105, -0.012],
  'radial-styloid': [0.323, 0.855, 0.006],
  'ulnar-styloid': [0.271, 0.852, -0.014],
  'wrist-centre': [0.296, 0.852, -0.002],
  'middle-fingertip': [0.322, 0.664, 0.022],
  'thumb-tip': [0.356, 0.735, 0.05],
  // Added for the body model: base of the thumb (CMC joint) and the middle knuckle (3rd MCP).
  'thumb-base': [0.322, 0.83, 0.016],
  'middle-knuckle': [0.31, 0.757, 0.008],
  // Pelvis and hip
  'iliac-crest': [0.15, 1.0, -0.005],
  asis: [0.12, 0.96, 0.085],
  psis: [0.045, 0.955, -0.09],
  'greater-trochanter': [0.167, 0.928, 0.0],
  'hip-joint': [0.09, 0.9, 0.02],
  'ischial-tuberosity': [0.06, 0.83, -0.06],
  // Knee and leg
  'knee-centre': [0.095, 0.499, 0.0],
  patella: [0.095, 0.51, 0.058],
  'medial-femoral-epicondyle': [0.05, 0.5, 0.0],
  'lateral-femoral-epicondyle': [0.14, 0.5, 0.0],
  'fibular-head': [0.135, 0.465, -0.012],
  'tibial-tuberosity': [0.095, 0.45, 0.048],
  // Ankle and foot
  'ankle-centre': [0.1, 0.068, 0.0],
  'medial-malleolus': [0.07, 0.078, 0.002],
  'lateral-malleolus': [0.128, 0.062, -0.015],
  calcaneus: [0.1, 0.03, -0.065],
  'first-metatarsal-head': [0.075, 0.02, 0.15],
  'fifth-metatarsal-head': [0.135, 0.02, 0.12],
  'big-toe-tip': [0.075, 0.015, 0.2],
  // Added with the anatomical figure (issue 3): points the region and muscle outlines and the
  // figure's relief are drawn from.
  'external-occipital-protuberance': [0, 1.618, -0.1],
  'supraorbital-ridge': [0.03, 1.659, 0.092],
  'sternoclavicular-joint': [0.022, 1.438, 0.06],
  'pubic-tubercle': [0.028, 0.885, 0.094],
  'anterior-axillary-fold': [0.165, 1.3, 0.06],
  'posterior-axillary-fold': [0.165, 1.29, -0.07],
  'radial-head': [0.276, 1.085, -0.02],
  'lateral-tibial-condyle': [0.135, 0.475, 0.01],
  'medial-tibial-condyle': [0.055, 0.475, 0.01],
  'navicular-tuberosity': [0.07, 0.035, 0.045],
  'fifth-metatarsal-base': [0.14, 0.015, 0.06],
} as const satisfies Record<string, Vec3>;

export type LandmarkId = keyof typeof LANDMARKS;

export const LANDMARK_IDS = Object.keys(LANDMARKS) as LandmarkId[];

export function isLandmarkId(value: string): value is LandmarkId {
  return Object.prototype.hasOwnProperty.call(LANDMARKS, value);
}

/** A landmark on the given side (midline landmarks are the same on both). */
export function landmark(id: LandmarkId, side: 'left' | 'right' = 'left'): Vec3 {
  const [x, y, z] = LANDMARKS[id];
  return side === 'left' ? [x, y, z] : [-x, y, z];
}
