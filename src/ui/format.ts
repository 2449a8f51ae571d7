import type { ReferralZone } from '../domain/atlas.ts';
import type { AreaMatch } from '../domain/ranking.ts';
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
