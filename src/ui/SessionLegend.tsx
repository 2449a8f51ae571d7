import { summarise, type BodyDisplay } from '../domain/display.ts';
import { useT } from '../state/i18n.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';

/** What the session's body shows: the client's pain, numbered points, each with its pattern. */
export function SessionLegend({ display }: { display: BodyDisplay }) {
  const t = useT();
  const bodyAvailable = useViewStore(selectBodyAvailable);
  const shown = summarise(display);
  if (!bodyAvailable || (!shown.pain && !shown.markers)) return null;
  return (
    <ul className="legend" aria-label={t('legend.label')}>
      {shown.pain && (
        <li>
          <span className="swatch swatch-selected" aria-hidden="true" /> {t('legend.pain')}
        </li>
      )}
      {shown.markers > 0 && (
        <>
          <li>
            <span className="legend-numbers" aria-hidden="true">
              {shown.patterns.slice(0, 3).map((p) => (
                <span key={p} className={`finding-number small pattern-${p}`}>
                  {p + 1}
                </span>
              ))}
            </span>
            {t('session.legend.point')}
          </li>
          <li>
            <span className="swatch swatch-essential" aria-hidden="true" />
            <span className="swatch swatch-spillover" aria-hidden="true" />
            {t('session.legend.pattern')}
          </li>
        </>
      )}
    </ul>
  );
}
