import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import { availableCards } from '../../src/domain/quiz.ts';
import {
  dueAt,
  dueCards,
  isLearned,
  progressByArea,
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
