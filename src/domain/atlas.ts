/**
 * The schema of the referral atlas, in two halves:
 *   - the **facts** (ids, zones, placement, depth, numbers, sources) are typed data in `data/`,
 *     the same for every language, and load with the app;
 *   - the **prose** (names, locations, steps, symptoms, warnings...) lives per language in
 *     `data/i18n/<lang>/` as ICU messages, validated against the facts, and loads when shown.
 * `Muscle`, `RedFlag` and the rest are the two put together for one language (`assemble.ts`).
 * Text is our own words (see STYLE.md, "Writing for people in pain").
 */
import type { LandmarkId } from './anatomy/landmarks.ts';
import type { Region, RegionFacts, RegionId } from './regions.ts';

/** Which side a referral zone is on, relative to the trigger point. Default: 'same'. */
export type RelativeSide = 'same' | 'opposite' | 'both';

/** A zone of a referral pattern. */
export interface ReferralZone {
  region: RegionId;
  /** Relative to the trigger point's side; leave out for the same side. */
  side?: RelativeSide;
}

export interface ReferralPattern {
  /** Where pain is felt in nearly everyone with this trigger point (solid red in the manuals). */
  essential: readonly ReferralZone[];
  /** Where pain is felt in some people (the stippled spillover in the manuals). */
  spillover: readonly ReferralZone[];
}

/**
 * Where a trigger point lies on the body, for the person's LEFT side (x > 0); the right side is
 * its mirror. Resolved from named landmarks: `from` alone, or a point `t` of the way from `from`
 * to `to`, then moved by `offset` (metres, in body coordinates, +x = the person's left, +y up,
 * +z forward), then projected onto the skin along `facing` (the direction you press from).
 */
export interface Placement {
  from: LandmarkId;
  to?: LandmarkId;
  /** 0 = at `from`, 1 = at `to`. Default 0.5 when `to` is given. */
  t?: number;
  offset?: readonly [number, number, number];
  /** The side of the body you press from. */
  facing: 'front' | 'back' | 'outside' | 'inside' | 'top' | 'bottom';
}

export type Depth = 'superficial' | 'deep';

export interface TriggerPointFacts {
  /** Unique in the atlas, kebab-case, prefixed by the muscle id: "upper-trapezius-tp1". */
  id: string;
  /** The pain region of the skin over it: where you press (its side is the trigger point's). */
  region: RegionId;
  placement: Placement;
  depth: Depth;
  referral: ReferralPattern;
  /** Its symptoms are word for word those of another trigger point (its id): written once. */
  symptomsFrom?: string;
}

export interface TriggerPointProse {
  /** As the literature names it: "TrP1", "Sternal division", "TrP2 (lower fibres)". */
  name: string;
  /** Where it lies, in words a person can follow to find it. */
  location: string;
  /** For a deep point: what you press through to reach it. */
  depthNote?: string;
  /** What it feels like, in plain words. */
  symptoms: readonly string[];
  /** The complaints it is known for ("tension-type headache", "tennis elbow"). */
  complaints: readonly string[];
}

export type TriggerPoint = TriggerPointFacts & TriggerPointProse;

/** A range on a scale, e.g. pressure 5–7 out of 10, or 30–90 seconds. */
export interface Range {
  min: number;
  max: number;
}

/** The numbers of a pressure technique. Its steps state them through placeholders. */
export interface PressureFacts {
  /** Discomfort on a 0–10 scale to aim for. */
  pressure: Range;
  /** How long to hold each round, in seconds. */
  holdSeconds: Range;
  rounds: number;
  /** Rest between rounds, seconds. */
  restSeconds: number;
}

export interface PressureProse {
  /** How the person sits or lies. */
  position: string;
  /** What to press with: thumb, fingers, knuckle, a ball against a wall... */
  tool: string;
  /** Which way to press: "straight in toward the bone", "up and in under the ribs". */
  direction: string;
  /**
   * Numbered steps, one action each: find, press, hold, release, check. A number the facts
   * hold is written as a placeholder ("{holdMin} to {holdMax} seconds"), never as digits.
   */
  steps: readonly string[];
  /** What release feels like. */
  releaseFeel: string;
  /** Stop and leave it if any of these happens. */
  stopIf: readonly string[];
}

