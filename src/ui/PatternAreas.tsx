import { Fragment } from 'react';
import { Link } from 'wouter';
import type { ReferralZone } from '../domain/atlas.ts';
import { patternAreas } from '../domain/ranking.ts';
import type { Side } from '../domain/regions.ts';
import { listParts, useAtlasWords, useT } from '../state/i18n.ts';
import { areaName } from './format.ts';

// Stands in the message for the list, so the sentence stays whole in every language.
const MARK = '\u2063';

/** The address of an area's page: every muscle that refers there. */
export function regionHref(area: { region: string; side: Side }): string {
  return `/learn/region/${area.region}${area.side === 'left' ? '' : `?side=${area.side}`}`;
}

/**
 * "Main pain: Left temple, Left forehead and Right jaw" for a trigger point on `side`, each
 * area a link to its page, where every muscle that refers there is listed.
 */
export function PatternAreas({
  message,
  zones,
  side,
}: {
  message: 'details.pattern.main' | 'details.pattern.sometimes';
  zones: readonly ReferralZone[];
  side: Side;
}) {
  const t = useT();
  const words = useAtlasWords();
  const areas = patternAreas(zones, side);
  const text = t(message, { areas: MARK });
  const at = text.indexOf(MARK);
  const links = listParts(areas.length).map((part, i) =>
    typeof part === 'number' ? (
      <Link key={i} href={regionHref(areas[part]!)}>
        {areaName(words, areas[part]!)}
      </Link>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
  return (
    <>
      {at < 0 ? `${text} ` : text.slice(0, at)}
      {links}
      {at < 0 ? null : text.slice(at + MARK.length)}
    </>
  );
}
