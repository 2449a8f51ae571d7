import { useMemo } from 'react';
import { create } from 'zustand';
import type { BodyAreaGroup } from '../domain/atlas.ts';
import type { BodyDisplay } from '../domain/display.ts';
import {
  QUIZ_KINDS,
  createRound,
  judge,
  quizDisplay,
  type Answer,
  type Grade,
  type Question,
  type QuizKind,
} from '../domain/quiz.ts';
import { patternAreas } from '../domain/ranking.ts';
import { sameArea, type BodyArea } from '../domain/regions.ts';
import { atlasIndex, useAtlas } from './atlasStore.ts';
import { useViewStore } from './viewStore.ts';

/** One answered question of the round. */
export interface AnsweredQuestion {
  card: string;
  grade: Grade;
  credit: number;
  answer: Answer;
}

/** Where the cards of a round come from: those due first, then new ones (see learnStore). */
export interface CardSource {
  due: () => readonly string[];
  seen: () => ReadonlySet<string>;
  /** Told of every answer, to schedule the card again. */
  review: (card: string, grade: Grade) => void;
}

const noMemory: CardSource = { due: () => [], seen: () => new Set(), review: () => {} };

interface QuizState {
  kinds: readonly QuizKind[];
  area: BodyAreaGroup | null;
  /** The round being played; null on the setup screen. */
  round: readonly Question[] | null;
  /** The question shown (an index into `round`); `round.length` once the round is over. */
  at: number;
  /** Areas picked so far for "where does it refer?". */
  picks: readonly BodyArea[];
  answers: readonly AnsweredQuestion[];
  streak: number;
  bestStreak: number;
  toggleKind: (kind: QuizKind) => void;
  chooseArea: (area: BodyAreaGroup | null) => void;
  /** Chooses the kinds of question at once (a link); unknown or no kinds change nothing. */
  chooseKinds: (kinds: readonly QuizKind[]) => void;
  /** Starts a round of the chosen kinds and area (a seed makes it reproducible). */
  start: (seed?: number) => void;
  /** Answers "which muscle?". */
  chooseMuscle: (muscleId: string) => void;
  /** Picks or unpicks an area for "where does it refer?" (before it is checked). */
  togglePick: (area: BodyArea) => void;
  /** Checks the areas picked. */
  checkPicks: () => void;
  next: () => void;
  /** Back to the setup screen. */
  quit: () => void;
}

let source: CardSource = noMemory;

/** Connects the quiz to the schedule that remembers the cards (learnStore does, at start). */
export function connectCardSource(next: CardSource): void {
  source = next;
}

const initial = {
  kinds: QUIZ_KINDS,
  area: null,
  round: null,
  at: 0,
  picks: [],
  answers: [],
  streak: 0,
  bestStreak: 0,
};

/** Turns the body to the clue of a question, without giving the answer away. */
function showQuestion(question: Question | undefined): void {
  if (!question) return;
  const view = useViewStore.getState();
  const entry = atlasIndex().triggerPoint(question.triggerPointId);
  if (!entry) return;
  if (question.kind === 'pattern') {
    const first = patternAreas(entry.triggerPoint.referral.essential, question.side)[0];
    if (first) view.focusArea(first);
  } else view.focusTriggerPoint(entry.triggerPoint.placement, question.side);
}

export const useQuizStore = create<QuizState>()((set, get) => {
  const record = (answer: Answer) => {
    const { round, at, answers, streak, bestStreak } = get();
    const question = round?.[at];
    if (!question || answers.length > at) return;
    const { grade, credit } = judge(question, answer);
    const nextStreak = grade === 'right' ? streak + 1 : 0;
    set({
      answers: [...answers, { card: question.card, grade, credit, answer }],
      streak: nextStreak,
      bestStreak: Math.max(bestStreak, nextStreak),
    });
    source.review(question.card, grade);
  };
  return {
    ...initial,
    toggleKind: (kind) =>
      set((s) => {
        const kinds = s.kinds.includes(kind)
          ? s.kinds.filter((k) => k !== kind)
          : QUIZ_KINDS.filter((k) => k === kind || s.kinds.includes(k));
        return { kinds };
      }),
    chooseArea: (area) => set({ area }),
    chooseKinds: (kinds) => {
      const known = QUIZ_KINDS.filter((k) => kinds.includes(k));
      if (known.length) set({ kinds: known });
    },
    start: (seed = Date.now() % 2147483647) => {
      const { kinds, area } = get();
      if (kinds.length === 0) return;
      const round = createRound(atlasIndex(), {
        seed,
        kinds,
        area,
        due: source.due(),
        seen: source.seen(),
      });
      set({ round, at: 0, picks: [], answers: [], streak: 0, bestStreak: 0 });
      showQuestion(round[0]);
    },
    chooseMuscle: (muscleId) => record({ kind: 'choice', muscleId }),
    togglePick: (area) => {
      const { round, at, answers } = get();
      if (round?.[at]?.kind !== 'refers' || answers.length > at) return;
      set((s) => ({
        picks: s.picks.some((a) => sameArea(a, area))
          ? s.picks.filter((a) => !sameArea(a, area))
          : [...s.picks, area],
      }));
    },
    checkPicks: () => record({ kind: 'areas', areas: get().picks }),
    next: () => {
      const { round, at, answers } = get();
      if (!round || answers.length <= at) return;
      set({ at: at + 1, picks: [] });
      showQuestion(round[at + 1]);
      if (at + 1 >= round.length) useViewStore.getState().showView('front');
    },
    quit: () => set({ round: null, at: 0, picks: [], answers: [], streak: 0 }),
  };
});

export function resetQuizStore(): void {
  source = noMemory;
  useQuizStore.setState(initial);
}

/** What the body shows during the quiz (derived, never stored). */
export function useQuizDisplay(): BodyDisplay {
  const index = useAtlas();
  const question = useQuizStore((s) => s.round?.[s.at] ?? null);
  const picks = useQuizStore((s) => s.picks);
  const answered = useQuizStore((s) => s.answers.length > s.at);
  const hovered = useViewStore((s) => s.hovered);
  const refers = question?.kind === 'refers' && !answered;
  return useMemo(
    () => quizDisplay(question, { picks, answered }, index, refers ? hovered : null),
    [question, picks, answered, index, refers, hovered],
  );
}
