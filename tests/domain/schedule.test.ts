import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import { availableCards, createRound } from '../../src/domain/quiz.ts';
import {
  dueAt,
  dueCards,
  isLearned,
  progressByArea,
  progressByMuscle,
  review,
  type Memory,
} from '../../src/domain/schedule.ts';

const index = createAtlasIndex(atlas);
const start = new Date('2026-03-01T09:00:00.000Z');
const later = (days: number) => new Date(start.getTime() + days * 86_400_000);
const card = 'pattern:upper-trapezius-tp1';

describe('the schedule', () => {
  it('brings a missed card back sooner than one answered right', () => {
    const missed = review({}, card, 'wrong', start);
    const partly = review({}, card, 'partly', start);
    const right = review({}, card, 'right', start);
    expect(dueAt(missed, card)!.getTime()).toBeLessThan(dueAt(partly, card)!.getTime());
    expect(dueAt(partly, card)!.getTime()).toBeLessThanOrEqual(dueAt(right, card)!.getTime());
  });

  it('spaces a card out further each time it is answered right on its day, and learns it', () => {
    let memory: Memory = {};
    let now = start;
    const gaps: number[] = [];
    for (let i = 0; i < 5; i++) {
      memory = review(memory, card, 'right', now);
      const due = dueAt(memory, card)!;
      gaps.push(due.getTime() - now.getTime());
      now = due;
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!);
    expect(isLearned(memory[card]!)).toBe(true);
    // A miss afterwards brings it back within a day.
    memory = review(memory, card, 'wrong', now);
    expect(dueAt(memory, card)!.getTime() - now.getTime()).toBeLessThan(86_400_000);
  });

  it('gives the same schedule for the same answers at the same times', () => {
    const a = review(review({}, card, 'right', start), card, 'partly', later(1));
    const b = review(review({}, card, 'right', start), card, 'partly', later(1));
    expect(a).toEqual(b);
  });

  it('lists the cards due, most overdue first', () => {
    let memory: Memory = {};
    memory = review(memory, 'point:masseter-superficial-mid', 'wrong', start);
    memory = review(memory, card, 'wrong', later(0.0002));
    memory = review(memory, 'refers:soleus-tp1', 'right', start);
    // Minutes later: the misses are due (a minute), the right answer not yet (ten minutes).
    expect(dueCards(memory, later(0.003))).toEqual(['point:masseter-superficial-mid', card]);
    expect(dueCards(memory, start)).toEqual([]);
  });

  it('counts per body area what was asked, learned and is due', () => {
    const cards = availableCards(index);
    let memory: Memory = review({}, card, 'wrong', start);
    memory = review(memory, 'point:soleus-tp1', 'right', start);
    const rows = progressByArea(memory, cards, index, later(0.003));
    const head = rows.find((r) => r.area === 'head-neck')!;
    const leg = rows.find((r) => r.area === 'leg-foot')!;
    expect(head).toMatchObject({ seen: 1, learned: 0, due: 1 });
    expect(leg).toMatchObject({ seen: 1, due: 0 });
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(cards.length);
  });
});

describe('progress per muscle', () => {
  const cards = availableCards(index);
  const trapezius = cards.filter(
    (c) => c.endsWith(':upper-trapezius-tp1') || c.endsWith(':upper-trapezius-tp2'),
  );

  it('is new before any answer, seen after one, due when a card is due, learned when all are', () => {
    expect(progressByMuscle({}, cards, index, start).get('upper-trapezius')).toMatchObject({
      state: 'new',
      total: trapezius.length,
      seen: 0,
    });
    let memory: Memory = review({}, trapezius[0]!, 'right', start);
    expect(progressByMuscle(memory, cards, index, start).get('upper-trapezius')).toMatchObject({
      state: 'seen',
      seen: 1,
    });
    memory = review(memory, trapezius[1]!, 'wrong', start);
    expect(progressByMuscle(memory, cards, index, later(0.01)).get('upper-trapezius')!.state).toBe(
      'due',
    );
    let now = start;
    for (let i = 0; i < 2; i++) {
      for (const c of trapezius) memory = review(memory, c, 'right', now);
      now = later(1);
    }
    expect(progressByMuscle(memory, cards, index, now).get('upper-trapezius')).toMatchObject({
      state: 'learned',
      learned: trapezius.length,
      due: 0,
    });
  });

  it('counts every card once, under its muscle', () => {
    const rows = [...progressByMuscle({}, cards, index, start).values()];
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(cards.length);
    expect(new Set(rows.map((r) => r.muscleId)).size).toBe(index.atlas.muscles.length);
  });
});

