/**
 * Which superficial muscle lies under a point on (or near) the skin, if any.
 *
 * Like the region map, this is a small decision procedure over the landmarks: the region of the
 * point first (so a muscle border that coincides with a region border, such as the deltoid's or
 * the septa between biceps and triceps, is the very same line), then muscle outlines drawn from
 * bony landmarks: the spine of the scapula and the line from it to T12 for the trapezius, the
 * lower border of pectoralis major from the sixth costal cartilage to the anterior axillary
 * fold, the line from the PSIS toward the greater trochanter for gluteus maximus, the spiral of
 * sartorius round the thigh, and so on. Where the skin covers bone, fascia or tendon (sternum,
 * linea alba, shin, kneecap, hands, feet, low back fascia) the answer is `undefined`.
 *
 * The body model labels its triangles with this function and cuts the mesh where the answer
 * changes, so the outline of a muscle on the figure follows these definitions exactly.
 */
import type { RegionId } from '../regions.ts';
import { LANDMARKS, type LandmarkId, type Vec3 } from './landmarks.ts';
import {
  armCoordinates,
  clavicleY,
  iliacCrestY,
  inguinalY,
  legAngle,
  regionOfLeftPoint,
  trunkAngle,
} from './regionMap.ts';

/**
 * The muscles the figure shows on its surface, as atlas muscle ids. A vertex's `_MUSCLE` value
 * is 0 for none, otherwise 1 + the index into this list: append only, never reorder.
 */
export const SURFACE_MUSCLES = [
  'temporalis',
  'masseter',
  'occipitofrontalis',
  'orbicularis-oculi',
  'zygomaticus-major',
  'sternocleidomastoid',
  'upper-trapezius',
  'middle-trapezius',
  'lower-trapezius',
  'deltoid',
  'pectoralis-major',
  'serratus-anterior',
  'latissimus-dorsi',
  'infraspinatus',
  'teres-major',
  'rectus-abdominis',
  'external-oblique',
  'gluteus-maximus',
  'gluteus-medius',
  'tensor-fasciae-latae',
  'sartorius',
  'rectus-femoris',
  'vastus-lateralis',
  'vastus-medialis',
  'adductor-longus',
  'gracilis',
  'biceps-femoris',
  'semitendinosus',
  'gastrocnemius',
  'soleus',
  'tibialis-anterior',
  'fibularis-longus',
  'biceps-brachii',
  'triceps-brachii',
  'brachioradialis',
  'extensor-digitorum',
  'flexor-carpi-radialis',
  'flexor-carpi-ulnaris',
] as const;

/** A muscle the figure shows on its surface. */
export type SurfaceMuscleId = (typeof SURFACE_MUSCLES)[number];

const L = (id: LandmarkId): Vec3 => LANDMARKS[id];
const DEG = 180 / Math.PI;

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}
function clamp01(t: number): number {
  return t < 0 ? 0 : t > 1 ? 1 : t;
}
/** Distance from p to segment ab. */
function toSegment(p: Vec3, a: Vec3, b: Vec3): number {
  const ab: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const ap: Vec3 = [p[0] - a[0], p[1] - a[1], p[2] - a[2]];
  const t = clamp01(
    (ap[0] * ab[0] + ap[1] * ab[1] + ap[2] * ab[2]) /
      (ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2]),
  );
  return Math.hypot(ap[0] - ab[0] * t, ap[1] - ab[1] * t, ap[2] - ab[2] * t);
}
/** Signed difference of two angles in degrees, in (-180, 180]. */
function angleDiff(a: number, b: number): number {
  let d = (a - b) % 360;
  if (d > 180) d -= 360;
  if (d <= -180) d += 360;
  return d;
}

// ---- Head -----------------------------------------------------------------------------------
const TEMPORAL_FOSSA: Vec3 = [0.07, 1.658, 0.012];
const MASSETER_TOP: Vec3 = [0.063, 1.603, 0.034];
const MASSETER_BOTTOM: Vec3 = [0.054, 1.553, 0.012];
const ZYGOMATICUS_TOP: Vec3 = [0.058, 1.606, 0.066];

