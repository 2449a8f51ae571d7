import { useEffect, useMemo } from 'react';
import * as v from 'valibot';
import { create } from 'zustand';
import { availableCards, type Grade } from '../domain/quiz.ts';
import {
  dueCards,
  progressByArea,
  progressByMuscle,
  review,
  type AreaProgress,
  type Memory,
  type MuscleProgress,
} from '../domain/schedule.ts';
import { useAtlas } from './atlasStore.ts';
import { useNoticeStore } from './noticeStore.ts';
import { connectCardSource } from './quizStore.ts';
import {
  defineStoredValue,
  type Database,
  type Persistence,
  type Problem,
  type StoredValue,
} from './storage.ts';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Days = v.pipe(v.number(), v.minValue(0));

/** What the quiz remembers (version 1): for each card answered, when it comes back and why. */
export const LearnSchema = v.object({
  cards: v.record(
    v.pipe(v.string(), v.minLength(3), v.maxLength(120)),
    v.object({
      due: v.pipe(v.string(), v.isoTimestamp()),
      stability: Days,
      difficulty: v.pipe(v.number(), v.minValue(0), v.maxValue(11)),
      elapsedDays: Days,
      scheduledDays: Days,
      learningSteps: Count,
      reps: Count,
      lapses: Count,
      state: v.picklist([0, 1, 2, 3]),
      lastReview: v.optional(v.pipe(v.string(), v.isoTimestamp())),
    }),
  ),
});

export const learnKind = {
  key: 'learn',
  label: 'storage.kind.learn',
  version: 1,
  schema: LearnSchema,
  initial: (): v.InferOutput<typeof LearnSchema> => ({ cards: {} }),
} as const;

export function learnStorage(database?: Database): StoredValue<typeof LearnSchema> {
  return defineStoredValue(learnKind, database);
}

interface LearnState {
  status: 'idle' | 'loading' | 'ready';
  memory: Memory;
  persistence: Persistence;
  problems: readonly Problem[];
  /** Loads what was learned before (once); every answer waits for it, so none is lost. */
  open: () => Promise<void>;
  /** Schedules a card again after an answer, and saves. */
  answer: (card: string, grade: Grade, now?: Date) => Promise<void>;
  /** Forgets every card on this device (the page asks first). */
  forget: () => Promise<void>;
}

let storage = learnStorage();
let queue: Promise<unknown> = Promise.resolve();
let opening: Promise<void> | undefined;

export const useLearnStore = create<LearnState>()((set, get) => {
  const save = (memory: Memory) => {
    set({ memory });
    const run = queue.then(async () => {
      const persistence = await storage.save({ cards: { ...memory } } as never);
      set({ persistence });
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    status: 'idle',
    memory: {},
    persistence: 'device',
    problems: [],
    open: () =>
      (opening ??= (async () => {
        set({ status: 'loading' });
        const loaded = await storage.load();
        set({
          status: 'ready',
          memory: loaded.value.cards,
          problems: loaded.problems,
          persistence: loaded.status === 'unavailable' ? 'session' : 'device',
        });
        for (const problem of loaded.problems)
          useNoticeStore.getState().notify('notice.learnStored', { reason: problem.reason });
      })()),
    // Waits for what was stored, so an answer given while it loads is added to it, never over it.
    answer: async (card, grade, now = new Date()) => {
      await get().open();
      await save(review(get().memory, card, grade, now));
    },
    forget: async () => {
      await get().open();
      set({ memory: {} });
      await queue;
      await storage.clear();
    },
  };
});

// The quiz asks the due cards first, then new ones, and tells the schedule every answer.
connectCardSource({
  due: () => dueCards(useLearnStore.getState().memory, new Date()),
  seen: () => new Set(Object.keys(useLearnStore.getState().memory)),
  review: (card, grade) => void useLearnStore.getState().answer(card, grade),
});

/** For tests: a fresh store over the given database. */
export function resetLearnStore(database?: Database): void {
  storage = learnStorage(database);
  queue = Promise.resolve();
  opening = undefined;
  useLearnStore.setState({ status: 'idle', memory: {}, persistence: 'device', problems: [] });
}

/** Waits for every save started so far. */
export function learnSaved(): Promise<unknown> {
  return queue;
}

/** How far the student has come, per body area and per muscle, over every card the atlas asks. */
export interface Progress {
  ready: boolean;
  byArea: readonly AreaProgress[];
  byMuscle: ReadonlyMap<string, MuscleProgress>;
}

/** The progress now (loads what was stored, once); derived from the memory, never stored. */
export function useProgress(): Progress {
  const index = useAtlas();
  const memory = useLearnStore((s) => s.memory);
  const ready = useLearnStore((s) => s.status === 'ready');
  useEffect(() => void useLearnStore.getState().open(), []);
  return useMemo(() => {
    const cards = availableCards(index);
    const now = new Date();
    return {
      ready,
      byArea: progressByArea(memory, cards, index, now),
      byMuscle: progressByMuscle(memory, cards, index, now),
    };
  }, [index, memory, ready]);
}
