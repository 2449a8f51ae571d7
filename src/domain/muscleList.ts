/**
 * The atlas as a student browses it: every muscle under its body area, A to Z within each,
 * narrowed as they type. Names come from the active language, so they are passed in.
 */
import { BODY_AREAS, type BodyAreaGroup, type MuscleFacts } from './atlas.ts';
import type { AtlasIndex } from './atlasIndex.ts';

export interface MuscleListWords {
  muscleName: (id: string) => string;
  /** Other names (abbreviations, older names); empty until they have loaded. */
  aliases: (id: string) => readonly string[];
}

export interface MuscleGroup {
  area: BodyAreaGroup;
  muscles: readonly MuscleFacts[];
}

/** Lower case, without accents or extra spaces: how a typed filter and a name are compared. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Does the muscle match every word typed? A word matches the start of any word of its name or
 * of one of its other names ("tra" finds the trapezius, "scm" the sternocleidomastoid).
 */
export function matchesFilter(muscle: MuscleFacts, query: string, words: MuscleListWords): boolean {
  const typed = foldText(query).split(' ').filter(Boolean);
  if (typed.length === 0) return true;
  const names = [words.muscleName(muscle.id), ...words.aliases(muscle.id)].map(foldText);
  const nameWords = names.flatMap((n) => n.split(/[\s\-(),/]+/).filter(Boolean));
  return typed.every(
    (w) => nameWords.some((n) => n.startsWith(w)) || names.some((n) => n.includes(w)),
  );
}

/** The muscles matching the filter, by body area (in the atlas's order of areas), A to Z. */
export function muscleGroups(
  index: AtlasIndex,
  words: MuscleListWords,
  query = '',
  area: BodyAreaGroup | null = null,
  locale = 'en',
): MuscleGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return BODY_AREAS.filter((a) => area === null || a === area)
    .map((a) => ({
      area: a,
      muscles: index.atlas.muscles
        .filter((m) => m.group === a && matchesFilter(m, query, words))
        .sort((x, y) => collator.compare(words.muscleName(x.id), words.muscleName(y.id))),
    }))
    .filter((g) => g.muscles.length > 0);
}

/** The muscle before and after one in a list (for "previous" and "next"), if there are. */
export function neighbours(
  groups: readonly MuscleGroup[],
  muscleId: string,
): { previous?: string; next?: string; at: number; count: number } {
  const ids = groups.flatMap((g) => g.muscles.map((m) => m.id));
  const at = ids.indexOf(muscleId);
  if (at < 0) return { at: -1, count: ids.length };
  const out: { previous?: string; next?: string; at: number; count: number } = {
    at,
    count: ids.length,
  };
  if (at > 0) out.previous = ids[at - 1]!;
  if (at < ids.length - 1) out.next = ids[at + 1]!;
  return out;
}
