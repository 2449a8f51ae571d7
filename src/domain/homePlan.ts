/**
 * A home plan as the client reads it: the plan's points looked up in the atlas, numbered in the
 * therapist's order, and one set of warnings for all of them together, read before any step.
 */
import type { AtlasIndex, TriggerPointEntry } from './atlasIndex.ts';
import type { Plan, PlanPoint } from './planLink.ts';
import { flagsForAreas, safetyFor, type ShownFlag, type TechniqueSafety } from './safety.ts';
import type { BodyArea } from './regions.ts';

export interface HomePlanItem {
  point: PlanPoint;
  entry: TriggerPointEntry;
  /** 1-based, in the plan's order. */
  number: number;
  /** This point's own warnings (the plan's areas, where it is pressed, its muscle). */
  safety: TechniqueSafety;
}

export function planItems(plan: Pick<Plan, 'points' | 'areas'>, index: AtlasIndex): HomePlanItem[] {
  const items: HomePlanItem[] = [];
  for (const point of plan.points) {
    const entry = index.triggerPoint(point.triggerPointId);
    if (!entry) continue;
    items.push({
      point,
      entry,
      number: items.length + 1,
      safety: safetyFor(index.atlas, entry.muscle, entry.triggerPoint, plan.areas),
    });
  }
  return items;
}

/**
 * Every warning of every point, each once, most urgent first (in the dataset's order within an
 * urgency): one gate for the whole plan. For a single point it is exactly that point's set, so a
 * confirmation given for it in the explorer holds here too, and the other way round.
 */
export function combinedSafety(
  index: AtlasIndex,
  items: readonly Pick<HomePlanItem, 'safety'>[],
  areas: readonly BodyArea[],
): TechniqueSafety {
  const flags = new Map<string, ShownFlag>();
  // The areas' own flags even with no point to press: the pain itself may need a doctor.
  for (const flag of flagsForAreas(index.atlas, areas))
    flags.set(flag.id, { flag, reasons: ['area'] });
  const cautions = new Set<string>();
  for (const { safety } of items) {
    for (const shown of safety.flags) {
      const before = flags.get(shown.flag.id);
      const reasons = before ? [...new Set([...before.reasons, ...shown.reasons])] : shown.reasons;
      flags.set(shown.flag.id, { flag: shown.flag, reasons });
    }
    for (const caution of safety.cautions) cautions.add(caution.id);
  }
  const urgency = { emergency: 0, urgent: 1, soon: 2 } as const;
  const order = index.atlas.redFlags.map((f) => f.id);
  const shown = [...flags.values()].sort(
    (a, b) =>
      urgency[a.flag.urgency] - urgency[b.flag.urgency] ||
      order.indexOf(a.flag.id) - order.indexOf(b.flag.id),
  );
  const kept = index.atlas.pressureCautions.filter((c) => cautions.has(c.id));
  const ids = [...shown.map((f) => f.flag.id), ...kept.map((c) => `caution:${c.id}`)];
  return { flags: shown, cautions: kept, key: [...ids].sort().join('|') };
}
