import { useEffect } from 'react';
import { useSearch } from 'wouter';
import { BODY_AREAS, type BodyAreaGroup } from '../domain/atlas.ts';
import { QUIZ_KINDS, type QuizKind } from '../domain/quiz.ts';
import { useQuizStore } from '../state/quizStore.ts';

/**
 * A link can set up the quiz: `?area=thigh&kinds=pattern,point` chooses what to practise, and
 * `seed=123` starts that very round at once (the same seed gives the same questions: a
 * teacher can hand a class one round, and the tests play a known one).
 */
export function useQuizAddress(): void {
  const search = useSearch();
  useEffect(() => {
    const params = new URLSearchParams(search);
    const area = params.get('area');
    const kinds = params
      .get('kinds')
      ?.split(',')
      .filter((k): k is QuizKind => (QUIZ_KINDS as readonly string[]).includes(k));
    const seed = Number(params.get('seed'));
    const store = useQuizStore.getState();
    if (area && (BODY_AREAS as readonly string[]).includes(area))
      store.chooseArea(area as BodyAreaGroup);
    if (kinds) store.chooseKinds(kinds);
    if (params.has('seed') && Number.isInteger(seed) && seed > 0) store.start(seed);
  }, [search]);
}
