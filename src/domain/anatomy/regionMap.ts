/**
 * Which pain region a point on (or near) the skin belongs to.
 *
 * The map is a small decision procedure over the landmarks: first the body part (arm, head,
 * neck, leg, foot or trunk, each decided by tests against landmark-defined lines and surfaces),
 * then the region within the part, with borders along anatomical lines: the intermuscular septa
 * of the arm, the knuckle line, the clavicle, the costal margin, the inguinal crease, the
 * gluteal fold, the iliac crest, the outline of the shoulder blade, the axillary folds, the
 * elbow crease and the sides of the cubital fossa, the edges of the Achilles tendon, the borders
 * of the foot, the creases of the inner thighs round the perineum, circles around bony points
 * (epicondyles, malleoli, trochanter, kneecap). The head uses nearest landmark-seeded points.
 *
 * The body model labels its triangles with this same function and cuts the mesh where the answer
 * changes, so a click and the highlighted surface can never disagree.
 */
import type { BodyArea, RegionId } from '../regions.ts';
import { LANDMARKS, type LandmarkId, type Vec3 } from './landmarks.ts';

const L = (id: LandmarkId): Vec3 => LANDMARKS[id];
const DEG = 180 / Math.PI;

function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}
function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
function dist(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}
function clamp01(t: number): number {
  return t < 0 ? 0 : t > 1 ? 1 : t;
}
/** Distance from p to segment ab, and the parameter of the closest point. */
function toSegment(p: Vec3, a: Vec3, b: Vec3): { d: number; t: number } {
  const ab = sub(b, a);
  const t = clamp01(dot(sub(p, a), ab) / dot(ab, ab));
  const c: Vec3 = [a[0] + ab[0] * t, a[1] + ab[1] * t, a[2] + ab[2] * t];
  return { d: dist(p, c), t };
}
/** Piecewise-linear table lookup; rows sorted by key. */
function table(rows: ReadonlyArray<readonly number[]>, key: number, col: number): number {
  const first = rows[0] as readonly number[];
  if (key <= (first[0] as number)) return first[col] as number;
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1] as readonly number[];
    const b = rows[i] as readonly number[];
    if (key <= (b[0] as number)) {
      const t = (key - (a[0] as number)) / ((b[0] as number) - (a[0] as number));
      return lerp(a[col] as number, b[col] as number, t);
    }
  }
  return (rows[rows.length - 1] as readonly number[])[col] as number;
}
function pointInPolygon(
  x: number,
  y: number,
  poly: ReadonlyArray<readonly [number, number]>,
): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i] as readonly [number, number];
    const [xj, yj] = poly[j] as readonly [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// ---- Trunk cross-section: half-width, half-depth and centre depth by height -----------------
// Used to tell the arm from the trunk and to measure how far round the trunk a point is.
const TRUNK: ReadonlyArray<readonly [number, number, number, number]> = [
  // y, half-width, half-depth, centre z
  [0.8, 0.15, 0.1, -0.01],
  [0.93, 0.16, 0.11, -0.015],
  [1.0, 0.145, 0.1, 0.0],
  [1.07, 0.132, 0.1, 0.0],
  [1.2, 0.148, 0.108, -0.004],
  [1.3, 0.155, 0.112, 0.0],
  [1.4, 0.165, 0.09, -0.02],
  [1.46, 0.12, 0.07, -0.02],
];

/** Angle round the trunk at the point's height: 0° front midline, 90° side, 180° back midline. */
export function trunkAngle(p: Vec3): number {
  const w = table(TRUNK, p[1], 1);
  const d = table(TRUNK, p[1], 2);
  const zc = table(TRUNK, p[1], 3);
  return Math.atan2(p[0] / w, (p[2] - zc) / d) * DEG;
}
function trunkScore(p: Vec3): number {
  const w = table(TRUNK, p[1], 1);
  const d = table(TRUNK, p[1], 2);
  const zc = table(TRUNK, p[1], 3);
  return Math.hypot(p[0] / w, (p[2] - zc) / d);
}

// ---- Arm ----------------------------------------------------------------------------------
const SH = L('shoulder-joint');
const EL = L('elbow-centre');
const WR = L('wrist-centre');
const KN = L('middle-knuckle');
const TIP = L('middle-fingertip');
const S_EL = dist(SH, EL);
const S_WR = S_EL + dist(EL, WR);
const ARM_CHAIN: ReadonlyArray<readonly [Vec3, Vec3, number, number, number]> = [
  // from, to, radius at from, radius at to, arc length from the shoulder joint at `from`
  [SH, EL, 0.05, 0.04, 0],
  [EL, WR, 0.04, 0.026, S_EL],
  [WR, KN, 0.03, 0.03, S_WR],
  // The fingers fan out: the little finger's tip lies 4 cm from the middle finger's axis, so the
  // radius stays broad to the tips (otherwise fingertips fall to the thigh beside them).
  [KN, TIP, 0.045, 0.045, S_WR + dist(WR, KN)],
  // The thumb branches off beside the wrist; it counts as hand.
  [L('thumb-base'), L('thumb-tip'), 0.02, 0.012, S_WR + 0.03],
];
const HAND_AXIS: Vec3 = (() => {
  const d = sub(TIP, WR);
  const n = Math.hypot(d[0], d[1], d[2]);
  return [d[0] / n, d[1] / n, d[2] / n];
})();

/** Closest point on the arm chain: arc length from the shoulder joint and the score d / r. */
function armLocate(p: Vec3): { s: number; score: number; lat: number; fwd: number } {
  let best = { s: 0, score: Infinity, lat: 0, fwd: 0 };
  for (const [a, b, ra, rb, s0] of ARM_CHAIN) {
    const { d, t } = toSegment(p, a, b);
    const score = d / lerp(ra, rb, t);
    const segLen = dist(a, b);
    if (score < best.score) {
      const c: Vec3 = [lerp(a[0], b[0], t), lerp(a[1], b[1], t), lerp(a[2], b[2], t)];
      // The unclamped projection gives a signed arc length above the shoulder joint too.
      const raw = dot(sub(p, a), sub(b, a)) / segLen;
      best = { s: s0 === 0 ? raw : s0 + t * segLen, score, lat: p[0] - c[0], fwd: p[2] - c[2] };
    }
  }
  return best;
}

/**
 * Where a (left-side) point lies along the arm: arc length `s` from the shoulder joint, the
 * arc lengths of the elbow and wrist for comparison, and the angle round the limb
 * (0° lateral, +90° front, ±180° medial, -90° back).
 */
export function armCoordinates(p: Vec3): { s: number; phi: number; elbow: number; wrist: number } {
  const { s, lat, fwd } = armLocate(p);
  return { s, phi: Math.atan2(fwd, lat) * DEG, elbow: S_EL, wrist: S_WR };
}

// ---- Armpit ---------------------------------------------------------------------------------
// The hollow under the shoulder where the arm meets the chest wall. Front to back it spans from
// the crest of the anterior axillary fold (the lower edge of pectoralis major, on its way to the
// arm) to the crest of the posterior fold (latissimus dorsi and teres major); across, its roof
// and a little of each wall, the chest wall on one side and the inside of the arm on the other.
// That is an oval tilted like the hollow: the front fold hangs higher than the back one.
/** The crest of the posterior fold, on the skin. */
const AXILLA_BACK: Vec3 = add(L('posterior-axillary-fold'), [0.002, -0.015, 0]);
/** The crest of the anterior fold where it reaches the arm, above and behind the fold's lower
 * edge as seen from the front (the landmark). */
const AXILLA_FRONT: Vec3 = add(L('anterior-axillary-fold'), [0.006, 0.035, -0.018]);
const AXILLA_CENTRE: Vec3 = [
  (AXILLA_BACK[0] + AXILLA_FRONT[0]) / 2,
  (AXILLA_BACK[1] + AXILLA_FRONT[1]) / 2,
  (AXILLA_BACK[2] + AXILLA_FRONT[2]) / 2,
];
const AXILLA_U: Vec3 = (() => {
  const d = sub(AXILLA_FRONT, AXILLA_BACK);
  const n = Math.hypot(d[0], d[1], d[2]);
  return [d[0] / n, d[1] / n, d[2] / n];
})();
/** Across the hollow, roughly upward: perpendicular to the fold-to-fold axis and to x. */
const AXILLA_W: Vec3 = (() => {
  const w: Vec3 = [0, AXILLA_U[2], -AXILLA_U[1]];
  const n = Math.hypot(w[0], w[1], w[2]);
  return [0, w[1] / n, w[2] / n];
})();
const AXILLA_HALF_LENGTH = dist(AXILLA_BACK, AXILLA_FRONT) / 2 + 0.002;
const AXILLA_HALF_WIDTH = 0.035;
const AXILLA_HALF_DEPTH = 0.065;

function isArmpit(p: Vec3): boolean {
  if (p[0] < 0.12 || p[0] > 0.23 || p[1] < 1.15 || p[1] > 1.4) return false;
  const r = sub(p, AXILLA_CENTRE);
  const a = dot(r, AXILLA_U) / AXILLA_HALF_LENGTH;
  const b = r[0] / AXILLA_HALF_WIDTH;
  const c = dot(r, AXILLA_W) / AXILLA_HALF_DEPTH;
  return a * a + b * b + c * c < 1;
}

function isArm(p: Vec3): boolean {
  if (p[0] < 0.13 || p[1] > 1.5 || p[1] < 0.55) return false;
  const arm = armLocate(p);
  if (arm.score > 1.8) return false;
  return arm.score < trunkScore(p);
}

/** Arc length past the elbow at which the sides of the cubital fossa meet. */
const FOSSA_APEX = 0.045;
/**
 * Whether a point of the arm lies in the front of the elbow, given its arc length `u` past the
 * elbow (negative above it) and its angle `phi` round the limb (+90° straight in front).
 */
function isElbowFront(u: number, phi: number): boolean {
  const down = clamp01(u / FOSSA_APEX);
  // The hollow turns a little toward the thumb side on its way down, with the biceps tendon to
  // its insertion on the radius.
  const off = Math.abs(phi - 88 + 8 * down);
  // The crease: a shallow curve, lowest in the middle over the biceps tendon.
  const top = -0.022 + 0.01 * (off / 45) ** 2;
  if (u < top || u > FOSSA_APEX) return false;
  // Half the width of the hollow, in degrees round the limb: most of the front at the crease,
  // narrowing to the apex.
  return off < lerp(46, 10, down ** 1.5);
}

function armRegion(p: Vec3): RegionId {
  const { s, lat, fwd } = armLocate(p);
  // 0° = lateral, +90° = front, ±180° = medial, -90° = back.
  const phi = Math.atan2(fwd, lat) * DEG;
  // Hand first: everything distal to the wrist crease.
  if (s > S_WR + 0.016) {
    const thumb = toSegment(p, L('thumb-base'), L('thumb-tip'));
    if (thumb.d < 0.021) return 'thumb';
    const along = dot(sub(p, KN), HAND_AXIS);
    const across = p[0] - KN[0];
    // The knuckle line slopes: the little finger's knuckle sits nearer the wrist.
    if (along > -0.006 + 0.15 * across) return 'fingers';
    return fwd > 0.002 ? 'palm' : 'hand-back';
  }
  if (s > S_WR - 0.022) {
    if (toSegment(p, L('thumb-base'), L('thumb-tip')).d < 0.019) return 'thumb';
    return fwd > 0 ? 'wrist-front' : 'wrist-back';
  }
  // The front of the elbow: the crease and the hollow below it (the cubital fossa), a triangle
  // whose base is the crease, a little above the line between the epicondyles, and whose sides
  // are the edges of brachioradialis on the outside and pronator teres on the inside, meeting
  // about two finger-widths below the crease.
  if (isElbowFront(s - S_EL, phi)) return 'elbow-front';
  // Elbow: circles round the three bony points of the joint.
  if (Math.abs(s - S_EL) < 0.06) {
    const seeds: ReadonlyArray<readonly [RegionId, Vec3, number]> = [
      ['elbow-outer', L('lateral-epicondyle'), 0.036],
      ['elbow-inner', L('medial-epicondyle'), 0.036],
      ['elbow-back', L('olecranon'), 0.038],
    ];
    let best: RegionId | undefined;
    let bestD = Infinity;
    for (const [id, c, r] of seeds) {
      const d = dist(p, c) / r;
      if (d < 1 && d < bestD) {
        best = id;
        bestD = d;
      }
    }
    if (best) return best;
  }
  if (s < S_EL) {
    // Deltoid: reaches its tuberosity on the outside, much less far down front and back.
    const reach = 0.05 + 0.105 * ((Math.cos(phi / DEG) + 1) / 2) ** 1.5;
    if (s < reach) {
      if (phi > 35 && phi < 160) return 'shoulder-front';
      if (phi < -35 && phi > -160) return 'shoulder-back';
      if (Math.abs(phi) <= 35) return 'shoulder-side';
    }
    // Lateral and medial intermuscular septa split biceps from triceps.
    return fwd > 0 ? 'upper-arm-front' : 'upper-arm-back';
  }
  // Forearm: with the palm forward the flexors face front and inside, the extensors back and
  // outside, so the split is turned 20° toward the front on the outer side.
  return Math.sin((phi - 20) / DEG) > 0 ? 'forearm-front' : 'forearm-back';
}

// ---- Head and neck -------------------------------------------------------------------------
/** Base of the head: a plane rising from under the chin to the base of the skull. */
function headLineY(z: number): number {
  return 1.54 - 0.38 * z;
}

const HEAD_SEEDS: ReadonlyArray<readonly [RegionId, Vec3]> = [
  ['head-vertex', [0.0, 1.75, -0.01]],
  ['head-vertex', [0.04, 1.735, -0.035]],
  ['head-vertex', [0.035, 1.74, 0.025]],
  ['forehead', [0.0, 1.705, 0.08]],
  ['forehead', [0.035, 1.7, 0.078]],
  ['forehead', [0.015, 1.676, 0.093]],
  ['temple', L('pterion')],
  ['temple', [0.074, 1.645, 0.02]],
  ['temple', [0.066, 1.69, 0.025]],
  // The front of the temple, just behind the outer rim of the eye socket.
  ['temple', [0.067, 1.642, 0.048]],
  // The temple reaches back above the ear.
  ['temple', [0.072, 1.676, -0.03]],
  ['occiput', L('inion')],
  ['occiput', [0.0, 1.66, -0.105]],
  ['occiput', [0.048, 1.665, -0.088]],
  ['occiput', [0.035, 1.605, -0.09]],
  ['occiput', [0.055, 1.705, -0.07]],
  ['eye', [0.032, 1.638, 0.09]],
  ['eye', [0.034, 1.657, 0.089]],
  ['eye', [0.052, 1.642, 0.074]],
  ['ear', [0.082, 1.62, -0.014]],
  ['ear', [0.078, 1.645, -0.02]],
  ['ear', L('mastoid')],
  ['ear', [0.075, 1.598, -0.012]],
  ['cheek', L('cheekbone')],
  ['cheek', [0.04, 1.596, 0.088]],
  ['cheek', [0.062, 1.602, 0.05]],
  ['cheek', [0.0, 1.612, 0.11]],
  ['cheek', [0.012, 1.6, 0.108]],
  ['jaw', L('tmj')],
  ['jaw', [0.06, 1.578, 0.012]],
  ['jaw', L('mandible-angle')],
  ['jaw', [0.04, 1.535, 0.055]],
  ['jaw', [0.02, 1.524, 0.078]],
  ['jaw', L('chin')],
  ['teeth', [0.0, 1.567, 0.1]],
  ['teeth', [0.019, 1.567, 0.094]],
  ['teeth', [0.0, 1.552, 0.097]],
];

function headRegion(p: Vec3): RegionId {
  let best: RegionId = 'head-vertex';
  let bestD = Infinity;
  for (const [id, c] of HEAD_SEEDS) {
    const d = dist(p, c);
    if (d < bestD) {
      bestD = d;
      best = id;
    }
  }
  return best;
}

const NECK_Z = -0.015;
function isNeck(p: Vec3): boolean {
  const r = Math.hypot(p[0], p[2] - NECK_Z);
  // The base of the neck: the sternal notch in front, C7 behind.
  const base = p[2] > NECK_Z ? L('sternal-notch')[1] + 0.002 : L('c7')[1] - 0.004;
  return r < 0.07 && p[1] > base && p[1] < headLineY(p[2]);
}

function neckRegion(p: Vec3): RegionId {
  const theta = Math.atan2(p[0], p[2] - NECK_Z) * DEG;
  if (theta < 42) return 'throat';
  if (theta < 118) return 'neck-side';
  return 'neck-back';
}

// ---- Trunk, pelvis and legs ----------------------------------------------------------------
const ASIS = L('asis');
const PUBIC_TUBERCLE = L('pubic-tubercle');
const TROCHANTER = L('greater-trochanter');

/** Height of the inguinal crease at a given x (from the pubic tubercle up to the ASIS). */
export function inguinalY(x: number): number {
  return lerp(
    PUBIC_TUBERCLE[1],
    ASIS[1],
    clamp01((x - PUBIC_TUBERCLE[0]) / (ASIS[0] - PUBIC_TUBERCLE[0])),
  );
}
/** Gluteal fold: level under the buttock, rising toward the side of the hip. */
export function glutealFoldY(x: number): number {
  return 0.815 + 0.6 * Math.max(0, x - 0.1);
}
/** Iliac crest seen from behind: from the sacrum rising to its highest point at the side. */
export function iliacCrestY(x: number): number {
  return 0.978 + 0.15 * Math.min(x, 0.15);
}
/** Lowest (12th) rib behind, sloping down toward the side. */
function lastRibY(x: number): number {
  return L('t12')[1] - 0.25 * x;
}
/** Costal margin in front: from the xiphoid down and out along the lower ribs. */
function costalMarginY(x: number): number {
  return L('xiphoid')[1] - 0.015 - 0.9 * x;
}
/** Clavicle line in front. */
export function clavicleY(x: number): number {
  return L('sternal-notch')[1] - 0.003 + 0.04 * x;
}

const SCAPULA: ReadonlyArray<readonly [number, number]> = [
  [L('scapula-superior-angle')[0], L('scapula-superior-angle')[1] + 0.005],
  [0.18, 1.415],
  [0.17, 1.34],
  [L('scapula-inferior-angle')[0], L('scapula-inferior-angle')[1] - 0.015],
  [L('scapula-spine-root')[0] - 0.005, L('scapula-spine-root')[1]],
];

function isHipSide(p: Vec3): boolean {
  if (p[0] < 0.115) return false;
  const e =
    ((p[1] - TROCHANTER[1] + 0.005) / 0.085) ** 2 + ((p[2] - TROCHANTER[2] + 0.005) / 0.06) ** 2;
  return e < 1;
}

function isGroin(p: Vec3): boolean {
  return p[2] > 0.02 && !isHipSide(p) && toSegment(p, PUBIC_TUBERCLE, ASIS).d < 0.032;
}

/**
 * The pelvic floor as it shows on the skin: the perineum, the floor of the trunk between the
 * thighs. It runs from the pubic bone (where the groin band ends) in front, under the body, to
 * the foot of the cleft between the buttocks below the tailbone; across, to the creases where
 * the inner thighs begin. Like the perineum itself it is a kite: narrow under the pubic arch,
 * widest between the sitting bones, narrowing again into the cleft.
 */
function isPelvicFloor(p: Vec3): boolean {
  const [x, y, z] = p;
  if (y < 0.8 || y > 0.9 || x > 0.02) return false;
  const ischium = L('ischial-tuberosity')[2];
  const front = L('pubic-symphysis')[2];
  const half =
    z > ischium
      ? lerp(0.015, 0.007, clamp01((z - ischium - 0.03) / (front - ischium - 0.03)))
      : lerp(0.015, 0.011, clamp01((ischium - z) / 0.03));
  if (x > half) return false;
  // Behind, it ends where the cleft rises toward the tailbone.
  return z > ischium || y < L('coccyx')[1] - 0.035;
}

function isLeg(p: Vec3): boolean {
  const [x, y, z] = p;
  if (y < 0.8) return true;
  if (y > 1.0) return false;
  const theta = trunkAngle(p);
  if (x < 0.035 && y < 0.87 && Math.abs(z) < 0.06) return true; // between the thighs
  if (theta < 70) return y < inguinalY(x);
  if (theta > 115) return y < glutealFoldY(x);
  return y < 0.84;
}

/**
 * Angle of a (left-side) point round the axis of the thigh (above the knee) or the lower leg
 * (below it): 0° outside, 90° front, ±180° inside, -90° back.
 */
export function legAngle(p: Vec3): number {
  const [x, y, z] = p;
  const hip = L('hip-joint');
  const kc = L('knee-centre');
  const an = L('ankle-centre');
  const axis = y > kc[1] ? toSegment(p, hip, kc) : toSegment(p, kc, an);
  const ax = y > kc[1] ? lerp(hip[0], kc[0], axis.t) : lerp(kc[0], an[0], axis.t);
  const az = y > kc[1] ? lerp(hip[2], kc[2], axis.t) : lerp(kc[2], an[2], axis.t);
  return Math.atan2(z - az, x - ax) * DEG;
}

/**
 * The back of the ankle: the Achilles tendon and the hollows either side of it, across from the
 * groove behind one malleolus to the groove behind the other, and from the top of the heel bone
 * (where the tendon inserts) up to where the calf muscles end on the tendon. That upper edge is
 * highest over the tendon and lower on either side, where soleus reaches further down.
 */
function isAchilles(p: Vec3): boolean {
  const y = p[1];
  if (y > 0.2 || p[2] > -0.005) return false;
  const off = Math.abs(legAngle(p) + 90);
  const spread = (off / 50) ** 2;
  const heelTop = L('calcaneus')[1] + 0.028;
  if (y > 0.165 - 0.035 * spread || y < heelTop + 0.012 * spread) return false;
  // Between the malleoli it spreads into the hollows beside the tendon.
  if (off > lerp(62, 36, clamp01((y - 0.065) / 0.07))) return false;
  return dist(p, L('lateral-malleolus')) > 0.03 && dist(p, L('medial-malleolus')) > 0.03;
}

function legRegion(p: Vec3): RegionId {
  const [x, y] = p;
  if (isAchilles(p)) return 'achilles';
  if (y < 0.13) return footRegion(p);
  const kc = L('knee-centre');
  const phi = legAngle(p);
  const pat = L('patella');
  // Kneecap and its tendon: an oval round the patella reaching down to the tibial tuberosity.
  if (phi > 30 && phi < 150 && ((y - pat[1] + 0.01) / 0.072) ** 2 + ((x - pat[0]) / 0.042) ** 2 < 1)
    return 'knee-front';
  // Round the joint: ovals over the bony points on either side (the femoral epicondyle above,
  // the tibial condyle, and on the outside the fibular head, below) and a diamond behind (the
  // popliteal fossa, between the hamstring tendons above and the heads of the calf below).
  const dy = y - kc[1];
  const turn = (a: number, b: number): number => {
    const d = Math.abs(a - b) % 360;
    return d > 180 ? 360 - d : d;
  };
  if ((turn(phi, 5) / 62) ** 2 + (dy / 0.062) ** 2 < 1) return 'knee-outer';
  if ((turn(phi, 178) / 58) ** 2 + ((dy + 0.004) / 0.068) ** 2 < 1) return 'knee-inner';
  if ((turn(phi, -88) / 56) ** 1.5 + (Math.abs(dy + 0.006) / 0.08) ** 1.5 < 1) return 'knee-back';
  if (y > kc[1]) {
    // Thigh: lines along the muscle borders that wind a little round the limb, as sartorius
    // crosses from the outside of the hip to the inside of the knee.
    const down = clamp01((L('hip-joint')[1] - y) / (L('hip-joint')[1] - kc[1]));
    if (phi > lerp(44, 58, down) && phi < lerp(122, 150, down)) return 'thigh-front';
    if (phi >= lerp(-60, -72, down) && phi <= lerp(44, 58, down)) return 'thigh-outer';
    // Behind the inner thigh: the border with the hamstrings starts a little further back at
    // the top, where adductor magnus fills the inner side of the thigh below the sitting bone.
    if (phi < lerp(-60, -72, down) && phi > lerp(-140, -160, down)) return 'thigh-back';
    return 'thigh-inner';
  }
  if (y < 0.13) return footRegion(p);
  // Lower leg: the tibia's flat inner face is part of the shin.
  if (phi > 35 || phi < -165) return 'shin';
  if (phi >= -75) return 'outer-lower-leg';
  return 'calf';
}

/**
 * How near p is to a line drawn on the side of the foot, as a fraction of the band's reach
 * there: below 1 inside the band. Each point of the line is [position, reach].
 */
function edgeScore(p: Vec3, line: ReadonlyArray<readonly [Vec3, number]>): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [a, ra] = line[i - 1] as readonly [Vec3, number];
    const [b, rb] = line[i] as readonly [Vec3, number];
    const { d, t } = toSegment(p, a, b);
    best = Math.min(best, d / lerp(ra, rb, t));
  }
  return best;
}
/** The outer edge of the foot, low on its side: from in front of the heel, past the base of the
 * fifth metatarsal, where the band is widest over the bony bump, to the head of the fifth
 * metatarsal at the root of the little toe. */
