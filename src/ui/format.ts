import type { ReferralZone } from '../domain/atlas.ts';
import type { AreaMatch, RankReason } from '../domain/ranking.ts';
import { patternAreas } from '../domain/ranking.ts';
import type { BodyArea } from '../domain/regions.ts';
import { formatList, t, type AtlasWords } from '../state/i18n.ts';

/** "Left temple", for a chip or a heading. */
export function areaName(words: AtlasWords, area: BodyArea): string {
  return t('area.name', { side: area.side, region: words.regionLabel(area.region) });
}

/** "left temple", inside a sentence. */
export function areaInText(words: AtlasWords, area: BodyArea): string {
  return t('area.inText', { side: area.side, region: words.regionLabel(area.region) });
}

/** "Refers to the left temple (main) and the left side of neck (sometimes)". */
export function describeMatches(words: AtlasWords, matches: readonly AreaMatch[]): string {
  const parts = matches.map((m) =>
    t('match.area', { area: areaInText(words, m.area), kind: m.kind }),
  );
  return t('match.refersTo', { areas: formatList(parts) });
}

/** The areas of a pattern, for a trigger point on `side`, as readable labels. */
export function zoneLabels(
  words: AtlasWords,
  zones: readonly ReferralZone[],
  side: BodyArea['side'],
): string[] {
  return patternAreas(zones, side).map((a) => areaName(words, a));
}

/**
 * Why a muscle ranks where it does, in plain words: how much of the pain its pattern fits, through
 * how many of its trigger points, and where the manuals' pain guide places it when it lists it.
 * "Fits all 2 of your areas through 2 of its trigger points · a common cause: number 1 of 8 in
 * the manuals' list for the temple".
 */
export function describeReason(words: AtlasWords, reason: RankReason): string {
  const fit =
    reason.explained === reason.total
      ? t('reason.all', { total: reason.total })
      : t('reason.some', { explained: reason.explained, total: reason.total });
  const parts = [`${fit} ${t('reason.points', { count: reason.points })}`];
  if (reason.guide) {
    parts.push(
      t('reason.guide', {
        position: reason.guide.position,
        of: reason.guide.of,
        region: words.regionLabel(reason.guide.region),
      }),
    );
  }
  return parts.join(' · ');
}
