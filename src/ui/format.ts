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
 * Why a muscle ranks where it does, in plain words: how much of the pain its pattern fits (when
 * there is more than one area), through how many of its trigger points (when more than one),
 * and where the manuals' pain guide places it, when it lists it: "Fits all 2 of your areas
 * through 2 of its trigger points · The manuals list it first for the temple". Empty when
 * there is nothing to add to the areas it refers to.
 */
export function describeReason(words: AtlasWords, reason: RankReason): string {
  const parts: string[] = [];
  const fit =
    reason.total < 2
      ? undefined
      : reason.explained === reason.total
        ? t('reason.all', { total: reason.total })
        : t('reason.some', { explained: reason.explained, total: reason.total });
  if (fit) parts.push(reason.points > 1 ? t('reason.through', { fit, count: reason.points }) : fit);
  else if (reason.points > 1) parts.push(t('reason.points', { count: reason.points }));
  if (reason.guide) {
    const region = words.regionLabel(reason.guide.region);
    parts.push(
      reason.guide.position === 1
        ? t('reason.guide.first', { region })
        : t('reason.guide', { position: reason.guide.position, of: reason.guide.of, region }),
    );
  }
  return parts.join(' · ');
}