const FOOT_OUTER_EDGE: ReadonlyArray<readonly [Vec3, number]> = [
  [[0.146, 0.018, -0.04], 0.022],
  [[0.156, 0.02, -0.01], 0.023],
  [add(L('fifth-metatarsal-base'), [0.009, 0.003, 0]), 0.029],
  [add(L('fifth-metatarsal-head'), [0.007, -0.002, 0.012]), 0.022],
];
/** The inner edge of the foot: from in front of the heel up along the arch, highest under the
 * navicular tuberosity, to the head of the first metatarsal (the big toe joint). */
const FOOT_INNER_EDGE: ReadonlyArray<readonly [Vec3, number]> = [
  [[0.061, 0.024, -0.04], 0.028],
  [add(L('navicular-tuberosity'), [-0.016, -0.007, -0.005]), 0.03],
  [[0.046, 0.022, 0.11], 0.026],
  [add(L('first-metatarsal-head'), [-0.018, 0, 0.015]), 0.027],
];

function footRegion(p: Vec3): RegionId {
  const [x, y, z] = p;
  const m1 = L('first-metatarsal-head');
  const m5 = L('fifth-metatarsal-head');
  // Toes: in front of the line of the metatarsal heads (the ball of the foot stays with the sole).
  const lineZ = lerp(m1[2], m5[2], clamp01((x - m1[0]) / (m5[0] - m1[0])));
  if (z > lineZ + 0.014 && y < 0.05) return 'toes';
  if (z < L('calcaneus')[2] + 0.03 && y < 0.075) return 'heel';
  // Sole: the bottom of the foot, up to where it turns into the sides, a little sooner on the
  // inner side, which rounds up into the arch.
  if (y < lerp(0.008, 0.012, clamp01((x - 0.07) / 0.06))) return 'sole';
  if (dist(p, L('lateral-malleolus')) < 0.03) return 'ankle-outer';
  if (dist(p, L('medial-malleolus')) < 0.03) return 'ankle-inner';
  // The outer and inner edges of the foot: bands along its sides, from the heel to the little
  // toe and along the arch to the big toe joint.
  if (edgeScore(p, FOOT_OUTER_EDGE) < 1) return 'foot-outer';
  if (edgeScore(p, FOOT_INNER_EDGE) < 1) return 'foot-inner';
  if (y > 0.09) {
    // Above the malleoli: still the leg.
    if (z < -0.02) return 'calf';
    return x > 0.1 && z < 0.02 ? 'outer-lower-leg' : 'shin';
  }
  if (z < -0.025) return y > 0.07 ? 'calf' : 'heel';
  if (z < 0.045 && y > 0.045) return 'ankle-front';
  return 'top-of-foot';
}

