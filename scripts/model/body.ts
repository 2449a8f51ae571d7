/**
 * The reference body as a signed-distance solid, built from the anatomical landmarks so that the
 * mesh and the dataset's landmark-based placements agree. Only the left half is described; the
 * solid is evaluated at |x| (see `Solid`).
 *
 * Muscles are flattened, oriented ellipsoids blended softly into the underlying segment, never
 * round blobs stuck on it; blend radii grow with the size of the parts they join.
 */
import {
  FEMALE_SKELETON,
  REFERENCE_SKELETON,
  type Skeleton,
} from '../../src/domain/anatomy/build.ts';
import { LANDMARKS, type LandmarkId } from '../../src/domain/anatomy/landmarks.ts';
import {
  Solid,
  add,
  bump,
  len,
  capsule,
  ellipsoid,
  frame,
  lerp3,
  norm,
  roundBox,
  scale,
  sphere,
  sub,
  taperedCapsule,
  type Bump,
  type Op,
  type Primitive,
  type Frame,
  type V3,
} from './sdf.ts';

const L = (id: LandmarkId): V3 => LANDMARKS[id];
const X: V3 = [1, 0, 0];
const Y: V3 = [0, 1, 0];
const Z: V3 = [0, 0, 1];

/**
 * A build of the figure: its skeleton (stature and breadths, see `build.ts`) and the soft tissue
 * on it. The soft-tissue sizes are those of the reference figure; the skeleton's morph then
 * scales and stretches the whole solid. Another build (for example a female one: narrower
 * shoulders, wider hips, a narrower waist, less muscle relief, breasts) is a second object, not
 * new code.
 */
export interface BodyParams {
  skeleton: Skeleton;
  /** Half-width of the waist (the abdomen's widest ellipse), metres. */
  waistHalfWidth: number;
  /** How far the soft tissue over the greater trochanter reaches out from the midline, metres. */
  hipHalfWidth: number;
  /** Multiplies the radii of the upper arm and forearm. */
  armGirth: number;
  /** Multiplies the radii of the thigh. */
  thighGirth: number;
  /** Multiplies the radii of the calf. */
  calfGirth: number;
  /** Height of superficial muscle relief, 1 = an anatomy-chart figure, 0 = smooth. */
  muscleDefinition: number;
  /** Extra forward projection of the breast over the pectoral, metres (0 for a male build). */
  breast: number;
  /** Radius of the neck at its base, metres. */
  neckRadius: number;
  /** How far the brow ridge stands out, 1 = a typical male brow, 0 = a smooth forehead. */
  brow: number;
  /** Multiplies the thickness of the jaw and the width of the chin. */
  jaw: number;
  /** Prominence of the thyroid cartilage (Adam's apple), 1 = male, 0 = none. */
  larynx: number;
}

/** A neutral-to-male adult build, 1.75 m, moderately muscular: the reference figure. */
export const DEFAULT_BODY: BodyParams = {
  skeleton: REFERENCE_SKELETON,
  waistHalfWidth: 0.14,
  hipHalfWidth: 0.184,
  armGirth: 1,
  thighGirth: 1,
  calfGirth: 1,
  muscleDefinition: 1,
  breast: 0,
  neckRadius: 0.056,
  brow: 1,
  jaw: 1,
  larynx: 1,
};

/**
 * An average adult female build, 1.63 m: the female skeleton, a narrower waist and slimmer arms
 * and neck, fuller hips and thighs, less visible muscle relief, breasts, a smoother brow, a finer
 * jaw and no Adam's apple.
 */
export const FEMALE_BODY: BodyParams = {
  skeleton: FEMALE_SKELETON,
  waistHalfWidth: 0.124,
  hipHalfWidth: 0.19,
  armGirth: 0.88,
  thighGirth: 1.06,
  calfGirth: 0.95,
  muscleDefinition: 0.45,
  breast: 0.032,
  neckRadius: 0.049,
  brow: 0.3,
  jaw: 0.85,
  larynx: 0,
};

