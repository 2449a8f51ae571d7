import type { BodyArea } from '../../src/domain/regions.ts';
import { english } from '../../scripts/i18n/english.ts';

/** "Left temple": an area's name in English, through the catalogue as the app words it. */
export function areaNameIn(area: BodyArea): string {
  return english.fmt('area.name', {
    side: area.side,
    region: english.fmt(english.atlas.regions[area.region]),
  });
}

/** Loads every muscle's words (and the search words) into the app, as if each had been opened. */
export async function loadAllMuscleWords(): Promise<void> {
  const { loadMuscles, loadSearchWords } = await import('../../src/state/i18n.ts');
  await loadSearchWords();
  const { atlasIndex } = await import('../../src/state/atlasStore.ts');
  const index = atlasIndex();
  await loadMuscles(
    index.atlas.muscles.map((m) => m.id),
    index.muscle,
    index.muscleOfTriggerPoint,
  );
}