function headMuscle(p: Vec3, region: RegionId): SurfaceMuscleId | undefined {
  const [x, y, z] = p;
  if (region === 'eye') return 'orbicularis-oculi';
  if (region === 'ear') return undefined;
  // The fan of temporalis fills the temporal fossa above the zygomatic arch.
  if (
    x > 0.05 &&
    ((y - TEMPORAL_FOSSA[1]) / 0.042) ** 2 + ((z - TEMPORAL_FOSSA[2]) / 0.05) ** 2 < 1 &&
    y > L('zygomatic-arch')[1] + 0.008
  )
    return 'temporalis';
  // Masseter: from the zygomatic arch down and back to the angle of the jaw.
  if (x > 0.042 && toSegment(p, MASSETER_TOP, MASSETER_BOTTOM) < 0.017) return 'masseter';
  // Zygomaticus major: a strap from the cheekbone to the corner of the mouth.
  if (toSegment(p, ZYGOMATICUS_TOP, L('mouth-corner')) < 0.008) return 'zygomaticus-major';
  // Occipitofrontalis: the frontal belly over the forehead, the occipital belly above the inion.
  if (region === 'forehead') return 'occipitofrontalis';
  if (region === 'occiput' && y > L('inion')[1] + 0.012) return 'occipitofrontalis';
  return undefined;
}

// ---- Neck -----------------------------------------------------------------------------------
const STERNOCLAVICULAR = L('sternoclavicular-joint');

function sternocleidomastoid(p: Vec3): boolean {
  // Its two heads (sternal and clavicular) make it widen toward the bottom.
  const m = L('mastoid');
  const t = clamp01((m[1] - p[1]) / (m[1] - STERNOCLAVICULAR[1]));
  return toSegment(p, m, STERNOCLAVICULAR) < lerp(0.011, 0.017, t);
}

// ---- Trunk ----------------------------------------------------------------------------------
const SPINE_ROOT = L('scapula-spine-root');
const ACROMION = L('acromion');
const INFERIOR_ANGLE = L('scapula-inferior-angle');
const T12 = L('t12');

/** Height of the spine of the scapula at x (from its root to the acromion). */
function scapularSpineY(x: number): number {
  return lerp(
    SPINE_ROOT[1],
    ACROMION[1] - 0.012,
    clamp01((x - SPINE_ROOT[0]) / (ACROMION[0] - SPINE_ROOT[0])),
  );
}
/** Lateral border of the lower trapezius: from T12 up and out to the root of the spine. */
function lowerTrapeziusX(y: number): number {
  return lerp(0, SPINE_ROOT[0] + 0.004, clamp01((y - T12[1]) / (SPINE_ROOT[1] - T12[1])));
}
/** Lower border of pectoralis major: sixth costal cartilage up to the anterior axillary fold. */
function pectoralLowerY(x: number): number {
  return L('xiphoid')[1] - 0.025 + 0.72 * Math.max(0, x - 0.02);
}
/** Half-width of rectus abdominis by height: broad above, narrowing to the pubis. */
function rectusHalfWidth(y: number): number {
  if (y > 1.05) return lerp(0.068, 0.072, clamp01((y - 1.05) / 0.17));
  return lerp(0.036, 0.068, clamp01((y - L('pubic-symphysis')[1]) / (1.05 - 0.885)));
}
/** Upper border of gluteus maximus: from beside the PSIS down and out toward the trochanter. */
function gluteusMaximusTopY(x: number): number {
  return L('psis')[1] + 0.012 - 0.48 * Math.max(0, x - 0.035);
}

function trapezius(p: Vec3, theta: number): SurfaceMuscleId | undefined {
  const [x, y] = p;
  if (theta < 95 || y < T12[1]) return undefined;
  // Upper fibres: above the line from C7 out to the acromion.
  if (y > lerp(L('c7')[1] - 0.004, ACROMION[1] + 0.004, clamp01(x / ACROMION[0])))
    return x < ACROMION[0] - 0.01 ? 'upper-trapezius' : undefined;
  if (y > scapularSpineY(x)) {
    // Middle fibres run across to the spine of the scapula and the acromion.
    return x < ACROMION[0] - 0.012 ? 'middle-trapezius' : undefined;
  }
  // Below the spine: the middle fibres cover the upper inner corner, the lower fibres the
  // triangle down to T12.
  if (x < lowerTrapeziusX(y))
    return y > SPINE_ROOT[1] - 0.03 ? 'middle-trapezius' : 'lower-trapezius';
  return undefined;
}

