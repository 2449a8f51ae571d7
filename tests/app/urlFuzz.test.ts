import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import { isRegionId, isSide } from '../../src/domain/regions.ts';
import { isViewName } from '../../src/domain/view.ts';
import { isFigure } from '../../src/domain/anatomy/build.ts';
import {
  MAX_AREAS,
  MAX_NAMED_IGNORED,
  parseUrlState,
  serializeUrlState,
  type ParsedUrlState,
} from '../../src/app/urlState.ts';
import { formatList, t } from '../../src/state/i18n.ts';
import { hostileLink } from '../helpers/hostileLinks.ts';

const index = createAtlasIndex(atlas);
/** How many generated links each property is checked against; FUZZ_RUNS=20000 for a deeper search. */
const RUNS = Math.max(1000, Number(process.env.FUZZ_RUNS ?? 1200));
const SEED = 16_2026;

/** The query of a link, as the app's hash location splits it. */
const queryOf = (link: string) => (link.includes('?') ? link.slice(link.indexOf('?') + 1) : '');

/** What a link says, as sets: every area piece, each single value, every unknown name. */
function said(search: string) {
  const params = new URLSearchParams(`?${search}`);
  const areas = new Set(
    params
      .getAll('areas')
      .flatMap((list) => list.split(','))
      .filter(Boolean),
  );
  const values = (key: string) => new Set(params.getAll(key).filter(Boolean));
  const view = values('view');
  view.delete('front');
  const body = values('body');
  body.delete('male');
  const others = new Set(
    [...params.keys()].filter((k) => !['areas', 'tp', 'view', 'body', 'lang'].includes(k)),
  );
  return { areas, tp: values('tp'), view, body, others };
}

const noticeFor = (parsed: ParsedUrlState) =>
  t('notice.linkIgnored', {
    parts: formatList(parsed.ignored.map((p) => t('notice.linkPart', { ...p }))),
  });

describe(`URL fuzzing: ${RUNS} generated hostile links through the explorer's address parser`, () => {
  it('never throws, and keeps only valid, de-duplicated, bounded state', () => {
    fc.assert(
      fc.property(hostileLink, (link) => {
        const parsed = parseUrlState(`?${queryOf(link)}`, index);
        expect(parsed.areas.length).toBeLessThanOrEqual(MAX_AREAS);
        for (const area of parsed.areas) {
          expect(isRegionId(area.region) && isSide(area.side)).toBe(true);
        }
        const keys = parsed.areas.map((a) => `${a.side}.${a.region}`);
        expect(new Set(keys).size).toBe(keys.length);
        if (parsed.chosen) {
          expect(index.triggerPoint(parsed.chosen.id)).toBeDefined();
          expect(isSide(parsed.chosen.side)).toBe(true);
        }
        expect(isViewName(parsed.view) && isFigure(parsed.figure)).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('says nothing only when it used everything the link said', () => {
    fc.assert(
      fc.property(hostileLink, (link) => {
        const search = queryOf(link);
        const parsed = parseUrlState(`?${search}`, index);
        if (parsed.ignored.length) return;
        // Silence: the link and the app's own address for what it understood say the same.
        const before = said(search);
        const after = said(serializeUrlState(parsed).slice(1));
        expect(after.areas).toEqual(before.areas);
        expect(after.tp).toEqual(before.tp);
        expect(after.view).toEqual(before.view);
        expect(after.body).toEqual(before.body);
        expect(before.others).toEqual(new Set());
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });

  it('names only what the link said, each value clipped, at most a few and a count of the rest', () => {
    fc.assert(
      fc.property(hostileLink, (link) => {
        const search = queryOf(link);
        const parsed = parseUrlState(`?${search}`, index);
        const params = new URLSearchParams(`?${search}`);
        const everything = [...params.entries()].flat().join('\n');
        const named = parsed.ignored.filter((p) => p.part !== 'more');
        expect(named.length).toBeLessThanOrEqual(MAX_NAMED_IGNORED);
        for (const part of named) {
          expect(Array.from(part.value).length).toBeLessThanOrEqual(41);
          expect(everything).toContain(part.value.replace(/…$/, ''));
        }
        const more = parsed.ignored.filter((p) => p.part === 'more');
        expect(more.length).toBeLessThanOrEqual(1);
        if (more[0]) expect(Number(more[0].value)).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: SEED + 2 },
    );
  });

  it('words the notice with every ignored value as plain text, never as message syntax, and short', () => {
    fc.assert(
      fc.property(hostileLink, (link) => {
        const parsed = parseUrlState(`?${queryOf(link)}`, index);
        if (!parsed.ignored.length) return;
        const notice = noticeFor(parsed);
        expect(notice).toMatch(/^Part of this link could not be read and was left out: .+\.$/s);
        for (const part of parsed.ignored) {
          if (part.part !== 'more' && part.part !== 'link') expect(notice).toContain(part.value);
        }
        expect(notice.length).toBeLessThan(1200);
      }),
      { numRuns: RUNS, seed: SEED + 3 },
    );
  });

  it('writes back an address it reads in full, to the same state', () => {
    fc.assert(
      fc.property(hostileLink, (link) => {
        const parsed = parseUrlState(`?${queryOf(link)}`, index);
        const again = parseUrlState(serializeUrlState(parsed), index);
        expect(again.ignored).toEqual([]);
        expect(serializeUrlState(again)).toBe(serializeUrlState(parsed));
      }),
      { numRuns: RUNS, seed: SEED + 4 },
    );
  });
});
