import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { resolvePlacement } from '../../src/domain/anatomy/placement.ts';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import { paintOf } from '../../src/domain/display.ts';
import {
  CHOICES,
  QUIZ_KINDS,
  SAME_SPOT_METRES,
  availableCards,
  cardId,
  createRound,
  judge,
  makeQuestion,
  parseCardId,
  quizDisplay,
  seededRandom,
  type AreaQuestion,
  type ChoiceQuestion,
  type QuizKind,
} from '../../src/domain/quiz.ts';
import { patternAreas } from '../../src/domain/ranking.ts';

const index = createAtlasIndex(atlas);
const cardsByKind = Object.fromEntries(
  QUIZ_KINDS.map((kind) => [kind, availableCards(index, [kind])]),
) as Record<QuizKind, string[]>;

const regionsOf = (tpId: string) => {
  const tp = index.triggerPoint(tpId)!.triggerPoint;
  return new Set([...tp.referral.essential, ...tp.referral.spillover].map((z) => z.region));
};

describe('quiz questions', () => {
  it('the atlas yields this many distinct questions per kind (each asked on either side)', () => {
    const counts = Object.fromEntries(QUIZ_KINDS.map((k) => [k, cardsByKind[k].length]));
    console.log(
      'Distinct questions per kind:',
      counts,
      'trigger points:',
      index.triggerPoints.length,
    );
    // Every trigger point can be asked where it refers; nearly all can be told apart by pattern and by X.
    expect(counts.refers).toBe(index.triggerPoints.length);
    expect(counts.pattern).toBeGreaterThan(index.triggerPoints.length * 0.9);
    expect(counts.point).toBeGreaterThan(index.triggerPoints.length * 0.9);
  });

  it('gives the same round for the same seed, and another for another seed', () => {
    const options = { seed: 42, kinds: QUIZ_KINDS, area: null };
    expect(createRound(index, options)).toEqual(createRound(index, options));
    expect(createRound(index, { ...options, seed: 43 })).not.toEqual(createRound(index, options));
  });

  it('asks ten different questions a round, of the kinds and body area chosen', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const round = createRound(index, { seed, kinds: ['pattern', 'point'], area: 'leg-foot' });
      expect(round).toHaveLength(10);
      expect(new Set(round.map((q) => q.card)).size).toBe(10);
      for (const q of round) {
        expect(['pattern', 'point']).toContain(q.kind);
        expect(index.muscle(q.muscleId)!.group).toBe('leg-foot');
      }
    }
  });

  it.each([
    { kinds: QUIZ_KINDS, counts: [3, 3, 4] },
    { kinds: ['pattern', 'refers'] as const, counts: [5, 5] },
    { kinds: ['point'] as const, counts: [10] },
  ])('balances a round of $kinds across the kinds ($counts)', ({ kinds, counts }) => {
    for (let seed = 1; seed <= 20; seed++) {
      for (const area of [null, 'head-neck', 'thigh'] as const) {
        const round = createRound(index, { seed, kinds, area });
        const perKind = kinds.map((k) => round.filter((q) => q.kind === k).length);
        expect([...perKind].sort((a, b) => a - b)).toEqual(counts);
      }
    }
  });

  it('keeps the balance when some cards are due: the due ones come first within their kind', () => {
    const due = cardsByKind.pattern.slice(0, 8);
    const round = createRound(index, { seed: 3, due });
    const patterns = round.filter((q) => q.kind === 'pattern');
    expect(patterns.length).toBeLessThanOrEqual(4);
    for (const q of patterns) expect(due).toContain(q.card);
  });

  it('fills a round from the other kinds when one kind has too few cards', () => {
    const cards = [...cardsByKind.point.slice(0, 2), ...cardsByKind.refers.slice(0, 20)];
    const round = createRound(index, { seed: 4, kinds: ['point', 'refers'] }, cards);
    expect(round).toHaveLength(10);
    expect(round.filter((q) => q.kind === 'point')).toHaveLength(2);
  });

  it('refers: the right areas are on the trigger point’s side, which the question names', () => {
    for (const card of cardsByKind.refers) {
      for (const seed of [1, 2]) {
        const tpId = parseCardId(card)!.triggerPointId;
        const q = makeQuestion('refers', tpId, index, seed) as AreaQuestion;
        const tp = index.triggerPoint(tpId)!.triggerPoint;
        expect(q.essential).toEqual(patternAreas(tp.referral.essential, q.side));
        expect(judge(q, { kind: 'areas', areas: q.essential }).grade).toBe('right');
        // The same areas on the other side are not its pattern, where its zones are on its own side.
        const mirrored = q.essential.map((a) => ({
          ...a,
          side: a.side === 'left' ? ('right' as const) : ('left' as const),
        }));
        if (tp.referral.essential.every((z) => (z.side ?? 'same') === 'same'))
          expect(judge(q, { kind: 'areas', areas: mirrored }).grade).not.toBe('right');
      }
    }
  });

  it.each(QUIZ_KINDS.filter((k) => k !== 'refers'))(
    '%s: four different choices, exactly one right, and no wrong one that is also right',
    (kind) => {
      for (const card of cardsByKind[kind]) {
        for (const seed of [1, 2, 3]) {
          const q = makeQuestion(
            kind,
            parseCardId(card)!.triggerPointId,
            index,
            seed,
          ) as ChoiceQuestion;
          expect(q.choices).toHaveLength(CHOICES);
          expect(new Set(q.choices).size).toBe(CHOICES);
          expect(q.choices.filter((c) => c === q.muscleId)).toHaveLength(1);
          const shown = index.triggerPoint(q.triggerPointId)!.triggerPoint;
          for (const wrong of q.choices.filter((c) => c !== q.muscleId)) {
            for (const tp of index.muscle(wrong)!.triggerPoints) {
              if (kind === 'pattern') {
                const main = (t: typeof tp) =>
                  patternAreas(t.referral.essential, 'left')
                    .map((a) => `${a.side}.${a.region}`)
                    .sort()
                    .join();
                const same = main(tp) === main(shown);
                expect(same, `${card}: ${tp.id} has the same pattern`).toBe(false);
              } else {
                const a = resolvePlacement(tp.placement, 'left').point;
                const b = resolvePlacement(shown.placement, 'left').point;
                expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeGreaterThanOrEqual(
                  SAME_SPOT_METRES,
                );
              }
            }
          }
        }
      }
    },
  );

  it('chooses plausible wrong muscles: the same body area, or a pattern reaching the same regions', () => {
    let sameArea = 0;
    let total = 0;
    for (const kind of ['pattern', 'point'] as const) {
      for (const card of cardsByKind[kind]) {
        const q = makeQuestion(kind, parseCardId(card)!.triggerPointId, index, 7) as ChoiceQuestion;
        const group = index.muscle(q.muscleId)!.group;
        for (const wrong of q.choices.filter((c) => c !== q.muscleId)) {
          const muscle = index.muscle(wrong)!;
          total++;
          if (muscle.group === group) sameArea++;
          else {
            expect(kind).toBe('pattern');
            const reaches = muscle.triggerPoints.some((tp) =>
              [...regionsOf(tp.id)].some((r) => regionsOf(q.triggerPointId).has(r)),
            );
            expect(reaches, `${card}: ${wrong}`).toBe(true);
          }
        }
      }
    }
    // Most wrong choices come from the same body area.
    expect(sameArea / total).toBeGreaterThan(0.9);
  });

  it('refers: offers the whole pattern among at least ten areas, each once', () => {
    for (const card of cardsByKind.refers) {
      const q = makeQuestion('refers', parseCardId(card)!.triggerPointId, index, 5) as AreaQuestion;
      const key = (a: { region: string; side: string }) => `${a.side}.${a.region}`;
      const offered = new Set(q.options.map(key));
      expect(offered.size).toBe(q.options.length);
      for (const a of [...q.essential, ...q.spillover]) expect(offered.has(key(a))).toBe(true);
      expect(q.options.length).toBeGreaterThanOrEqual(
        Math.min(10, q.essential.length + q.spillover.length + 3),
      );
    }
  });

  it('asks every muscle within enough rounds when new cards come first', () => {
    const seen = new Set<string>();
    const muscles = new Set<string>();
    const rounds = Math.ceil(availableCards(index).length / 10);
    for (let r = 0; r < rounds; r++) {
      for (const q of createRound(index, { seed: r + 1, seen })) {
        seen.add(q.card);
        muscles.add(q.muscleId);
      }
    }
    expect(muscles.size).toBe(atlas.muscles.length);
  });

  it('asks the due cards first, most overdue first, and skips cards of other kinds or areas', () => {
    const due = [
      cardId('point', 'upper-trapezius-tp1'),
      cardId('pattern', 'masseter-superficial-upper'),
      'nonsense',
    ];
    const round = createRound(index, { seed: 9, kinds: ['point'], area: 'head-neck', due });
    expect(round.map((q) => q.card)).toContain(due[0]);
    expect(round.map((q) => q.card)).not.toContain(due[1]);
  });

  it('reads card ids back, and refuses foreign ones', () => {
    expect(parseCardId('refers:upper-trapezius-tp1')).toEqual({
      kind: 'refers',
      triggerPointId: 'upper-trapezius-tp1',
    });
    expect(parseCardId('guess:upper-trapezius-tp1')).toBeUndefined();
    expect(parseCardId('nonsense')).toBeUndefined();
  });

  it('draws evenly from its seeded generator', () => {
    const random = seededRandom(123);
    const draws = Array.from({ length: 10000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((a, b) => a + b, 0) / draws.length).toBeCloseTo(0.5, 1);
  });
});