function trunkMuscle(p: Vec3, region: RegionId): SurfaceMuscleId | undefined {
  const [x, y, z] = p;
  const theta = trunkAngle(p);
  if (region === 'throat' || region === 'sternum' || region === 'tailbone') return undefined;
  if (y > clavicleY(x) - 0.004 && z > 0.03) {
    // Above the collarbone in front: the sternocleidomastoid's lower end, then the hollow.
    return sternocleidomastoid(p) ? 'sternocleidomastoid' : undefined;
  }
  if (region === 'shoulder-top') return 'upper-trapezius';
  const trap = trapezius(p, theta);
  if (trap) return trap;
  // Shoulder blade below its spine: teres major along the lower outer border, infraspinatus in
  // the fossa.
  if (theta > 110 && y > INFERIOR_ANGLE[1] - 0.012 && y < scapularSpineY(x)) {
    const lateralBorderX = lerp(
      INFERIOR_ANGLE[0] + 0.012,
      0.182,
      clamp01((y - INFERIOR_ANGLE[1]) / 0.16),
    );
    if (x < lateralBorderX) {
      const teres = toSegment(
        p,
        [INFERIOR_ANGLE[0] + 0.01, INFERIOR_ANGLE[1] + 0.01, p[2]],
        [0.17, 1.31, p[2]],
      );
      return teres < 0.02 ? 'teres-major' : 'infraspinatus';
    }
  }
  // Front of the chest.
  if (theta < 78 && y > pectoralLowerY(x) && x > 0.012) return 'pectoralis-major';
  // Linea alba and the rectus sheath: a narrow strip of fascia on the midline.
  const iliac = iliacCrestY(x);
  if (theta < 45 && y < pectoralLowerY(x) && y > inguinalY(x) && y < L('xiphoid')[1] + 0.02) {
    if (x < 0.005) return undefined;
    if (x < rectusHalfWidth(y)) return 'rectus-abdominis';
  }
  // Serratus anterior: the fingers on the side of the ribs, below the armpit.
  if (theta >= 60 && theta < 100 && y > 1.14 && y < 1.33) return 'serratus-anterior';
  // External oblique: the flank and the side of the abdomen, down to the iliac crest and the
  // inguinal ligament.
  if (theta < 100 && y > Math.max(inguinalY(x), iliac + 0.01) && y < 1.24)
    return 'external-oblique';
  // Latissimus dorsi: behind the mid-axillary line, from the iliac crest and the lower back up
  // to the posterior axillary fold; medially, in the low back, the fascia covers the spine.
  if (theta >= 95 && y > iliac + 0.02 && y < 1.33) {
    const medial = y < T12[1] ? 0.055 : lowerTrapeziusX(y);
    if (x > medial) return 'latissimus-dorsi';
    return undefined;
  }
  return pelvisMuscle(p, theta);
}

function pelvisMuscle(p: Vec3, theta: number): SurfaceMuscleId | undefined {
  const [x, y, z] = p;
  if (tensorFasciaeLatae(p)) return 'tensor-fasciae-latae';
  if (theta < 90 || z > L('asis')[2] - 0.02) return undefined;
  if (y < gluteusMaximusTopY(x)) return x > 0.028 ? 'gluteus-maximus' : undefined;
  if (y < iliacCrestY(x) && x > 0.07) return 'gluteus-medius';
  return undefined;
}

function tensorFasciaeLatae(p: Vec3): boolean {
  // A short flat belly from just behind the ASIS down the front of the hip, ending well above
  // the middle of the thigh in the iliotibial band.
  return p[0] > 0.11 && toSegment(p, [0.148, 0.935, 0.06], [0.165, 0.815, 0.035]) < 0.03;
}

// ---- Legs -----------------------------------------------------------------------------------
/** Angle of sartorius round the thigh by height: from the front-outside at the ASIS it spirals
 * across the front to the inside of the knee. */
function sartoriusPhi(y: number): number {
  return lerp(175, 78, clamp01((y - 0.56) / (0.9 - 0.56)));
}

function thighMuscle(p: Vec3): SurfaceMuscleId | undefined {
  const y = p[1];
  const phi = legAngle(p);
  const kc = L('knee-centre');
  if (y < kc[1] + 0.03) return undefined;
  if (tensorFasciaeLatae(p)) return 'tensor-fasciae-latae';
  if (Math.abs(angleDiff(phi, sartoriusPhi(y))) < 15) return 'sartorius';
  // Back of the thigh, below the buttock.
  if (phi < -40 && phi > -165) {
    if (y > 0.83 && p[0] > 0.03) return 'gluteus-maximus';
    return phi > -95 ? 'biceps-femoris' : 'semitendinosus';
  }
  if (phi >= -40 && phi < 60) return y < 0.87 ? 'vastus-lateralis' : undefined;
  const s = sartoriusPhi(y);
  if (phi >= 60 && phi < s) return y < 0.86 ? 'rectus-femoris' : undefined;
  // Inside the sartorius: vastus medialis low down, the adductors above.
  if (y < 0.66) return angleDiff(phi, s) < 45 ? 'vastus-medialis' : 'gracilis';
  return angleDiff(phi, s) < 40 && y > 0.7 ? 'adductor-longus' : 'gracilis';
}

