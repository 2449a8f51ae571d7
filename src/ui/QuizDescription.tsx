import { useAtlasWords, useT, formatList } from '../state/i18n.ts';
import { useQuizStore } from '../state/quizStore.ts';
import { areaInText } from './format.ts';

/** The text alternative of the body during the quiz (the panel says the clue in words too). */
export function QuizDescription() {
  const t = useT();
  const words = useAtlasWords();
  const question = useQuizStore((s) => s.round?.[s.at] ?? null);
  const answered = useQuizStore((s) => s.answers.length > s.at);
  const picks = useQuizStore((s) => s.picks);
  return (
    <p className="visually-hidden" aria-live="polite">
      {question
        ? t('quiz.description', { kind: question.kind, side: question.side })
        : t('quiz.description.none')}{' '}
      {question &&
        !answered &&
        picks.length > 0 &&
        t('description.pain', { areas: formatList(picks.map((a) => areaInText(words, a))) })}
      {question && answered && t('quiz.description.answered')}
    </p>
  );
}