describe('judging an answer', () => {
  const refers = makeQuestion('refers', 'upper-trapezius-tp1', index, 1) as AreaQuestion;
  const { essential, spillover } = refers;
  const elsewhere = { region: 'sole' as const, side: 'left' as const };

  it.each([
    { what: 'every main area', areas: [...essential], grade: 'right', credit: 1 },
    {
      what: 'every main area and a spillover one',
      areas: [...essential, spillover[0]!],
      grade: 'right',
      credit: 1,
    },
    { what: 'one main area of three', areas: [essential[0]!], grade: 'partly', credit: 0.33 },
    { what: 'a spillover area only', areas: [spillover[0]!], grade: 'partly', credit: 0.17 },
    {
      what: 'every main area and a wrong one',
      areas: [...essential, elsewhere],
      grade: 'partly',
      credit: 0.67,
    },
    { what: 'a wrong area only', areas: [elsewhere], grade: 'wrong', credit: 0 },
    { what: 'nothing', areas: [], grade: 'wrong', credit: 0 },
  ])('where it refers: $what is $grade (credit $credit)', ({ areas, grade, credit }) => {
    expect(essential).toHaveLength(3);
    expect(judge(refers, { kind: 'areas', areas })).toEqual({ grade, credit });
  });

  it('which muscle: the right one is right, any other wrong', () => {
    const q = makeQuestion('pattern', 'upper-trapezius-tp1', index, 1) as ChoiceQuestion;
    expect(judge(q, { kind: 'choice', muscleId: 'upper-trapezius' })).toEqual({
      grade: 'right',
      credit: 1,
    });
    const other = q.choices.find((c) => c !== 'upper-trapezius')!;
    expect(judge(q, { kind: 'choice', muscleId: other })).toEqual({ grade: 'wrong', credit: 0 });
  });
});

