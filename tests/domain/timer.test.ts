import { describe, expect, it } from 'vitest';
import { formatClock, holdChoices, planTimer, timerAt } from '../../src/domain/timer.ts';

describe('the guided timer plan', () => {
  const plan = planTimer(3, 30, 10);

  it('alternates holds and rests, with no rest after the last hold', () => {
    expect(plan.phases.map((p) => `${p.kind}${p.round}`)).toEqual([
      'hold1',
      'rest1',
      'hold2',
      'rest2',
      'hold3',
    ]);
    expect(plan.totalSeconds).toBe(110);
  });

  it.each([
    [0, { kind: 'hold', round: 1 }, 30],
    [1_000, { kind: 'hold', round: 1 }, 29],
    [29_900, { kind: 'hold', round: 1 }, 1],
    [30_000, { kind: 'rest', round: 1 }, 10],
    [40_000, { kind: 'hold', round: 2 }, 30],
    [109_000, { kind: 'hold', round: 3 }, 1],
  ])('after %i ms shows %o with %i s left', (ms, phase, left) => {
    const r = timerAt(plan, ms);
    expect(r.phase).toMatchObject(phase);
    expect(r.secondsLeft).toBe(left);
    expect(r.done).toBe(false);
  });

  it('is done after the last hold', () => {
    expect(timerAt(plan, 110_000)).toMatchObject({ phase: null, done: true, secondsLeft: 0 });
  });

  it('never plans fewer than one round or a zero-second hold', () => {
    expect(planTimer(0, 0, 0).phases).toEqual([{ kind: 'hold', round: 1, seconds: 1 }]);
  });

  it('offers hold times from the minimum to the maximum in 15 s steps', () => {
    expect(holdChoices(30, 90)).toEqual([30, 45, 60, 75, 90]);
    expect(holdChoices(30, 40)).toEqual([30, 40]);
    expect(holdChoices(60, 60)).toEqual([60]);
  });

  it('formats a clock', () => {
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(0)).toBe('0:00');
  });
});