/** Builds the body solid for a build (the default one unless given). */
export function buildBodySolid(params: BodyParams = DEFAULT_BODY): Solid {
  const ops: Op[] = [];
  const bumps: Bump[] = [];
  const put = (prim: Primitive, k: number): void => {
    ops.push({ prim, k, carve: false });
  };
  const carve = (prim: Primitive, k: number): void => {
    ops.push({ prim, k, carve: true });
  };
  const md = params.muscleDefinition;
  const ag = params.armGirth;
  const tg = params.thighGirth;
  const cg = params.calfGirth;
  /** Muscle relief: a bump whose height follows the build's muscle definition. */
  const relief = (c: V3, r: V3, h: number, f?: Frame): void => {
    bumps.push(bump(c, r, h * md, f));
  };
  /** A bony point or crease: not scaled by muscle definition. */
  const mark = (c: V3, r: V3, h: number, f?: Frame): void => {
    bumps.push(bump(c, r, h, f));
  };
  /** A ridge (or, with negative height, a groove) along a segment. */
  const ridge = (a: V3, b: V3, across: number, depth: number, h: number, hint: V3 = Z): void => {
    const d = sub(b, a);
    mark(lerp3(a, b, 0.5), [len(d) / 2, across, depth], h, frame(d, hint));
  };

  // ---- Trunk -------------------------------------------------------------------------------
  // Rib cage: a wide, shallow barrel, not a sphere.
  put(ellipsoid([0, 1.255, -0.008], [0.142, 0.19, 0.1]), 0);
  // Shoulder girdle: gives the breadth at the top of the chest out to the shoulder joints.
  put(capsule([0, 1.395, -0.02], [0.165, 1.4, -0.025], 0.048), 0.05);
  // Abdomen and waist, then the pelvis, blended generously: the trunk is one continuous form.
  put(ellipsoid([0, 1.075, 0.0], [params.waistHalfWidth, 0.13, 0.095]), 0.06);
  put(ellipsoid([0, 0.995, 0.028], [0.118, 0.085, 0.072]), 0.05);
  put(ellipsoid([0, 0.935, -0.01], [0.142, 0.095, 0.098]), 0.06);
  // Pectoralis major: a thin plate along its fibres from the sternum to the armpit.
  {
    const u = norm([0.14, 0.07, -0.045]);
    // A flattened fan whose face turns a little outward; thick enough that its edges blend into
    // the ribs instead of outlining a dome.
    put(ellipsoid([0.072, 1.315, 0.058], [0.095, 0.07, 0.034], frame(u, norm([0.25, 1, 0]))), 0.06);
    // The lower edge of the muscle, from the sternum out to the armpit fold, and a flat groove
    // on the sternum between the two: a flat chest, not two domes.
    relief([0.085, 1.27, 0.11], [0.075, 0.03, 0.03], 0.003, frame(u, Y));
    mark([0, 1.32, 0.1], [0.022, 0.09, 0.03], -0.0025);
    // Breast: a broad, low mound whose upper slope runs gently into the pectoral and whose
    // fullest part lies low, turned a little outward; never a sphere stuck on the chest.
    if (params.breast > 0) {
      const c = add(L('nipple'), [-0.004, -0.016, -0.04]);
      const f = frame(norm([1, 0, -0.3]), norm([0, 1, 0.35]));
      put(ellipsoid(c, [0.066, 0.06, 0.03 + params.breast], f), 0.07);
      put(ellipsoid(add(c, [0.002, -0.012, 0.012]), [0.05, 0.04, 0.024 + params.breast], f), 0.03);
    }
  }
  // Clavicles: a low S-shaped ridge from the sternal notch to the acromion.
  ridge([0.018, 1.437, 0.066], [0.1, 1.43, 0.071], 0.008, 0.01, 0.0035);
  ridge([0.1, 1.43, 0.071], [0.2, 1.437, 0.03], 0.008, 0.012, 0.0035, norm([0.4, 0, 1]));
  mark(L('sternal-notch'), [0.016, 0.012, 0.02], -0.004); // the jugular notch between them
  // Upper trapezius: the sloping ridge from the neck to the acromion.
  put(taperedCapsule([0.015, 1.475, -0.045], [0.19, 1.428, -0.025], 0.03, 0.024), 0.04);
  // Latissimus and serratus: the flank below the armpit, which gives the V of the back.
  put(ellipsoid([0.105, 1.24, -0.035], [0.12, 0.075, 0.05], frame(norm([-0.2, 1, 0]), Z)), 0.05);
  // Scapulae: a broad, soft mass over the back of the rib cage (thick enough that its edge
  // blends away instead of drawing an outline), with the muscles of the blade on it.
  put(ellipsoid([0.1, 1.325, -0.06], [0.085, 0.085, 0.04], frame(Y, norm([1, 0, 0.45]))), 0.06);
  relief([0.125, 1.315, -0.1], [0.05, 0.045, 0.03], 0.004); // infraspinatus
  relief([0.15, 1.265, -0.085], [0.035, 0.02, 0.03], 0.004, frame(norm([1, 1, 0]), Z)); // teres major
  ridge(
    add(L('scapula-spine-root'), [0, 0, 0.01]),
    add(L('acromion'), [-0.02, -0.005, -0.045]),
    0.008,
    0.02,
    0.0025,
  ); // spine of the scapula
  // Lower trapezius and latissimus: the edges that shape the back below the blades.
  relief([0.055, 1.25, -0.11], [0.04, 0.08, 0.03], 0.003, frame(norm([0.5, 1, 0]), Z));
  relief([0.13, 1.17, -0.07], [0.045, 0.09, 0.04], 0.004, frame(norm([-0.3, 1, 0]), Z));
  // Spine groove: along the midline from C7 to the sacrum, deepest between the erectors.
  ridge([0, 1.42, -0.09], [0, 1.02, -0.09], 0.022, 0.04, -0.003, X);
  // Erector spinae: two low columns beside the spine make the spinal groove of the low back.
  put(taperedCapsule([0.03, 1.2, -0.068], [0.032, 0.98, -0.062], 0.026, 0.024), 0.05);
  // Rectus abdominis in its segments, the linea alba between the two sides, and the external
  // oblique's flank above the iliac crest; serratus digitations on the side of the ribs.
  for (const [y, h] of [
    [1.185, 0.003],
    [1.125, 0.003],
    [1.065, 0.0028],
    [0.975, 0.0022],
  ] as const)
    relief([0.036, y, 0.1], [0.034, y > 1 ? 0.036 : 0.06, 0.035], h * 0.8);
  ridge([0, 1.215, 0.1], [0, 1.045, 0.1], 0.014, 0.03, -0.0018, X);
  relief([0.128, 1.03, 0.035], [0.03, 0.045, 0.06], 0.006);
  for (const [y, z] of [
    [1.27, 0.045],
    [1.235, 0.05],
    [1.2, 0.05],
  ] as const)
    relief([0.145, y, z], [0.02, 0.012, 0.022], 0.0022, frame(norm([0.2, 1, -0.6]), X));
  // Gluteus maximus: broad, slightly tilted, blended into the pelvis.
  put(ellipsoid([0.068, 0.875, -0.05], [0.095, 0.068, 0.075], frame(norm([0.25, 1, 0]), Z)), 0.05);
  relief([0.13, 0.955, -0.04], [0.03, 0.04, 0.05], 0.004); // gluteus medius
  relief([0.152, 0.9, 0.045], [0.03, 0.05, 0.03], 0.0035, frame(norm([0.2, 1, -0.2]), X)); // TFL
  // Navel.
  carve(sphere(add(L('navel'), [0, 0, 0.006]), 0.008), 0.006);

  // ---- Neck and head -------------------------------------------------------------------------
  put(
    taperedCapsule(
      [0, 1.42, -0.022],
      [0, 1.585, -0.012],
      params.neckRadius,
      params.neckRadius * 0.89,
    ),
    0.035,
  );
  // Sternocleidomastoid, from behind the ear to the top of the sternum.
  put(capsule([0.05, 1.575, -0.028], [0.016, 1.445, 0.04], 0.012), 0.03);
  // Thyroid cartilage (Adam's apple), as prominent as the build says.
  if (params.larynx > 0) put(sphere([0, 1.49, 0.04 - 0.006 * (1 - params.larynx)], 0.014), 0.02);
  // Cranium.
  put(ellipsoid([0, 1.66, -0.012], [0.076, 0.09, 0.097]), 0.03);
  // Upper face and lower face: narrower than the cranium, the jaw narrower still.
  put(ellipsoid([0, 1.62, 0.03], [0.066, 0.07, 0.068]), 0.02);
  put(ellipsoid([0, 1.568, 0.035], [0.055 * (0.5 + 0.5 * params.jaw), 0.048, 0.058]), 0.02);
  // Jaw: the ramus from the jaw joint to the angle, then the body of the mandible to the chin.
  // The ramus tapers up into the joint, under the cheek, so its top does not stand out as a knob.
  put(
    taperedCapsule(
      add(L('tmj'), [-0.01, -0.006, -0.006]),
      add(L('mandible-angle'), [0, 0.004, -0.004]),
      0.008,
      0.012,
    ),
    0.02,
  );
  put(
    capsule(
      add(L('mandible-angle'), [0, 0.004, -0.004]),
      [0.018, 1.532, 0.078],
      0.012 * params.jaw,
    ),
    0.015,
  );
  put(ellipsoid([0, 1.534, 0.079], [0.022 * params.jaw, 0.016, 0.013]), 0.012); // chin
  // Brow ridge: an arch over each eye socket following the curve of the forehead, not a bar,
  // with the glabella between them.
  put(
    ellipsoid(
      [0.03, 1.659, 0.084 - 0.004 * (1 - params.brow)],
      [0.026, 0.0075 * (0.6 + 0.4 * params.brow), 0.011],
      frame(norm([1, 0.08, -0.5]), Y),
    ),
    0.018,
  );
  mark(L('glabella'), [0.012, 0.01, 0.012], 0.0015);
  // Cheekbones and the zygomatic arch running back to the ear.
  // The cheekbone: a broad, low prominence below and outside the eye, leading back into the arch.
  relief(
    add(L('cheekbone'), [0.004, -0.002, -0.006]),
    [0.03, 0.015, 0.026],
    0.0025 / Math.max(md, 0.5),
  );
  ridge([0.062, 1.613, 0.05], [0.071, 1.616, 0.008], 0.007, 0.008, 0.0012);
  // Temporalis fills the temple above the arch; masseter lies over the ramus of the jaw.
  relief([0.073, 1.655, 0.012], [0.01, 0.034, 0.042], 0.0015);
  relief([0.058, 1.578, 0.024], [0.028, 0.01, 0.016], 0.0025, frame(norm([-0.15, 1, -0.35]), X));
  // Eye sockets carved under the brow, each with its eyeball.
  carve(ellipsoid([0.032, 1.636, 0.1], [0.019, 0.013, 0.016]), 0.01);
  put(sphere([0.032, 1.636, 0.076], 0.0125), 0.004);
  // Nose: bridge to tip, and the wings of the nostrils.
  put(taperedCapsule([0, 1.638, 0.09], [0, 1.602, 0.107], 0.007, 0.011), 0.008);
  put(sphere([0.011, 1.598, 0.097], 0.009), 0.008);
  // Lips, upper and lower, with the mouth line between them; the philtrum above.
  put(ellipsoid([0, 1.5715, 0.092], [0.023, 0.0065, 0.009]), 0.008);
  put(ellipsoid([0, 1.5595, 0.091], [0.02, 0.0065, 0.009]), 0.008);
  carve(ellipsoid([0, 1.5655, 0.101], [L('mouth-corner')[0], 0.0012, 0.012]), 0.0025);
  mark([0, 1.583, 0.098], [0.005, 0.008, 0.006], -0.0012);
  // Ear: a thin shell standing out from the side of the head, its top tilted back.
  put(
    ellipsoid([0.072, 1.618, -0.014], [0.031, 0.02, 0.009], frame(norm([0, 1, -0.25]), Z)),
    0.008,
  );

  // ---- Arm -----------------------------------------------------------------------------------
  const sh = L('shoulder-joint');
  const el = L('elbow-centre');
  const wr = L('wrist-centre');
  const armDir = norm(sub(el, sh));
  // Deltoid: wraps the top of the arm from the acromion down to its tuberosity.
  put(
    ellipsoid(
      add(lerp3(sh, el, 0.12), [0.018, 0, 0.0]),
      [0.095, 0.05 * ag, 0.058 * ag],
      frame(armDir, X),
    ),
    0.035,
  );
  // Upper arm: the humerus segment joins the trunk only through the shoulder (small blend), so
  // the inside of the arm stays separate from the ribs.
  put(taperedCapsule(lerp3(sh, el, 0.15), el, 0.043 * ag, 0.036 * ag), 0.012);
  put(
    ellipsoid(
      add(lerp3(sh, el, 0.55), [0.002, 0, 0.014]),
      [0.09, 0.029 * ag, 0.03 * ag],
      frame(armDir, X),
    ),
    0.025,
  ); // biceps
  put(
    ellipsoid(
      add(lerp3(sh, el, 0.42), [0.004, 0, -0.016]),
      [0.11, 0.033 * ag, 0.031 * ag],
      frame(armDir, X),
    ),
    0.025,
  ); // triceps
  // Elbow: epicondyles and olecranon are the bony points of the joint.
  put(sphere(add(L('lateral-epicondyle'), [-0.012, 0, 0]), 0.014), 0.015);
  put(sphere(add(L('medial-epicondyle'), [0.01, 0, 0.002]), 0.014), 0.015);
  put(sphere(add(L('olecranon'), [0, 0, 0.014]), 0.016), 0.015);
  // Forearm: muscle bulk near the elbow, tapering to a flat wrist.
  const foreDir = norm(sub(wr, el));
  put(taperedCapsule(el, wr, 0.032 * ag, 0.02 * ag), 0.02);
  put(ellipsoid(lerp3(el, wr, 0.28), [0.095, 0.038 * ag, 0.031 * ag], frame(foreDir, X)), 0.03);
  put(ellipsoid(wr, [0.018, 0.027, 0.016], frame(foreDir, X)), 0.02);
  // Hand: palm as a rounded slab facing forward, four fingers and an opposable thumb.
  const kn = L('middle-knuckle');
  const tip = L('middle-fingertip');
  const handDir = norm(sub(tip, wr));
  const hf = frame(handDir, X); // [along, across (thumb side +), palm normal (+z)]
  const across = hf[1];
  const palmN = hf[2];
  // The palm and the back of the hand: a thin slab with well-rounded edges, domed on the back
  // over the metacarpals, not a box.
  const palmC = add(lerp3(wr, kn, 0.55), scale(across, -0.002));
  put(roundBox(palmC, [0.03, 0.024, 0.002], 0.015, hf), 0.022);
  put(ellipsoid(add(palmC, scale(palmN, -0.004)), [0.043, 0.04, 0.012], hf), 0.02);
  const fingers: ReadonlyArray<[number, number, number, number, number]> = [
    // offset across at the knuckle, offset across at the tip, length, base radius, knuckle shift
    // The middle finger reaches the middle-fingertip landmark (fingertip height 0.377 H).
    [0.026, 0.036, 0.094, 0.0095, -0.002],
    [0.006, 0.008, 0.106, 0.0098, 0.0],
    [-0.013, -0.019, 0.099, 0.0092, -0.002],
    [-0.03, -0.043, 0.078, 0.0082, -0.01],
  ];
  for (const [o0, o1, length, r, shift] of fingers) {
    const base = add(add(kn, scale(across, o0)), scale(handDir, shift - 0.004));
    const end = add(
      add(add(base, scale(handDir, length - 0.012)), scale(across, o1 - o0)),
      scale(palmN, 0.01),
    );
    put(taperedCapsule(base, end, r, r * 0.8), 0.008);
    // The knuckle (head of the metacarpal) on the back of the hand, and the tendon running
    // from it toward the wrist.
    mark(add(base, scale(palmN, -0.016)), [0.011, 0.009, 0.008], 0.0025, hf);
    ridge(
      add(add(base, scale(palmN, -0.016)), scale(handDir, -0.01)),
      add(lerp3(wr, add(kn, scale(across, o0 * 0.5)), 0.3), scale(palmN, -0.016)),
      0.004,
      0.006,
      0.0008,
      palmN,
    );
  }
  const tb = L('thumb-base');
  const tt = L('thumb-tip');
  const tm = add(lerp3(tb, tt, 0.45), [0.006, 0, 0.006]);
  put(taperedCapsule(tb, tm, 0.015, 0.0115), 0.012);
  put(taperedCapsule(tm, add(tt, scale(norm(sub(tm, tt)), 0.009)), 0.0115, 0.009), 0.006);
  // Thenar eminence: the muscle pad at the base of the thumb, on the palm side.
  put(
    ellipsoid(
      add(lerp3(tb, kn, 0.35), scale(palmN, 0.006)),
      [0.03, 0.016, 0.011],
      frame(handDir, X),
    ),
    0.012,
  );

  // ---- Leg -----------------------------------------------------------------------------------
  const hip = L('hip-joint');
  const kc = L('knee-centre');
  const an = L('ankle-centre');
  const thighDir = norm(sub(kc, hip));
  put(taperedCapsule(add(hip, [0.004, -0.02, -0.01]), kc, 0.083 * tg, 0.05 * tg), 0.05);
  put(
    ellipsoid(
      add(lerp3(hip, kc, 0.42), [0.012, 0, 0.03]),
      [0.17, 0.055 * tg, 0.045 * tg],
      frame(thighDir, X),
    ),
    0.04,
  ); // quadriceps
  put(ellipsoid([0.066, 0.575, 0.026], [0.055, 0.03 * tg, 0.028 * tg], frame(thighDir, X)), 0.03); // vastus medialis
  put(
    ellipsoid(
      add(lerp3(hip, kc, 0.45), [0.0, 0, -0.035]),
      [0.16, 0.05 * tg, 0.042 * tg],
      frame(thighDir, X),
    ),
    0.04,
  ); // hamstrings
  put(
    ellipsoid([0.058, 0.79, 0.0], [0.1, 0.05 * tg, 0.035 * tg], frame(norm([0.15, 1, 0]), Z)),
    0.04,
  ); // adductors
  put(
    ellipsoid(
      [params.hipHalfWidth - 0.06, 0.895, 0.0],
      [0.06, 0.05, 0.022],
      frame(norm([-0.05, 1, 0]), Z),
    ),
    0.05,
  ); // over the trochanter
  // The crotch: the inner thighs part a little below it, so the perineum between them (the pelvic
  // floor region) can be seen and clicked from below instead of closing to a seam.
  carve(roundBox([0, 0.7, -0.008], [0.006, 0.104, 0.05], 0.0095, [X, Y, Z]), 0.012);
  // Knee: condyles, kneecap, and the tendon below it.
  put(sphere(add(kc, [0, 0.004, -0.004]), 0.047), 0.045);
  put(ellipsoid(add(L('patella'), [0, 0, -0.012]), [0.024, 0.028, 0.012]), 0.015);
  put(
    capsule(
      add(L('patella'), [0, -0.02, -0.016]),
      add(L('tibial-tuberosity'), [0, 0, -0.012]),
      0.011,
    ),
    0.015,
  );
  // Lower leg: shin bone, the two heads of the calf and the soleus below them.
  const legDir = norm(sub(an, kc));
  put(taperedCapsule(add(kc, [0, -0.03, 0]), an, 0.042 * cg, 0.024 * cg), 0.045);
  put(ellipsoid([0.084, 0.37, -0.03], [0.1, 0.03 * cg, 0.035 * cg], frame(legDir, X)), 0.03);
  put(ellipsoid([0.11, 0.385, -0.027], [0.085, 0.027 * cg, 0.031 * cg], frame(legDir, X)), 0.03);
  put(ellipsoid([0.098, 0.255, -0.02], [0.11, 0.035 * cg, 0.03 * cg], frame(legDir, X)), 0.035);
  put(ellipsoid([0.11, 0.33, 0.018], [0.11, 0.018 * cg, 0.02 * cg], frame(legDir, X)), 0.025); // tibialis anterior
  // Ankle: malleoli and the Achilles tendon.
  put(sphere(add(L('medial-malleolus'), [0.008, 0, 0]), 0.014), 0.012);
  put(sphere(add(L('lateral-malleolus'), [-0.008, 0, 0]), 0.014), 0.012);
  // The tendon blends broadly into the back of the ankle, over the fat pad in front of it: with a
  // narrower blend a see-through gap opened between the two just above the heel.
  put(capsule([0.1, 0.17, -0.042], [0.1, 0.05, -0.052], 0.012), 0.03);
  // Foot: heel, instep rising to the ankle, a flat sole (the floor cut does the flattening),
  // the ball of the foot and five toes.
  put(ellipsoid(add(L('calcaneus'), [0, 0.008, 0.028]), [0.031, 0.036, 0.036]), 0.02);
  // The instep: a broad, low dome from the ankle to the ball of the foot, highest on the inner
  // side over the arch (a capsule here would make a ridge along the top of the foot).
  put(
    ellipsoid([0.098, 0.038, 0.055], [0.085, 0.026, 0.04], frame(norm([-0.12, -0.22, 1]), Y)),
    0.035,
  );
  mark([0.118, 0.045, 0.07], [0.03, 0.015, 0.05], 0.0015); // extensor digitorum brevis
  mark(add(L('first-metatarsal-head'), [-0.008, 0.0, 0.0]), [0.012, 0.012, 0.014], 0.002);
  put(
    roundBox([0.102, 0.017, 0.05], [0.075, 0.004, 0.026], 0.018, frame(norm([-0.15, 0, 1]), Y)),
    0.035,
  );
  const toes: ReadonlyArray<[V3, V3, number]> = [
    [
      add(L('first-metatarsal-head'), [0.002, 0.0, 0.0]),
      add(L('big-toe-tip'), [0.002, 0.003, -0.012]),
      0.0135,
    ],
    [[0.095, 0.015, 0.145], [0.097, 0.012, 0.182], 0.0095],
    [[0.108, 0.014, 0.138], [0.111, 0.011, 0.172], 0.009],
    [[0.121, 0.013, 0.13], [0.125, 0.01, 0.16], 0.0085],
    [[0.133, 0.012, 0.12], [0.138, 0.009, 0.146], 0.008],
  ];
  for (const [a, b, r] of toes) put(taperedCapsule(a, b, r, r * 0.85), 0.008);

  return new Solid(ops, 0, bumps);
}
