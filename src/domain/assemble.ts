/**
 * Facts and prose put together for one language. The message catalogues arrive as *shapes*: the
 * structure of each JSON file with a message id at every leaf (see scripts/i18n/catalogPlugin.ts).
 * A `Format` turns an id (and the numbers it states) into text in the active language; these
 * functions walk the shapes and build the records the screens show.
 */
import type { Figure } from './anatomy/build.ts';
import type {
  BodyAreaGroup,
  Muscle,
  MuscleAnatomy,
  MuscleFacts,
  OtherCause,
  OtherCauseFacts,
  OtherCauseProse,
  PressureCaution,
  PressureCautionFacts,
  PressureCautionProse,
  PressureFacts,
  PressureProse,
  RedFlag,
  RedFlagFacts,
  RedFlagProse,
  SharedProsePart,
  StretchFacts,
  StretchProse,
  TriggerPoint,
} from './atlas.ts';
import type { Region, RegionFacts, RegionGroup, RegionId } from './regions.ts';

/** Text in the active language for a message id, with the values its placeholders name. */
export type Format = (id: string, values?: Record<string, string | number>) => string;

/** A catalogue's structure, with message ids in place of its strings. */
type Shape<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Shape<U>[]
    : { readonly [K in keyof T]: Shape<T[K]> };

/** The names every screen needs at once (data/i18n/<lang>/atlas.json), by id. */
export interface AtlasShape {
  muscles: Record<string, string>;
  triggerPoints: Record<string, string>;
  regions: Record<RegionId, string>;
  regionGroups: Record<RegionGroup, string>;
  bodyAreas: Record<BodyAreaGroup, string>;
  figures: Record<Figure, string>;
  shortcuts: Record<string, string>;
}

/**
 * The words search looks through and the details pages show beside the names: other names of
 * each muscle, the complaints each trigger point is known for, and what each region covers
 * (data/i18n/<lang>/search.json). Loaded when first needed.
 */
export interface SearchShape {
  muscles: Record<string, { aliases: readonly string[] }>;
  triggerPoints: Record<string, { complaints: readonly string[] }>;
  regions: Record<RegionId, { description: string; synonyms: readonly string[] }>;
  /** What people call their pain ("migraine"), by the id of data/conditions.ts. */
  conditions: Record<string, { name: string; synonyms: readonly string[] }>;
}

/** The warnings' words (data/i18n/<lang>/safety.json), loaded just after the app starts. */
export interface SafetyShape {
  redFlags: Record<string, Shape<RedFlagProse>>;
  otherCauses: Record<string, Shape<OtherCauseProse>>;
  pressureCautions: Record<string, Shape<PressureCautionProse>>;
}

/** One muscle's detailed words (data/i18n/<lang>/muscles/<id>.json), loaded when first shown. */
export interface MuscleProseShape {
  anatomy: Shape<MuscleAnatomy>;
  triggerPoints: Record<
    string,
    { location: string; depthNote?: string; symptoms?: readonly string[] }
  >;
  pressure?: Shape<PressureProse>;
  therapistOnly?: string;
  stretch?: Shape<StretchProse>;
  selfCare?: readonly string[];
  perpetuatingFactors?: readonly string[];
  precautions?: readonly string[];
}

/** The values a pressure step's placeholders can name. */
export function pressureValues(p: PressureFacts): Record<string, number> {
  return {
    pressureMin: p.pressure.min,
    pressureMax: p.pressure.max,
    holdMin: p.holdSeconds.min,
    holdMax: p.holdSeconds.max,
    rounds: p.rounds,
    roundsLeft: p.rounds - 1,
    rest: p.restSeconds,
  };
}

/** The values a stretch step's placeholders can name. */
export function stretchValues(s: StretchFacts): Record<string, number> {
  return { hold: s.holdSeconds, repetitions: s.repetitions, repetitionsLeft: s.repetitions - 1 };
}

const all = (ids: readonly string[] | undefined, fmt: Format, values?: Record<string, number>) =>
  (ids ?? []).map((id) => fmt(id, values));

export function assembleRegion(
  facts: RegionFacts,
  atlas: AtlasShape,
  search: SearchShape,
  fmt: Format,
): Region {
  const words = search.regions[facts.id];
  return {
    ...facts,
    label: fmt(atlas.regions[facts.id]),
    description: fmt(words.description),
    synonyms: all(words.synonyms, fmt),
  };
}

export function assembleRedFlag(facts: RedFlagFacts, safety: SafetyShape, fmt: Format): RedFlag {
  const words = safety.redFlags[facts.id];
  if (!words) throw new Error(`No words for red flag "${facts.id}"`);
  return { ...facts, title: fmt(words.title), signs: fmt(words.signs), advice: fmt(words.advice) };
}

export function assembleOtherCause(
  facts: OtherCauseFacts,
  safety: SafetyShape,
  fmt: Format,
): OtherCause {
  const words = safety.otherCauses[facts.id];
  if (!words) throw new Error(`No words for other cause "${facts.id}"`);
  return {
    ...facts,
    name: fmt(words.name),
    feelsLike: fmt(words.feelsLike),
    whatToDo: fmt(words.whatToDo),
  };
}

