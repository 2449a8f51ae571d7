import { FIGURES, FIGURE_LABELS } from '../domain/anatomy/build.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';

/**
 * Chooses the figure the body shows: male (the default) or female. The regions, trigger points
 * and patterns are the same on both; only the body's proportions differ.
 */
export function FigureSwitch() {
  const figure = useViewStore((s) => s.figure);
  const setFigure = useViewStore((s) => s.setFigure);
  const loading = useViewStore((s) => s.model === 'loading');
  const bodyAvailable = useViewStore(selectBodyAvailable);
  if (!bodyAvailable) return null;
  return (
    <div className="figure-switch" role="group" aria-label="Figure">
      {FIGURES.map((f) => (
        <button
          key={f}
          type="button"
          aria-pressed={figure === f}
          aria-label={`${FIGURE_LABELS[f]} figure`}
          aria-busy={figure === f && loading}
          title={`Show a ${FIGURE_LABELS[f].toLowerCase()} figure`}
          onClick={() => setFigure(f)}
        >
          {FIGURE_LABELS[f]}
        </button>
      ))}
    </div>
  );
}
