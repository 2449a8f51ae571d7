import { describe, expect, it } from 'vitest';
import { englishAtlas as atlas } from '../../scripts/i18n/english.ts';
import { createSearchIndex, type SearchHit } from '../../src/domain/search.ts';

const index = createSearchIndex(atlas);

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
