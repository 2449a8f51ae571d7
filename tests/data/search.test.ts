import { describe, expect, it } from 'vitest';
import { atlas as facts } from '../../data/index.ts';
import { conditions, english, englishAtlas as atlas } from '../../scripts/i18n/english.ts';
import { rankMuscles } from '../../src/domain/ranking.ts';
import { createSearchIndex, type SearchHit } from '../../src/domain/search.ts';

const CONDITIONS = conditions(english);
const index = createSearchIndex({ ...atlas, conditions: CONDITIONS });

/** The muscles a query leads to: muscle hits, and the muscles of complaint hits. */
function musclesFor(query: string): string[] {
  return index
    .search(query)
    .flatMap((hit: SearchHit) =>
      hit.kind === 'muscle'
        ? [hit.muscleId]
        : hit.kind === 'complaint'
          ? hit.triggerPoints.map((t) => t.muscleId)
          : [],
    );
}
const regionsFor = (query: string) =>
  index.search(query).flatMap((h) => (h.kind === 'region' ? [h.region] : []));

describe('search', () => {
  it.each([
    ['SCM', 'sternocleidomastoid'],
    ['upper traps', 'upper-trapezius'],
    ['QL', 'quadratus-lumborum'],
    ['supinator', 'supinator'],
    ['suppinator', 'supinator'],
    ['infraspinatis', 'infraspinatus'],
    ['tennis elbow', 'supinator'],
    ['tennis elbow', 'extensor-carpi-radialis-longus'],
    ['headache', 'upper-trapezius'],
    ['sciatica', 'gluteus-minimus'],
    ['jaw pain', 'masseter'],
    ['carpal tunnel', 'flexor-carpi-radialis'],
  ])('"%s" finds %s', (query, muscle) => {
    expect(musclesFor(query)).toContain(muscle);
  });

  it.each([
    ['temple', 'temple'],
    ['outer elbow', 'elbow-outer'],
    ['TMJ', 'jaw'],
    ['lower back', 'low-back'],
    ['kneecap', 'knee-front'],
    ['shouldr blade', 'shoulder-blade'],
    ['axilla', 'armpit'],
    ['crook of the elbow', 'elbow-front'],
    ['achilles tendon', 'achilles'],
    ['outer edge of foot', 'foot-outer'],
    ['arch of the foot', 'foot-inner'],
    ['perineum', 'pelvic-floor'],
  ])('"%s" finds the area %s', (query, region) => {
    expect(regionsFor(query)).toContain(region);
  });

  it('ranks an exact muscle name first', () => {
    expect(index.search('masseter')[0]).toMatchObject({ kind: 'muscle', muscleId: 'masseter' });
  });

  it('returns nothing for a single letter or gibberish', () => {
    expect(index.search('a')).toEqual([]);
    expect(index.search('qqqxzzv')).toEqual([]);
  });
});

describe('searching what people call their pain', () => {
  const first = (query: string) => index.search(query)[0];

  it.each([
    ['migraine', 'migraine'],
    ['cluster headache', 'cluster-headache'],
    ['TMJ', 'tmj'],
    ['whiplash', 'whiplash'],
    ['rotator cuff', 'rotator-cuff'],
    ["golfer's elbow", 'golfers-elbow'],
    ['golfers elbow', 'golfers-elbow'],
    ['trigger finger', 'trigger-finger'],
    ["runner's knee", 'runners-knee'],
    ['IT band', 'it-band'],
    ['Achilles', 'achilles'],
    ['bunion', 'bunion'],
    ['plantar fasciitis', 'plantar-fasciitis'],
    ['lumbago', 'lumbago'],
    ['migrane', 'migraine'],
  ])('"%s" first offers the areas of %s', (query, id) => {
    expect(first(query)).toMatchObject({ kind: 'condition', conditionId: id });
  });

  it('leads "heart" and "chest pain" to the chest, not to heartburn or the calf', () => {
    for (const query of ['heart', 'chest pain', 'heart attack']) {
      const hit = first(query);
      expect(hit, query).toMatchObject({ kind: 'condition', conditionId: 'chest-pain' });
      expect(hit?.kind === 'condition' && hit.regions).toContain('chest');
    }
  });

  it.each(CONDITIONS.map((c) => [c.id, c] as const))(
    '%s selects areas that some muscle of the atlas explains',
    (_, condition) => {
      const areas = condition.regions.map((region) => ({ region, side: 'left' as const }));
      expect(rankMuscles(facts, areas).length).toBeGreaterThan(0);
    },
  );
});