export type PressureTechnique = PressureFacts & PressureProse;

export interface StretchFacts {
  holdSeconds: number;
  repetitions: number;
}

export interface StretchProse {
  position: string;
  /** Steps; the hold and repetitions appear as `{hold}` and `{repetitions}`. */
  steps: readonly string[];
  breathing: string;
  /** The feeling to aim for. */
  feel: string;
  avoid: readonly string[];
}

export type StretchTechnique = StretchFacts & StretchProse;

export const BODY_AREAS = [
  'head-neck',
  'shoulder-upper-back',
  'arm-hand',
  'trunk',
  'low-back-pelvis-hip',
  'thigh',
  'leg-foot',
] as const;
export type BodyAreaGroup = (typeof BODY_AREAS)[number];

export interface MuscleAnatomy {
  origin: string;
  insertion: string;
  action: string;
  innervation: string;
}

export interface SourceRef {
  /** Id of a `Source` in `data/sources.ts`. */
  source: string;
  /** Chapter or section: "Chapter 6, Trapezius". */
  chapter: string;
}

/** Parts of a muscle's prose that can be word for word another muscle's. */
export const SHARED_PROSE_PARTS = [
  'pressure',
  'stretch',
  'selfCare',
  'perpetuatingFactors',
  'precautions',
] as const;
export type SharedProsePart = (typeof SHARED_PROSE_PARTS)[number];

export interface MuscleFacts {
  /** kebab-case, stable. */
  id: string;
  group: BodyAreaGroup;
  triggerPoints: readonly TriggerPointFacts[];
  /**
   * How to press it yourself. Left out, with `therapistOnly`, where fingers would have to go
   * somewhere unsafe (beside the carotid artery, the windpipe, a large vein).
   */
  pressure?: PressureFacts;
  /** Only a trained therapist should work on it; its prose says why. */
  therapistOnly?: true;
  stretch: StretchFacts;
  /**
   * Red flags (ids in `data/red-flags.ts`) that apply whenever this muscle is worked on, whatever
   * area hurts: its serious precautions (a calf muscle and a blood clot, a chest muscle and the
   * heart). The warnings before a technique add these to those of the painful areas and of the
   * place you press.
   */
  redFlags?: readonly string[];
  sources: readonly SourceRef[];
  /** Parts of its prose that are word for word another muscle's (by id): written once there. */
  proseFrom?: Partial<Record<SharedProsePart, string>>;
}

export interface MuscleProse {
  name: string;
  /** Other names people use: abbreviations, older names. */
  aliases: readonly string[];
  anatomy: MuscleAnatomy;
  pressure?: PressureProse;
  /** Why only a trained therapist should work on it: what lies there, what could go wrong. */
  therapistOnly?: string;
  stretch: StretchProse;
  selfCare: readonly string[];
  /** What keeps it coming back. */
  perpetuatingFactors: readonly string[];
  /** Precautions and contraindications specific to this muscle. */
  precautions: readonly string[];
}

/** A muscle with its prose in one language. */
export interface Muscle
  extends
    Omit<MuscleFacts, 'triggerPoints' | 'pressure' | 'therapistOnly' | 'stretch'>,
    Omit<MuscleProse, 'pressure' | 'stretch'> {
  triggerPoints: readonly TriggerPoint[];
  pressure?: PressureTechnique;
  stretch: StretchTechnique;
}

export interface Source {
  id: string;
  authors: string;
  title: string;
  edition: string;
  volume?: string;
  publisher: string;
  year: number;
}

export type Urgency = 'emergency' | 'urgent' | 'soon';

/** A symptom that needs a doctor before any self-treatment. */
export interface RedFlagFacts {
  id: string;
  /** The regions it concerns (either side). */
  regions: readonly RegionId[];
  urgency: Urgency;
  /**
   * Named at once, at the top of the results, as soon as one of its areas is selected: every
   * emergency is, and so is an urgent flag whose danger is missing it (a clot in the calf).
   */
  atOnce?: boolean;
  /** The clinical guidance it follows, by source id and section. */
  sources: readonly SourceRef[];
}

