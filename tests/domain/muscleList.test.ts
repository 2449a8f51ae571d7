import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { english } from '../../scripts/i18n/english.ts';
import { BODY_AREAS } from '../../src/domain/atlas.ts';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import {
  foldText,
  muscleGroups,
  neighbours,
  type MuscleListWords,
} from '../../src/domain/muscleList.ts';

const index = createAtlasIndex(atlas);
const words: MuscleListWords = {
  muscleName: (id) => english.fmt(english.atlas.muscles[id]!),
  aliases: (id) => (english.search.muscles[id]?.aliases ?? []).map((a) => english.fmt(a)),
};
const names = (groups: ReturnType<typeof muscleGroups>) =>
  groups.flatMap((g) => g.muscles.map((m) => m.id));

describe('the list of muscles', () => {
  it('lists every muscle once, under its body area, areas in the atlas’s order, A to Z', () => {
    const groups = muscleGroups(index, words);
    expect(names(groups).sort()).toEqual(atlas.muscles.map((m) => m.id).sort());
    expect(groups.map((g) => g.area)).toEqual(
      BODY_AREAS.filter((a) => groups.some((g) => g.area === a)),
    );
    for (const group of groups) {
      expect(group.muscles.every((m) => m.group === group.area)).toBe(true);
      const shown = group.muscles.map((m) => words.muscleName(m.id));
      expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b, 'en')));
    }
  });

  it.each([
    ['trap', ['lower-trapezius', 'middle-trapezius', 'upper-trapezius']],
    ['SCM', ['sternocleidomastoid']],
    ['  Glutéus   MED ', ['gluteus-medius']],
    ['upper trap', ['upper-trapezius']],
  ])('typing “%s” finds %j', (query, expected) => {
    expect(names(muscleGroups(index, words, query)).sort()).toEqual(expected);
  });

  it('finds nothing for letters no muscle has', () => {
    expect(muscleGroups(index, words, 'qqzx')).toEqual([]);
  });

  it('narrows to one body area', () => {
    const groups = muscleGroups(index, words, '', 'thigh');
    expect(groups.map((g) => g.area)).toEqual(['thigh']);
    expect(groups[0]!.muscles.length).toBe(atlas.muscles.filter((m) => m.group === 'thigh').length);
  });

  it('steps to the previous and next muscle across body areas, and stops at the ends', () => {
    const groups = muscleGroups(index, words);
    const ids = names(groups);
    expect(neighbours(groups, ids[0]!)).toEqual({ next: ids[1], at: 0, count: ids.length });
    const boundary = groups[0]!.muscles.length - 1;
    expect(neighbours(groups, ids[boundary]!)).toMatchObject({
      previous: ids[boundary - 1],
      next: groups[1]!.muscles[0]!.id,
    });
    expect(neighbours(groups, ids.at(-1)!)).toEqual({
      previous: ids.at(-2),
      at: ids.length - 1,
      count: ids.length,
    });
    expect(neighbours(groups, 'no-such-muscle')).toEqual({ at: -1, count: ids.length });
  });

  it('folds accents, case and spacing', () => {
    expect(foldText('  Ťŕáṕézíúś  Ṁ ')).toBe('trapezius m');
  });
});