export function assemblePressureCaution(
  facts: PressureCautionFacts,
  safety: SafetyShape,
  fmt: Format,
): PressureCaution {
  const words = safety.pressureCautions[facts.id];
  if (!words) throw new Error(`No words for pressure caution "${facts.id}"`);
  return { ...facts, condition: fmt(words.condition), advice: fmt(words.advice) };
}

/** Where a part of a muscle's prose is written: its own file, or the muscle it shares it with. */
export function proseSource(facts: MuscleFacts, part: SharedProsePart): string {
  return facts.proseFrom?.[part] ?? facts.id;
}

/** The muscles whose prose files a muscle needs (itself and those it shares parts with). */
export function proseDependencies(
  facts: MuscleFacts,
  findMuscleOfTp: (tpId: string) => string | undefined,
): string[] {
  const ids = new Set([facts.id, ...Object.values(facts.proseFrom ?? {})]);
  for (const tp of facts.triggerPoints) {
    const other = tp.symptomsFrom && findMuscleOfTp(tp.symptomsFrom);
    if (other) ids.add(other);
  }
  return [...ids];
}

/**
 * A muscle with its words. `proseOf` gives the prose shape of any muscle it needs (see
 * `proseDependencies`); it throws if one is missing, which the validation test rules out.
 */
export function assembleMuscle(
  facts: MuscleFacts,
  atlas: AtlasShape,
  search: SearchShape,
  proseOf: (muscleId: string) => MuscleProseShape | undefined,
  findMuscleOfTp: (tpId: string) => string | undefined,
  fmt: Format,
): Muscle {
  const need = (id: string) => {
    const prose = proseOf(id);
    if (!prose) throw new Error(`The words of "${id}" are not loaded`);
    return prose;
  };
  const own = need(facts.id);
  const part = <K extends SharedProsePart>(key: K): NonNullable<MuscleProseShape[K]> => {
    const value = need(proseSource(facts, key))[key];
    if (value === undefined) throw new Error(`"${facts.id}" has no ${key} in its words`);
    return value as NonNullable<MuscleProseShape[K]>;
  };
  const name = atlas.muscles[facts.id];
  if (!name) throw new Error(`No name for muscle "${facts.id}"`);
  const triggerPoints: TriggerPoint[] = facts.triggerPoints.map((tp) => {
    const words = own.triggerPoints[tp.id];
    const tpName = atlas.triggerPoints[tp.id];
    if (!words || !tpName) throw new Error(`No words for trigger point "${tp.id}"`);
    const symptomsOwner = tp.symptomsFrom ? findMuscleOfTp(tp.symptomsFrom) : facts.id;
    const symptoms = tp.symptomsFrom
      ? need(symptomsOwner ?? '').triggerPoints[tp.symptomsFrom]?.symptoms
      : words.symptoms;
    return {
      ...tp,
      name: fmt(tpName),
      location: fmt(words.location),
      ...(words.depthNote ? { depthNote: fmt(words.depthNote) } : {}),
      symptoms: all(symptoms, fmt),
      complaints: all(search.triggerPoints[tp.id]?.complaints, fmt),
    };
  });
  const stretchWords = part('stretch');
  const sv = stretchValues(facts.stretch);
  const muscle: Muscle = {
    id: facts.id,
    group: facts.group,
    sources: facts.sources,
    ...(facts.redFlags ? { redFlags: facts.redFlags } : {}),
    ...(facts.proseFrom ? { proseFrom: facts.proseFrom } : {}),
    name: fmt(name),
    aliases: all(search.muscles[facts.id]?.aliases, fmt),
    anatomy: {
      origin: fmt(own.anatomy.origin),
      insertion: fmt(own.anatomy.insertion),
      action: fmt(own.anatomy.action),
      innervation: fmt(own.anatomy.innervation),
    },
    triggerPoints,
    stretch: {
      ...facts.stretch,
      position: fmt(stretchWords.position),
      steps: all(stretchWords.steps, fmt, sv),
      breathing: fmt(stretchWords.breathing),
      feel: fmt(stretchWords.feel),
      avoid: all(stretchWords.avoid, fmt),
    },
    selfCare: all(part('selfCare'), fmt),
    perpetuatingFactors: all(part('perpetuatingFactors'), fmt),
    precautions: all(part('precautions'), fmt),
  };
  if (facts.pressure) {
    const words = part('pressure');
    const pv = pressureValues(facts.pressure);
    muscle.pressure = {
      ...facts.pressure,
      position: fmt(words.position),
      tool: fmt(words.tool),
      direction: fmt(words.direction),
      steps: all(words.steps, fmt, pv),
      releaseFeel: fmt(words.releaseFeel),
      stopIf: all(words.stopIf, fmt),
    };
  }
  if (facts.therapistOnly && own.therapistOnly) muscle.therapistOnly = fmt(own.therapistOnly);
  return muscle;
}
