import { isLandmarkId } from './anatomy/landmarks.ts';
import { SHARED_PROSE_PARTS, type Atlas, type PressureFacts, type SourceRef } from './atlas.ts';
import { REGION_IDS, isRegionId } from './regions.ts';

/** One problem found in the atlas: where, and what is wrong. */
export interface AtlasProblem {
  path: string;
  message: string;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks the facts of the whole atlas and returns every problem found (an empty list means
 * valid): duplicate ids, references to regions, landmarks, sources, red flags or other records
 * that do not exist, trigger points that refer nowhere, muscles without sources, and technique
 * numbers out of range. The words of each language are checked against these facts by
 * scripts/i18n/validate.ts.
 */
export function validateAtlas(atlas: Atlas): AtlasProblem[] {
  const problems: AtlasProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const allTps = new Set(atlas.muscles.flatMap((m) => m.triggerPoints.map((tp) => tp.id)));
  const allMuscles = new Set(atlas.muscles.map((m) => m.id));

  const regionIds = atlas.regions.map((r) => r.id);
  if (regionIds.length !== REGION_IDS.length || regionIds.some((id, i) => id !== REGION_IDS[i])) {
    report('regions', 'regions must be exactly the shared vocabulary, in order');
  }

  const sourceIds = new Set<string>();
  for (const source of atlas.sources) {
    if (sourceIds.has(source.id)) report(`sources.${source.id}`, 'duplicate source id');
    sourceIds.add(source.id);
  }

  const muscleIds = new Set<string>();
  const tpIds = new Set<string>();
  for (const muscle of atlas.muscles) {
    const at = `muscles.${muscle.id}`;
    if (!KEBAB.test(muscle.id)) report(at, 'muscle id must be kebab-case');
    if (muscleIds.has(muscle.id)) report(at, 'duplicate muscle id');
    muscleIds.add(muscle.id);
    if (muscle.triggerPoints.length === 0) report(at, 'a muscle needs at least one trigger point');
    if (muscle.sources.length === 0) report(`${at}.sources`, 'every muscle must cite a source');
    for (const ref of muscle.sources) {
      if (!sourceIds.has(ref.source)) report(`${at}.sources`, `unknown source "${ref.source}"`);
    }

    for (const tp of muscle.triggerPoints) {
      const tpAt = `${at}.triggerPoints.${tp.id}`;
      if (!KEBAB.test(tp.id)) report(tpAt, 'trigger point id must be kebab-case');
      if (!tp.id.startsWith(`${muscle.id}-`))
        report(tpAt, 'trigger point id must start with its muscle id');
      if (tpIds.has(tp.id)) report(tpAt, 'duplicate trigger point id');
      tpIds.add(tp.id);
      if (tp.referral.essential.length === 0)
        report(tpAt, 'a trigger point must refer somewhere (essential zone)');
      const seen = new Set<string>();
      for (const [kind, zones] of [
        ['essential', tp.referral.essential],
        ['spillover', tp.referral.spillover],
      ] as const) {
        for (const zone of zones) {
          if (!isRegionId(zone.region))
            report(`${tpAt}.referral.${kind}`, `unknown region "${zone.region}"`);
          const key = `${zone.region}:${zone.side ?? 'same'}`;
          if (seen.has(key)) report(`${tpAt}.referral.${kind}`, `zone "${key}" listed twice`);
          seen.add(key);
        }
      }
      if (!isRegionId(tp.region)) report(tpAt, `unknown region "${tp.region}"`);
      const { placement } = tp;
      if (!isLandmarkId(placement.from))
        report(`${tpAt}.placement`, `unknown landmark "${placement.from}"`);
      if (placement.to !== undefined && !isLandmarkId(placement.to)) {
        report(`${tpAt}.placement`, `unknown landmark "${placement.to}"`);
      }
      if (placement.t !== undefined && (placement.t < 0 || placement.t > 1)) {
        report(`${tpAt}.placement`, 't must be between 0 and 1');
      }
      if (tp.symptomsFrom !== undefined && !allTps.has(tp.symptomsFrom))
        report(tpAt, `symptoms from an unknown trigger point "${tp.symptomsFrom}"`);
    }

    const { pressure, stretch } = muscle;
    if (pressure && muscle.therapistOnly)
      report(at, 'a therapist-only muscle must not give self-pressure steps');
    if (!pressure && !muscle.therapistOnly)
      report(at, 'give a pressure technique, or say why it is for a therapist only');
    if (pressure) checkPressure(pressure, `${at}.pressure`, report);
    for (const part of SHARED_PROSE_PARTS) {
      const from = muscle.proseFrom?.[part];
      if (from === undefined) continue;
      if (!allMuscles.has(from) || from === muscle.id)
        report(`${at}.proseFrom.${part}`, `shares its ${part} with an unknown muscle "${from}"`);
      const other = atlas.muscles.find((m) => m.id === from);
      if (other?.proseFrom?.[part])
        report(`${at}.proseFrom.${part}`, 'share from the muscle that writes it');
    }
    for (const id of muscle.redFlags ?? []) {
      if (!atlas.redFlags.some((f) => f.id === id))
        report(`${at}.redFlags`, `unknown red flag "${id}"`);
    }
    if (!(stretch.holdSeconds > 0))
      report(`${at}.stretch.holdSeconds`, 'hold time must be positive');
    if (!(stretch.repetitions >= 1)) report(`${at}.stretch.repetitions`, 'repetitions must be ≥ 1');
  }

  for (const guide of atlas.painGuides) {
    const at = `painGuides.${guide.title}`;
    for (const region of guide.regions)
      if (!isRegionId(region)) report(at, `unknown region "${region}"`);
    for (const id of guide.muscles) if (!muscleIds.has(id)) report(at, `unknown muscle "${id}"`);
    if (new Set(guide.muscles).size !== guide.muscles.length)
      report(at, 'a muscle is listed twice');
    if (!sourceIds.has(guide.source.source)) report(at, `unknown source "${guide.source.source}"`);
  }

  const flagIds = new Set<string>();
  for (const flag of atlas.redFlags) {
    const at = `redFlags.${flag.id}`;
    if (flagIds.has(flag.id)) report(at, 'duplicate red flag id');
    flagIds.add(flag.id);
    if (flag.regions.length === 0) report(at, 'a red flag must name its regions');
    for (const region of flag.regions)
      if (!isRegionId(region)) report(at, `unknown region "${region}"`);
    checkSources(flag.sources ?? [], at, sourceIds, report);
  }

  const causeIds = new Set<string>();
  for (const cause of atlas.otherCauses) {
    const at = `otherCauses.${cause.id}`;
    if (!KEBAB.test(cause.id)) report(at, 'id must be kebab-case');
    if (causeIds.has(cause.id)) report(at, 'duplicate id');
    causeIds.add(cause.id);
    if (cause.regions.length === 0) report(at, 'name the regions it causes pain in');
    for (const region of cause.regions)
      if (!isRegionId(region)) report(at, `unknown region "${region}"`);
    if (cause.sources.length === 0) report(at, 'cite a source');
    checkSources(cause.sources, at, sourceIds, report);
  }

  const cautionIds = new Set<string>();
  for (const caution of atlas.pressureCautions) {
    const at = `pressureCautions.${caution.id}`;
    if (!KEBAB.test(caution.id)) report(at, 'id must be kebab-case');
    if (cautionIds.has(caution.id)) report(at, 'duplicate id');
    cautionIds.add(caution.id);
    for (const region of caution.regions ?? [])
      if (!isRegionId(region)) report(at, `unknown region "${region}"`);
    if (caution.sources.length === 0) report(at, 'cite a source');
    checkSources(caution.sources, at, sourceIds, report);
  }
  return problems;
}

function checkSources(
  refs: readonly SourceRef[],
  at: string,
  sourceIds: ReadonlySet<string>,
  report: (path: string, message: string) => void,
): void {
  for (const ref of refs)
    if (!sourceIds.has(ref.source)) report(`${at}.sources`, `unknown source "${ref.source}"`);
}

function checkPressure(
  pressure: PressureFacts,
  at: string,
  report: (path: string, message: string) => void,
): void {
  if (!(
    pressure.pressure.min >= 0 &&
    pressure.pressure.min <= pressure.pressure.max &&
    pressure.pressure.max <= 10
  )) {
    report(`${at}.pressure`, 'pressure must be a range within 0–10');
  }
  if (!(pressure.holdSeconds.min > 0 && pressure.holdSeconds.min <= pressure.holdSeconds.max)) {
    report(`${at}.holdSeconds`, 'hold time must be a positive range');
  }
  if (!(pressure.rounds >= 1 && Number.isInteger(pressure.rounds)))
    report(`${at}.rounds`, 'rounds must be a whole number ≥ 1');
  if (!(pressure.restSeconds >= 0)) report(`${at}.restSeconds`, 'rest must not be negative');
}
