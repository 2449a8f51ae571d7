import { summarise, type BodyDisplay } from '../domain/display.ts';
import { surfaceMuscleCode } from '../domain/encoding.ts';
import { useT, type UiKey } from '../state/i18n.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';

/** The swatches the legend can show (each a `swatch-…` style). */
export type Swatch =
  | 'selected'
  | 'heat'
  | 'correct'
  | 'missed'
  | 'wrong'
  | 'essential'
  | 'spillover'
  | 'outline'
  | 'x';

/** One line of the legend: a swatch and what it means. */
export interface LegendEntry {
  swatch: Swatch;
  label: UiKey;
}

/**
 * The legend of a display: only what it shows, in one order for every page. `pain` names the
 * blue of the areas picked (the pain a person selected, a student's picks in the quiz).
 */
export function legendFor(
  display: BodyDisplay,
  { pain = 'legend.pain' }: { pain?: UiKey } = {},
): LegendEntry[] {
  const shown = summarise(display);
  const entries: LegendEntry[] = [];
  if (shown.pain) entries.push({ swatch: 'selected', label: pain });
  if (shown.heat) entries.push({ swatch: 'heat', label: 'legend.heat' });
  if (shown.marks.includes('correct'))
    entries.push({ swatch: 'correct', label: 'quiz.legend.correct' });
  if (shown.marks.includes('missed'))
    entries.push({ swatch: 'missed', label: 'quiz.legend.missed' });
  if (shown.marks.includes('wrong')) entries.push({ swatch: 'wrong', label: 'quiz.legend.wrong' });
  if (shown.essential) entries.push({ swatch: 'essential', label: 'legend.essential' });
  if (shown.spillover) entries.push({ swatch: 'spillover', label: 'legend.spillover' });
  // An outline is drawn only where the muscle is on the surface.
  if (display.outlines.some((o) => surfaceMuscleCode(o.muscleId) > 0))
    entries.push({ swatch: 'outline', label: 'legend.muscle' });
  if (shown.markers > 0) entries.push({ swatch: 'x', label: 'legend.point' });
  return entries;
}

/** What the colours on the body mean: the entries given, while the body is drawn. */
export function Legend({ entries }: { entries: readonly LegendEntry[] }) {
  const t = useT();
  const bodyAvailable = useViewStore(selectBodyAvailable);
  if (!bodyAvailable || entries.length === 0) return null;
  return (
    <ul className="legend" aria-label={t('legend.label')}>
      {entries.map(({ swatch, label }) => (
        <li key={swatch}>
          <span className={`swatch swatch-${swatch}`} aria-hidden="true">
            {swatch === 'x' ? '✕' : null}
          </span>{' '}
          {t(label)}
        </li>
      ))}
    </ul>
  );
}
