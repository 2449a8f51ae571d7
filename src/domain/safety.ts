/**
 * What a person must read before any self-treatment. One rule for every way into a technique
 * (a click on the body, the list, search, a shortcut, a link): the warnings of a trigger point
 * are those of the painful areas, of the place you press, and of the muscle itself.
 */
import type {
  Atlas,
  MuscleFacts as Muscle,
  OtherCauseFacts as OtherCause,
  PressureCautionFacts as PressureCaution,
  RedFlagFacts as RedFlag,
  TriggerPointFacts as TriggerPoint,
  Urgency,
} from './atlas.ts';
import type { BodyArea, RegionId } from './regions.ts';

const URGENCY_ORDER: Record<Urgency, number> = { emergency: 0, urgent: 1, soon: 2 };

/** Why a red flag is shown: which of the three rules brought it in. */
export type FlagReason = 'area' | 'site' | 'muscle';

export interface ShownFlag {
  flag: RedFlag;
  /** Every rule that brought it in, in the order area, site, muscle. */
  reasons: readonly FlagReason[];
}

/** The warnings to read before working on one trigger point. */
export interface TechniqueSafety {
  /** Most urgent first; each flag once. */
  flags: readonly ShownFlag[];
  /** Conditions that change deep pressure here (none for a therapist-only muscle). */
  cautions: readonly PressureCaution[];
  /**
   * Identifies exactly this set of warnings: a confirmation given for one set does not carry
   * over to a set with another warning in it.
   */
  key: string;
}

type SafetyAtlas = Pick<Atlas, 'redFlags' | 'pressureCautions'>;

function byUrgency<T extends { flag: RedFlag } | RedFlag>(items: T[]): T[] {
  const urgency = (item: T) => ('flag' in item ? item.flag.urgency : item.urgency);
  // Array.prototype.sort is stable: within an urgency, the dataset's order stays.
  return items.sort((a, b) => URGENCY_ORDER[urgency(a)] - URGENCY_ORDER[urgency(b)]);
}

/** The red flags that concern any of the given areas, most urgent first, each once. */
export function flagsForAreas(
  atlas: Pick<Atlas, 'redFlags'>,
  areas: readonly BodyArea[],
): RedFlag[] {
  const regions = new Set<RegionId>(areas.map((a) => a.region));
  return byUrgency(atlas.redFlags.filter((flag) => flag.regions.some((r) => regions.has(r))));
}

/** Whether a flag is named at once, before any muscle: every emergency, and those marked so. */
export function isAtOnce(flag: RedFlag): boolean {
  return flag.urgency === 'emergency' || flag.atOnce === true;
}

/** The flags of the selected areas to name at once, before any muscle is chosen. */
export function emergencyFlagsFor(
  atlas: Pick<Atlas, 'redFlags'>,
  areas: readonly BodyArea[],
): RedFlag[] {
  return flagsForAreas(atlas, areas).filter(isAtOnce);
}

/**
 * Everything to read before working on `tp` of `muscle`: the red flags of the selected areas,
 * of the place you press (`tp.region`) and of the muscle's own serious precautions, and the
 * pressure cautions for the place you press.
 */
export function safetyFor(
  atlas: SafetyAtlas,
  muscle: Pick<Muscle, 'redFlags' | 'pressure'>,
  tp: Pick<TriggerPoint, 'region'>,
  areas: readonly BodyArea[],
): TechniqueSafety {
  const selected = new Set<RegionId>(areas.map((a) => a.region));
  const own = new Set(muscle.redFlags ?? []);
  const flags: ShownFlag[] = [];
  for (const flag of atlas.redFlags) {
    const reasons: FlagReason[] = [];
    if (flag.regions.some((r) => selected.has(r))) reasons.push('area');
    if (flag.regions.includes(tp.region)) reasons.push('site');
    if (own.has(flag.id)) reasons.push('muscle');
    if (reasons.length) flags.push({ flag, reasons });
  }
  const cautions = muscle.pressure
    ? atlas.pressureCautions.filter((c) => !c.regions || c.regions.includes(tp.region))
    : [];
  const ids = [...flags.map((f) => f.flag.id), ...cautions.map((c) => `caution:${c.id}`)];
  return { flags: byUrgency(flags), cautions, key: [...ids].sort().join('|') };
}

/** The other causes of pain in the selected areas, each once, in the dataset's order. */
export function otherCausesFor(
  atlas: Pick<Atlas, 'otherCauses'>,
  areas: readonly BodyArea[],
): OtherCause[] {
  const regions = new Set<RegionId>(areas.map((a) => a.region));
  return atlas.otherCauses.filter((cause) => cause.regions.some((r) => regions.has(r)));
}
