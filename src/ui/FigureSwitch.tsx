import { FIGURES } from '../domain/anatomy/build.ts';
import { useAtlasWords, useT } from '../state/i18n.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';

/**
 * Chooses the figure the body shows: male (the default) or female. The regions, trigger points
 * and patterns are the same on both; only the body's proportions differ.
 */
export function FigureSwitch() {
  const t = useT();
  const words = useAtlasWords();
  const figure = useViewStore((s) => s.figure);
  const setFigure = useViewStore((s) => s.setFigure);
  const loading = useViewStore((s) => s.model === 'loading');
  const bodyAvailable = useViewStore(selectBodyAvailable);
  if (!bodyAvailable) return null;
  return (
    <div className="figure-switch" role="group" aria-label={t('figure.label')}>
      {FIGURES.map((f) => (
        <button
          key={f}
          type="button"
          aria-pressed={figure === f}
          aria-label={t('figure.name', { figure: words.figure(f) })}
          aria-busy={figure === f && loading}
          title={t('figure.show', { figure: words.figure(f) })}
          onClick={() => setFigure(f)}
        >
          {words.figure(f)}
        </button>
      ))}
    </div>
  );
}
