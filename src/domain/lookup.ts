import type { Atlas, Muscle, RedFlag, TriggerPoint } from './atlas.ts';
import type { BodyArea } from './regions.ts';

export interface TriggerPointEntry {
  muscle: Muscle;
  triggerPoint: TriggerPoint;
}

/** Finds a trigger point and its muscle by trigger point id. */
export function findTriggerPoint(
  atlas: Pick<Atlas, 'muscles'>,
  triggerPointId: string,
): TriggerPointEntry | undefined {
  for (const muscle of atlas.muscles) {
    const triggerPoint = muscle.triggerPoints.find((tp) => tp.id === triggerPointId);
    if (triggerPoint) return { muscle, triggerPoint };
  }
  return undefined;
}

export function findMuscle(atlas: Pick<Atlas, 'muscles'>, muscleId: string): Muscle | undefined {
  return atlas.muscles.find((m) => m.id === muscleId);
}

/** The red flags that concern any of the given areas, most urgent first, each once. */
export function redFlagsFor(atlas: Pick<Atlas, 'redFlags'>, areas: readonly BodyArea[]): RedFlag[] {
  const order = { emergency: 0, urgent: 1, soon: 2 } as const;
  return atlas.redFlags
    .filter((flag) => areas.some((area) => flag.regions.includes(area.region)))
    .sort((a, b) => order[a.urgency] - order[b.urgency]);
}
