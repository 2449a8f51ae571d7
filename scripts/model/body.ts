/**
 * The reference body as a signed-distance solid, built from the anatomical landmarks so that the
 * mesh and the dataset's landmark-based placements agree. Only the left half is described; the
 * solid is evaluated at |x| (see `Solid`).
 *
 * Muscles are flattened, oriented ellipsoids blended softly into the underlying segment, never
 * round blobs stuck on it; blend radii grow with the size of the parts they join.
 */
import { LANDMARKS, type LandmarkId } from '../../src/domain/anatomy/landmarks.ts';
import {
  Solid,
  add,
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
  type Op,
  type Primitive,
  type V3,
} from './sdf.ts';

const L = (id: LandmarkId): V3 => LANDMARKS[id];
const X: V3 = [1, 0, 0];
const Y: V3 = [0, 1, 0];
const Z: V3 = [0, 0, 1];

/** Builds the body solid. */
export function buildBodySolid(): Solid {
  const ops: Op[] = [];
  const put = (prim: Primitive, k: number): void => {
    ops.push({ prim, k, carve: false });
  };
  const carve = (prim: Primitive, k: number): void => {
    ops.push({ prim, k, carve: true });
  };

  // ---- Trunk -------------------------------------------------------------------------------
  // Rib cage: a wide, shallow barrel, not a sphere.
  put(ellipsoid([0, 1.255, -0.008], [0.142, 0.19, 0.1]), 0);
  // Shoulder girdle: gives the breadth at the top of the chest out to the shoulder joints.
  put(capsule([0, 1.395, -0.02], [0.165, 1.4, -0.025], 0.048), 0.05);
  // Abdomen and waist, then the pelvis, blended generously: the trunk is one continuous form.
  put(ellipsoid([0, 1.075, 0.0], [0.13, 0.13, 0.095]), 0.06);
  put(ellipsoid([0, 0.995, 0.028], [0.118, 0.085, 0.072]), 0.05);
  put(ellipsoid([0, 0.935, -0.01], [0.142, 0.095, 0.098]), 0.06);
  // Pectoralis major: a thin plate along its fibres from the sternum to the armpit.
  {
    const u = norm([0.14, 0.07, -0.045]);
    put(ellipsoid([0.07, 1.318, 0.066], [0.09, 0.066, 0.022], frame(u, Y)), 0.07);
  }
  // Upper trapezius: the sloping ridge from the neck to the acromion.
  put(taperedCapsule([0.015, 1.475, -0.045], [0.19, 1.428, -0.025], 0.03, 0.024), 0.04);
  // Latissimus and serratus: the flank below the armpit, which gives the V of the back.
  put(ellipsoid([0.105, 1.24, -0.035], [0.12, 0.075, 0.05], frame(norm([-0.2, 1, 0]), Z)), 0.05);
  // Scapulae: thin plates lying on the back of the rib cage.
  put(ellipsoid([0.098, 1.33, -0.082], [0.085, 0.055, 0.016], frame(Y, norm([1, 0, 0.45]))), 0.06);
  // Erector spinae: two low columns beside the spine make the spinal groove of the low back.
  put(taperedCapsule([0.03, 1.2, -0.068], [0.032, 0.98, -0.062], 0.026, 0.024), 0.05);
  // Gluteus maximus: broad, slightly tilted, blended into the pelvis.
  put(ellipsoid([0.068, 0.875, -0.05], [0.095, 0.068, 0.075], frame(norm([0.25, 1, 0]), Z)), 0.05);
  // Navel.
  carve(sphere(add(L('navel'), [0, 0, 0.006]), 0.008), 0.006);

  // ---- Neck and head -------------------------------------------------------------------------
  put(taperedCapsule([0, 1.42, -0.022], [0, 1.585, -0.012], 0.056, 0.05), 0.035);
  // Sternocleidomastoid, from behind the ear to the top of the sternum.
  put(capsule([0.05, 1.575, -0.028], [0.016, 1.445, 0.04], 0.012), 0.03);
  put(sphere([0, 1.49, 0.04], 0.014), 0.02); // thyroid cartilage (Adam's apple)
  // Cranium.
  put(ellipsoid([0, 1.66, -0.012], [0.076, 0.09, 0.097]), 0.03);
  // Upper face and lower face: narrower than the cranium, the jaw narrower still.
  put(ellipsoid([0, 1.62, 0.03], [0.066, 0.07, 0.068]), 0.02);
  put(ellipsoid([0, 1.568, 0.035], [0.055, 0.048, 0.058]), 0.02);
  // Jaw: the ramus from the jaw joint to the angle, then the body of the mandible to the chin.
  put(
    capsule(
      add(L('tmj'), [-0.004, 0, -0.006]),
      add(L('mandible-angle'), [0, 0.004, -0.004]),
      0.012,
    ),
    0.015,
  );
  put(capsule(add(L('mandible-angle'), [0, 0.004, -0.004]), [0.018, 1.532, 0.078], 0.012), 0.015);
  put(ellipsoid([0, 1.534, 0.079], [0.022, 0.016, 0.013]), 0.012); // chin
  // Cheekbones and brow ridge.
  put(ellipsoid([0.05, 1.612, 0.062], [0.02, 0.013, 0.02]), 0.02);
  put(capsule([0.048, 1.66, 0.073], [0.0, 1.662, 0.09], 0.01), 0.025);
  // Eye sockets carved under the brow, each with its eyeball.
  carve(ellipsoid([0.032, 1.636, 0.1], [0.019, 0.013, 0.016]), 0.01);
  put(sphere([0.032, 1.636, 0.076], 0.0125), 0.004);
  // Nose: bridge to tip, and the wings of the nostrils.
  put(taperedCapsule([0, 1.638, 0.09], [0, 1.602, 0.107], 0.007, 0.011), 0.008);
  put(sphere([0.011, 1.598, 0.097], 0.009), 0.008);
  // Lips.
  put(ellipsoid([0, 1.566, 0.092], [0.025, 0.012, 0.011]), 0.01);
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
    ellipsoid(add(lerp3(sh, el, 0.12), [0.018, 0, 0.0]), [0.095, 0.05, 0.058], frame(armDir, X)),
    0.035,
  );
  // Upper arm: the humerus segment joins the trunk only through the shoulder (small blend), so
  // the inside of the arm stays separate from the ribs.
  put(taperedCapsule(lerp3(sh, el, 0.15), el, 0.043, 0.036), 0.012);
  put(
    ellipsoid(add(lerp3(sh, el, 0.55), [0.002, 0, 0.014]), [0.09, 0.029, 0.03], frame(armDir, X)),
    0.025,
  ); // biceps
  put(
    ellipsoid(add(lerp3(sh, el, 0.42), [0.004, 0, -0.016]), [0.11, 0.033, 0.031], frame(armDir, X)),
    0.025,
  ); // triceps
  // Elbow: epicondyles and olecranon are the bony points of the joint.
  put(sphere(add(L('lateral-epicondyle'), [-0.012, 0, 0]), 0.014), 0.015);
  put(sphere(add(L('medial-epicondyle'), [0.01, 0, 0.002]), 0.014), 0.015);
  put(sphere(add(L('olecranon'), [0, 0, 0.014]), 0.016), 0.015);
  // Forearm: muscle bulk near the elbow, tapering to a flat wrist.
  const foreDir = norm(sub(wr, el));
  put(taperedCapsule(el, wr, 0.032, 0.02), 0.02);
  put(ellipsoid(lerp3(el, wr, 0.28), [0.095, 0.038, 0.031], frame(foreDir, X)), 0.03);
  put(ellipsoid(wr, [0.018, 0.027, 0.016], frame(foreDir, X)), 0.02);
  // Hand: palm as a rounded slab facing forward, four fingers and an opposable thumb.
  const kn = L('middle-knuckle');
  const tip = L('middle-fingertip');
  const handDir = norm(sub(tip, wr));
  const hf = frame(handDir, X); // [along, across (thumb side +), palm normal (+z)]
  const across = hf[1];
  const palmN = hf[2];
  put(
    roundBox(add(lerp3(wr, kn, 0.55), scale(across, -0.002)), [0.036, 0.033, 0.009], 0.008, hf),
    0.02,
  );
  const fingers: ReadonlyArray<[number, number, number, number, number]> = [
    // offset across at the knuckle, offset across at the tip, length, base radius, knuckle shift
    [0.026, 0.036, 0.08, 0.0095, -0.002],
    [0.006, 0.008, 0.09, 0.0098, 0.0],
    [-0.013, -0.019, 0.084, 0.0092, -0.002],
    [-0.03, -0.043, 0.066, 0.0082, -0.01],
  ];
  for (const [o0, o1, length, r, shift] of fingers) {
    const base = add(add(kn, scale(across, o0)), scale(handDir, shift - 0.004));
    const end = add(
      add(add(base, scale(handDir, length - 0.012)), scale(across, o1 - o0)),
      scale(palmN, 0.01),
    );
    put(taperedCapsule(base, end, r, r * 0.8), 0.008);
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
  put(taperedCapsule(add(hip, [0.004, -0.02, -0.01]), kc, 0.083, 0.05), 0.05);
  put(
    ellipsoid(
      add(lerp3(hip, kc, 0.42), [0.012, 0, 0.03]),
      [0.17, 0.055, 0.045],
      frame(thighDir, X),
    ),
    0.04,
  ); // quadriceps
  put(ellipsoid([0.066, 0.575, 0.026], [0.055, 0.03, 0.028], frame(thighDir, X)), 0.03); // vastus medialis
  put(
    ellipsoid(add(lerp3(hip, kc, 0.45), [0.0, 0, -0.035]), [0.16, 0.05, 0.042], frame(thighDir, X)),
    0.04,
  ); // hamstrings
  put(ellipsoid([0.058, 0.79, 0.0], [0.1, 0.05, 0.035], frame(norm([0.15, 1, 0]), Z)), 0.04); // adductors
  put(ellipsoid([0.138, 0.895, 0.0], [0.06, 0.05, 0.022], frame(norm([-0.05, 1, 0]), Z)), 0.05); // over the trochanter
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
  put(taperedCapsule(add(kc, [0, -0.03, 0]), an, 0.042, 0.024), 0.045);
  put(ellipsoid([0.084, 0.37, -0.03], [0.1, 0.03, 0.035], frame(legDir, X)), 0.03);
  put(ellipsoid([0.11, 0.385, -0.027], [0.085, 0.027, 0.031], frame(legDir, X)), 0.03);
  put(ellipsoid([0.098, 0.255, -0.02], [0.11, 0.035, 0.03], frame(legDir, X)), 0.035);
  put(ellipsoid([0.11, 0.33, 0.018], [0.11, 0.018, 0.02], frame(legDir, X)), 0.025); // tibialis anterior
  // Ankle: malleoli and the Achilles tendon.
  put(sphere(add(L('medial-malleolus'), [0.008, 0, 0]), 0.014), 0.012);
  put(sphere(add(L('lateral-malleolus'), [-0.008, 0, 0]), 0.014), 0.012);
  put(capsule([0.1, 0.17, -0.042], [0.1, 0.05, -0.052], 0.012), 0.02);
  // Foot: heel, instep rising to the ankle, a flat sole (the floor cut does the flattening),
  // the ball of the foot and five toes.
  put(ellipsoid(add(L('calcaneus'), [0, 0.008, 0.028]), [0.031, 0.036, 0.036]), 0.02);
  put(taperedCapsule(add(an, [0, -0.01, 0.005]), [0.098, 0.024, 0.125], 0.03, 0.016), 0.03);
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

  return new Solid(ops, 0);
}
