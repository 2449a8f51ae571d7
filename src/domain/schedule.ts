/**
 * Spaced repetition for the quiz, by FSRS (the Free Spaced Repetition Scheduler, through
 * ts-fsrs): each card (a kind of question about one trigger point) comes back when it is about
 * to be forgotten; a miss brings it back within minutes, a sure answer after days, then weeks.
 * Pure: the time is passed in; the memory is plain JSON (ISO dates) so it can be stored.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card } from 'ts-fsrs';
import { BODY_AREAS, type BodyAreaGroup, type MuscleFacts } from './atlas.ts';
import type { AtlasIndex } from './atlasIndex.ts';
import { parseCardId, type Grade } from './quiz.ts';

/** One card's memory, as stored. */
export interface CardMemory {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (FSRS's states). */
  state: number;
  lastReview?: string;
}

/** Every card answered at least once, by card id. */
export type Memory = Readonly<Record<string, CardMemory>>;

// Fuzz off: the same answers at the same times give the same schedule (tests, two devices).
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const RATING: Record<Grade, Rating.Again | Rating.Hard | Rating.Good> = {
  wrong: Rating.Again,
  partly: Rating.Hard,
  right: Rating.Good,
};

function toCard(m: CardMemory): Card {
  return {
    due: new Date(m.due),
    stability: m.stability,
    difficulty: m.difficulty,
    elapsed_days: m.elapsedDays,
    scheduled_days: m.scheduledDays,
    learning_steps: m.learningSteps,
    reps: m.reps,
    lapses: m.lapses,
    state: m.state as State,
    ...(m.lastReview ? { last_review: new Date(m.lastReview) } : {}),
  };
}

function fromCard(c: Card): CardMemory {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.last_review ? { lastReview: c.last_review.toISOString() } : {}),
  };
}

/** The memory after an answer to a card at `now`. */
export function review(memory: Memory, card: string, grade: Grade, now: Date): Memory {
  const current = memory[card] ? toCard(memory[card]) : createEmptyCard(now);
  const next = scheduler.next(current, now, RATING[grade]).card;
  return { ...memory, [card]: fromCard(next) };
}

/** When a card comes back (undefined for a card never answered). */
export function dueAt(memory: Memory, card: string): Date | undefined {
  const m = memory[card];
  return m ? new Date(m.due) : undefined;
}

/** The cards due at `now`, most overdue first. */
export function dueCards(memory: Memory, now: Date): string[] {
  return Object.entries(memory)
    .filter(([, m]) => Date.parse(m.due) <= now.getTime())
    .sort(([a, x], [b, y]) => Date.parse(x.due) - Date.parse(y.due) || a.localeCompare(b))
    .map(([card]) => card);
}

/** A card is learned once FSRS has moved it to review (answered right on separate occasions). */
export function isLearned(m: CardMemory): boolean {
  return m.state === State.Review;
}

/** How far a set of cards has come: how many can be asked, seen, learned, due now. */
export interface Tally {
  /** Cards the atlas can ask. */
  total: number;
  seen: number;
  learned: number;
  due: number;
}

export interface AreaProgress extends Tally {
  area: BodyAreaGroup;
}

/** One muscle's progress, and the one word shown beside it. */
export interface MuscleProgress extends Tally {
  muscleId: string;
  /**
   * `new`: never asked; `due`: a card of it is due again now; `learned`: every card it has is
   * learned; `seen`: asked, not learned yet.
   */
  state: 'new' | 'seen' | 'learned' | 'due';
}

/** Counts the cards per key (a body area, a muscle) the key function gives their muscle. */
function tally<K>(
  memory: Memory,
  cards: readonly string[],
  index: AtlasIndex,
  now: Date,
  keyOf: (muscle: MuscleFacts) => K,
): Map<K, Tally> {
  const rows = new Map<K, Tally>();
  for (const card of cards) {
    const parsed = parseCardId(card);
    const muscle = parsed && index.triggerPoint(parsed.triggerPointId)?.muscle;
    if (!muscle) continue;
    const key = keyOf(muscle);
    const row = rows.get(key) ?? { total: 0, seen: 0, learned: 0, due: 0 };
    rows.set(key, row);
    row.total++;
    const m = memory[card];
    if (!m) continue;
    row.seen++;
    if (isLearned(m)) row.learned++;
    if (Date.parse(m.due) <= now.getTime()) row.due++;
  }
  return rows;
}

/** Progress per body area: of the cards that can be asked, how many seen, learned, due now. */
export function progressByArea(
  memory: Memory,
  cards: readonly string[],
  index: AtlasIndex,
  now: Date,
): AreaProgress[] {
  const rows = tally(memory, cards, index, now, (m) => m.group);
  return BODY_AREAS.flatMap((area) => {
    const row = rows.get(area);
    return row ? [{ area, ...row }] : [];
  });
}

/** Progress per muscle (muscles with no card to ask are left out), by muscle id. */
export function progressByMuscle(
  memory: Memory,
  cards: readonly string[],
  index: AtlasIndex,
  now: Date,
): ReadonlyMap<string, MuscleProgress> {
  const rows = tally(memory, cards, index, now, (m) => m.id);
  const out = new Map<string, MuscleProgress>();
  for (const [muscleId, row] of rows) {
    const state =
      row.due > 0 ? 'due' : row.learned === row.total ? 'learned' : row.seen > 0 ? 'seen' : 'new';
    out.set(muscleId, { muscleId, ...row, state });
  }
  return out;
}
