import type { Atlas, Muscle, TriggerPoint } from './atlas.ts';

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