export interface RedFlagProse {
  /** Short heading: "Chest pain with breathlessness or sweating". */
  title: string;
  /** The warning signs, plainly. */
  signs: string;
  /** What to do. */
  advice: string;
}

export type RedFlag = RedFlagFacts & RedFlagProse;

export const OTHER_CAUSE_KINDS = [
  'joint',
  'nerve',
  'organ',
  'vessel',
  'bone',
  'skin',
  'other',
] as const;
/** What kind of thing, other than a muscle, a cause of pain is. */
export type OtherCauseKind = (typeof OTHER_CAUSE_KINDS)[number];

/**
 * Something other than a muscle that commonly causes pain in an area (a worn knee joint, a
 * pinched nerve in the neck, the gallbladder), how it tends to feel different from referred
 * muscle pain, and what to do. Shown beside the muscles, as a careful therapist would say it.
 */
export interface OtherCauseFacts {
  /** kebab-case, stable. */
  id: string;
  /** The areas where it commonly causes pain (either side). */
  regions: readonly RegionId[];
  kind: OtherCauseKind;
  /** How soon a doctor should see it, when it needs one. */
  urgency?: Urgency;
  sources: readonly SourceRef[];
}

export interface OtherCauseProse {
  /** Plain name first, the medical term after it once: "Wear in the knee joint (osteoarthritis)". */
  name: string;
  /** How it usually feels or behaves differently from referred muscle pain. */
  feelsLike: string;
  /** What to do: who to see, how soon. */
  whatToDo: string;
}

export type OtherCause = OtherCauseFacts & OtherCauseProse;

/**
 * A health condition that changes whether, or how firmly, a person should press on a muscle
 * (blood thinners, a clotting disorder, thin bones, pregnancy). Shown before every pressure
 * technique it concerns.
 */
export interface PressureCautionFacts {
  /** kebab-case, stable. */
  id: string;
  /** The places you press where it applies; every place when left out. */
  regions?: readonly RegionId[];
  sources: readonly SourceRef[];
}

export interface PressureCautionProse {
  /** Who it concerns, in the second person: "You take a blood thinner". */
  condition: string;
  /** What to do differently, or not at all. */
  advice: string;
}

export type PressureCaution = PressureCautionFacts & PressureCautionProse;

/**
 * A pain guide from the literature: for one area of pain, the muscles most likely to refer pain
 * there, in the order of how often they are responsible (most often first). The manuals open
 * each body part with such guides; the ranking uses them as how common each cause is.
 */
export interface PainGuide {
  /** The guide's own name for the area ("Temporal headache"), as the manual titles it. */
  title: string;
  /** The regions the guide's area covers. */
  regions: readonly RegionId[];
  /** Muscle ids, most frequent first. */
  muscles: readonly string[];
  source: SourceRef;
}

/** The facts of the whole atlas: what every language shares. */
export interface Atlas {
  regions: readonly RegionFacts[];
  muscles: readonly MuscleFacts[];
  redFlags: readonly RedFlagFacts[];
  sources: readonly Source[];
  painGuides: readonly PainGuide[];
  /** What else, besides muscles, commonly causes pain in each area. */
  otherCauses: readonly OtherCauseFacts[];
  /** Conditions that change deep pressure, shown before every pressure technique they concern. */
  pressureCautions: readonly PressureCautionFacts[];
}

/** The atlas with the words of one language put in (for the tests, scripts and Node tools). */
export interface TextAtlas extends Omit<
  Atlas,
  'regions' | 'muscles' | 'redFlags' | 'otherCauses' | 'pressureCautions'
> {
  regions: readonly Region[];
  muscles: readonly Muscle[];
  redFlags: readonly RedFlag[];
  otherCauses: readonly OtherCause[];
  pressureCautions: readonly PressureCaution[];
}
