import { summarise, type BodyDisplay } from '../domain/display.ts';
import { surfaceMuscleCode } from '../domain/encoding.ts';
import { useT } from '../state/i18n.ts';
import { useExplorerDisplay } from '../state/useExplorerDisplay.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';

/** What the colours on the body mean: only what the body shows now (the explorer's by default). */
export function Legend({ display: given }: { display?: BodyDisplay } = {}) {
  const t = useT();
  const explorer = useExplorerDisplay();
  const display = given ?? explorer;
  const bodyAvailable = useViewStore(selectBodyAvailable);
  const shown = summarise(display);
  const outlined = display.outlines.some((o) => surfaceMuscleCode(o.muscleId) > 0);
  if (!bodyAvailable || (!shown.pain && !shown.heat && !shown.essential && !shown.markers)) {
    return null;
  }
  return (
    <ul className="legend" aria-label={t('legend.label')}>
      {shown.pain && (
        <li>
          <span className="swatch swatch-selected" aria-hidden="true" /> {t('legend.pain')}
        </li>
      )}
      {shown.heat && (
        <li>
          <span className="swatch swatch-heat" aria-hidden="true" /> {t('legend.heat')}
        </li>
      )}
      {shown.essential && (
        <li>
          <span className="swatch swatch-essential" aria-hidden="true" /> {t('legend.essential')}
        </li>
      )}
      {shown.spillover && (
        <li>
          <span className="swatch swatch-spillover" aria-hidden="true" /> {t('legend.spillover')}
        </li>
      )}
      {outlined && (
        <li>
          <span className="swatch swatch-outline" aria-hidden="true" /> {t('legend.muscle')}
        </li>
      )}
      {shown.markers > 0 && (
        <li>
          <span className="swatch swatch-x" aria-hidden="true">
            ✕
          </span>{' '}
          {t('legend.point')}
        </li>
      )}
    </ul>
  );
}