function trunkRegion(p: Vec3): RegionId {
  const [x, y] = p;
  if (isHipSide(p)) return 'hip-side';
  const theta = trunkAngle(p);
  if (theta < 65) {
    // Above the clavicle: the hollow over the sternal notch is the throat, further out the ridge.
    if (y > clavicleY(x)) return x < 0.04 ? 'throat' : 'shoulder-top';
    if (x < 0.022 && y > costalMarginY(0)) return 'sternum';
    if (y > costalMarginY(x)) return 'chest';
    if (y >= L('navel')[1]) return 'upper-abdomen';
    return 'lower-abdomen';
  }
  if (theta < 120) {
    if (y > 1.4) return 'shoulder-top';
    // The lower edge of the ribs, running from the costal margin in front to the last rib behind.
    if (y > lerp(costalMarginY(x), lastRibY(x), clamp01((theta - 65) / 55))) return 'side-ribs';
    if (theta < 92) return y >= L('navel')[1] ? 'upper-abdomen' : 'lower-abdomen';
    if (y > iliacCrestY(x)) return 'low-back';
    return 'buttock';
  }
  // Back.
  if (y > 1.412) return x < 0.045 ? 'between-shoulder-blades' : 'shoulder-top';
  if (pointInPolygon(x, y, SCAPULA)) return 'shoulder-blade';
  const inferiorAngleY = L('scapula-inferior-angle')[1];
  // Between the blades reaches down to their lower angles, dipping toward the spine the way the
  // lower trapezius converges on it.
  if (y > inferiorAngleY - 0.025 + 0.25 * Math.min(x, 0.1))
    return x < 0.11 ? 'between-shoulder-blades' : theta < 140 ? 'side-ribs' : 'shoulder-blade';
  if (y > lastRibY(x)) return theta < 130 ? 'side-ribs' : 'mid-back';
  if (y > iliacCrestY(x)) return 'low-back';
  const coccyx = L('coccyx');
  if (x < 0.024 && y < coccyx[1] + 0.028) return 'tailbone';
  const sacrumHalfWidth = lerp(
    0.018,
    0.062,
    clamp01((y - coccyx[1]) / (iliacCrestY(0) - coccyx[1])),
  );
  if (x < sacrumHalfWidth) return 'sacrum';
  return 'buttock';
}

/** The region of a point on the left half (x >= 0). */
export function regionOfLeftPoint(p: Vec3): RegionId {
  if (isArmpit(p)) return 'armpit';
  if (isArm(p)) return armRegion(p);
  if (p[1] > headLineY(p[2]) && p[0] < 0.11) return headRegion(p);
  if (isNeck(p)) return neckRegion(p);
  // The outside of the hip straddles the top of the thigh, and the groin band straddles the
  // inguinal crease, so both are decided before the thigh.
  if (isHipSide(p)) return 'hip-side';
  if (isGroin(p)) return 'groin';
  if (isPelvicFloor(p)) return 'pelvic-floor';
  if (isLeg(p)) return legRegion(p);
  return trunkRegion(p);
}

/**
 * The region half a point on (or near) the skin belongs to. Points with x >= 0 are on the
 * person's left; the right half is the exact mirror image.
 */
export function areaAt(p: Vec3): BodyArea {
  const side = p[0] >= 0 ? 'left' : 'right';
  return { region: regionOfLeftPoint([Math.abs(p[0]), p[1], p[2]]), side };
}