function lowerLegMuscle(p: Vec3, region: RegionId): SurfaceMuscleId | undefined {
  const y = p[1];
  const phi = legAngle(p);
  if (y > L('fibular-head')[1] - 0.012 || y < 0.13 || region === 'knee-front') return undefined;
  // The two heads of gastrocnemius reach lower on the inside than on the outside.
  if (phi < -25 && phi > -165) {
    const bottom = lerp(0.31, 0.275, clamp01((-phi - 25) / 140));
    return y > bottom ? 'gastrocnemius' : 'soleus';
  }
  if (phi <= -165 || phi > 165) return y < 0.3 && y > 0.15 ? 'soleus' : undefined;
  if (phi >= -25 && phi < 38) return y > 0.16 ? 'fibularis-longus' : undefined;
  // Tibialis anterior lies just outside the shin bone's crest; inside the crest is bare bone.
  if (phi >= 38 && phi < 88) return y > 0.15 ? 'tibialis-anterior' : undefined;
  return undefined;
}

// ---- Arm ------------------------------------------------------------------------------------
function armMuscle(p: Vec3, region: RegionId): SurfaceMuscleId | undefined {
  switch (region) {
    case 'shoulder-front':
    case 'shoulder-side':
    case 'shoulder-back':
      return 'deltoid';
    case 'upper-arm-front': {
      const { s, phi, elbow } = armCoordinates(p);
      if (s > elbow - 0.035) return phi > 0 && phi < 60 ? 'brachioradialis' : undefined;
      // Biceps in front; the medial strip in front of the septum is the neurovascular groove.
      return phi < 150 ? 'biceps-brachii' : undefined;
    }
    case 'upper-arm-back':
      return 'triceps-brachii';
    case 'forearm-front':
    case 'forearm-back': {
      const { s, phi, elbow, wrist } = armCoordinates(p);
      const t = (s - elbow) / (wrist - elbow);
      if (t > 0.82) return undefined; // tendons at the wrist
      if (phi > -20 && phi < 55 && t < 0.62) return 'brachioradialis';
      if (region === 'forearm-back') return 'extensor-digitorum';
      if (phi >= 55 && phi < 115) return 'flexor-carpi-radialis';
      return 'flexor-carpi-ulnaris';
    }
    default:
      return undefined;
  }
}

/** The superficial muscle under a point on the left half (x >= 0), if any. */
export function muscleOfLeftPoint(p: Vec3): SurfaceMuscleId | undefined {
  const region = regionOfLeftPoint(p);
  switch (region) {
    case 'head-vertex':
    case 'forehead':
    case 'temple':
    case 'occiput':
    case 'eye':
    case 'ear':
    case 'cheek':
    case 'jaw':
    case 'teeth':
      return headMuscle(p, region);
    case 'throat':
    case 'neck-side':
    case 'neck-back': {
      if (sternocleidomastoid(p)) return 'sternocleidomastoid';
      if (region === 'neck-back') return 'upper-trapezius';
      // The back of the side of the neck is the front edge of the trapezius.
      const theta = Math.atan2(p[0], p[2] + 0.015) * DEG;
      return region === 'neck-side' && theta > 108 ? 'upper-trapezius' : undefined;
    }
    case 'shoulder-front':
    case 'shoulder-side':
    case 'shoulder-back':
    case 'upper-arm-front':
    case 'upper-arm-back':
    case 'forearm-front':
    case 'forearm-back':
      return armMuscle(p, region);
    case 'elbow-outer':
    case 'elbow-inner':
    case 'elbow-back':
    case 'wrist-back':
    case 'wrist-front':
    case 'hand-back':
    case 'palm':
    case 'thumb':
    case 'fingers':
      return undefined;
    case 'thigh-front':
    case 'thigh-outer':
    case 'thigh-inner':
    case 'thigh-back':
    case 'knee-inner':
    case 'knee-outer':
      return thighMuscle(p);
    case 'knee-front':
    case 'knee-back':
    case 'ankle-front':
    case 'ankle-outer':
    case 'ankle-inner':
    case 'heel':
    case 'sole':
    case 'top-of-foot':
    case 'toes':
      return undefined;
    case 'shin':
    case 'outer-lower-leg':
    case 'calf':
      return lowerLegMuscle(p, region);
    case 'hip-side':
      return tensorFasciaeLatae(p) ? 'tensor-fasciae-latae' : pelvisMuscle(p, trunkAngle(p));
    case 'groin':
      return p[1] < inguinalY(p[0]) - 0.004 ? thighMuscle(p) : undefined;
    case 'buttock':
      return p[1] < 0.84 && trunkAngle(p) < 100 ? thighMuscle(p) : pelvisMuscle(p, trunkAngle(p));
    default:
      return trunkMuscle(p, region);
  }
}

/**
 * The superficial muscle under a point on (or near) the skin, as an atlas muscle id, or
 * `undefined` where the skin covers bone, tendon or fascia. The right half is the mirror image.
 */
export function muscleAt(p: Vec3): SurfaceMuscleId | undefined {
  return muscleOfLeftPoint([Math.abs(p[0]), p[1], p[2]]);
}
