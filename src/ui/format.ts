import type { ReferralZone } from '../domain/atlas.ts';
import type { AreaMatch } from '../domain/ranking.ts';
import { patternAreas } from '../domain/ranking.ts';
import { areaLabel, type Side } from '../domain/regions.ts';

/** "Left", "Right". */
export function sideLabel(side: Side): string {
  return side === 'left' ? 'Left' : 'Right';
}

/** "refers to: left temple (main), left side of neck (sometimes)". */
export function describeMatches(matches: readonly AreaMatch[]): string {
  const parts = matches.map(
    (m) => `${areaLabel(m.area).toLowerCase()} (${m.kind === 'essential' ? 'main' : 'sometimes'})`,
  );
  return `refers to: ${parts.join(', ')}`;
}

/** The areas of a pattern, for a trigger point on `side`, as readable labels. */
export function zoneLabels(zones: readonly ReferralZone[], side: Side): string[] {
  return patternAreas(zones, side).map((a) => areaLabel(a));
}

/** "30–90 s" or "60 s". */
export function formatRange(min: number, max: number, unit: string): string {
  return min === max ? `${min}${unit}` : `${min}–${max}${unit}`;
}
