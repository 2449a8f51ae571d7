import { summarise } from '../domain/display.ts';
import { useT } from '../state/i18n.ts';
import { useQuizDisplay } from '../state/quizStore.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';

/** What the colours on the body mean during the quiz: only what it shows now. */
export function QuizLegend() {
  const t = useT();
  const display = useQuizDisplay();
  const bodyAvailable = useViewStore(selectBodyAvailable);
  const shown = summarise(display);
  if (
    !bodyAvailable ||
    (!shown.pain &&
      !shown.essential &&
      !shown.spillover &&
      !shown.markers &&
      shown.marks.length === 0)
  )
    return null;
  return (
    <ul className="legend" aria-label={t('legend.label')}>
      {shown.pain && (
        <li>
          <span className="swatch swatch-selected" aria-hidden="true" /> {t('quiz.legend.picked')}
        </li>
      )}
      {shown.marks.includes('correct') && (
        <li>
          <span className="swatch swatch-correct" aria-hidden="true" /> {t('quiz.legend.correct')}
        </li>
      )}
      {shown.marks.includes('missed') && (
        <li>
          <span className="swatch swatch-missed" aria-hidden="true" /> {t('quiz.legend.missed')}
        </li>
      )}
      {shown.marks.includes('wrong') && (
        <li>
          <span className="swatch swatch-wrong" aria-hidden="true" /> {t('quiz.legend.wrong')}
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
      {shown.outlines > 0 && (
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