describe('revising one body area from first sight to learned', () => {
  /**
   * A student plays a round of ten every quarter of an hour, the due cards first, and misses
   * the cards in `missed` the first time they are asked. Returns when each card came back and
   * how many right answers each muscle took to be learned.
   */
  function revise(area: 'head-neck' | 'thigh', missed: ReadonlySet<string> = new Set()) {
    const cards = availableCards(index, undefined, area);
    let memory: Memory = {};
    let now = start;
    const rightAnswers = new Map<string, number>();
    /** Right answers a card took to be learned. */
    const learnedAfter = new Map<string, number>();
    const askedAt = new Map<string, number[]>();
    let rounds = 0;
    const everyLearned = () =>
      [...progressByMuscle(memory, cards, index, now).values()].every((m) => m.state === 'learned');
    while (!everyLearned() && rounds < 200) {
      const round = createRound(
        index,
        { seed: rounds + 1, area, due: dueCards(memory, now), seen: new Set(Object.keys(memory)) },
        cards,
      );
      for (const q of round) {
        const times = askedAt.get(q.card) ?? [];
        askedAt.set(q.card, [...times, rounds]);
        const grade = missed.has(q.card) && times.length === 0 ? 'wrong' : 'right';
        memory = review(memory, q.card, grade, now);
        if (grade === 'right' && !learnedAfter.has(q.card)) {
          const answers = (rightAnswers.get(q.card) ?? 0) + 1;
          rightAnswers.set(q.card, answers);
          if (isLearned(memory[q.card]!)) learnedAfter.set(q.card, answers);
        }
      }
      rounds++;
      now = new Date(now.getTime() + 15 * 60_000);
    }
    return { cards, memory, rounds, learnedAfter, askedAt, learned: everyLearned() };
  }

  it('learns every muscle of an area: each card after two right answers, within three rounds', () => {
    const { cards, rounds, learnedAfter, askedAt, learned } = revise('thigh');
    expect(learned).toBe(true);
    // Each card: seen once, right again once it is due (ten minutes later), then learned.
    expect(rounds).toBeLessThanOrEqual(Math.ceil((2 * cards.length) / 10) + 2);
    expect(learnedAfter.size).toBe(cards.length);
    for (const [card, answers] of learnedAfter) expect(answers, card).toBe(2);
    for (const card of cards) {
      const [first, second] = askedAt.get(card)!;
      // Due again in the next round; a round keeps its kinds balanced, so one may wait one more.
      expect(second! - first!, card).toBeLessThanOrEqual(2);
    }
  });

  it('brings a missed card back sooner than the cards answered right', () => {
    const cards = availableCards(index, undefined, 'head-neck');
    const first = createRound(index, { seed: 1, area: 'head-neck' }, cards);
    const missed = first[0]!.card;
    const right = first[1]!.card;
    const { askedAt, learned } = revise('head-neck', new Set([missed]));
    expect(learned).toBe(true);
    const again = (card: string) => askedAt.get(card)![1]! - askedAt.get(card)![0]!;
    // A miss comes back in the very next round; a right answer waits for its ten minutes.
    expect(again(missed)).toBe(1);
    expect(again(missed)).toBeLessThanOrEqual(again(right));
    // And takes one right answer more to be learned than one never missed.
    expect(askedAt.get(missed)!.length).toBeGreaterThan(askedAt.get(right)!.length);
  });
});