describe('what the body shows for a question', () => {
  it('pattern: the pattern without its X, then the X and the muscle’s outline', () => {
    const q = makeQuestion('pattern', 'upper-trapezius-tp1', index, 1)!;
    const before = quizDisplay(q, { picks: [], answered: false }, index);
    expect(before.markers).toEqual([]);
    expect(before.outlines).toEqual([]);
    const tp = index.triggerPoint('upper-trapezius-tp1')!.triggerPoint;
    for (const area of patternAreas(tp.referral.essential, q.side))
      expect(paintOf(before, area)?.referral).toBe('essential');
    const after = quizDisplay(q, { picks: [], answered: true }, index);
    expect(after.markers.map((m) => m.triggerPointId)).toEqual(['upper-trapezius-tp1']);
    expect(after.outlines).toEqual([{ muscleId: 'upper-trapezius', side: q.side }]);
  });

  it('point: the X without its pattern, then the pattern', () => {
    const q = makeQuestion('point', 'upper-trapezius-tp1', index, 1)!;
    const before = quizDisplay(q, { picks: [], answered: false }, index);
    expect(before.markers).toHaveLength(1);
    expect(before.areas.filter((a) => a.referral)).toEqual([]);
    const after = quizDisplay(q, { picks: [], answered: true }, index);
    expect(after.areas.some((a) => a.referral === 'essential')).toBe(true);
  });

  it('refers: the picks, then each marked right, wrong or missed', () => {
    const q = makeQuestion('refers', 'upper-trapezius-tp1', index, 1) as AreaQuestion;
    const wrong = { region: 'sole' as const, side: q.side };
    const picks = [q.essential[0]!, wrong];
    const before = quizDisplay(q, { picks, answered: false }, index);
    expect(paintOf(before, q.essential[0]!)?.pain).toBe(1);
    expect(paintOf(before, q.essential[1]!)).toBeUndefined();
    const after = quizDisplay(q, { picks, answered: true }, index);
    expect(paintOf(after, q.essential[0]!)?.mark).toBe('correct');
    expect(paintOf(after, q.essential[1]!)?.mark).toBe('missed');
    expect(paintOf(after, wrong)?.mark).toBe('wrong');
    expect(paintOf(after, q.spillover[0]!)?.referral).toBe('spillover');
  });
});
