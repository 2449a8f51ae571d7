import { describe, expect, it } from 'vitest';
import { planTimer } from '../../src/domain/timer.ts';
import { cueScript, cuesDue } from '../../src/domain/voiceCues.ts';

const brief = (cues: ReturnType<typeof cueScript>) =>
  cues.map((c) => [c.at, c.kind, c.round, c.seconds ?? c.level ?? null]);

describe('the spoken cue script of a guided timer', () => {
  it('a 90 s hold with a 10 s warning, 3 rounds and 30 s rest says each step at its time', () => {
    const script = cueScript(planTimer(3, 90, 30), {
      pressure: { min: 5, max: 7 },
      warningSeconds: 10,
    });
    expect(brief(script)).toEqual([
      [0, 'round', 1, null],
      [0, 'press', 1, 6],
      [80, 'warning', 1, 10],
      [90, 'release', 1, 30],
      [120, 'round', 2, null],
      [120, 'press', 2, 6],
      [200, 'warning', 2, 10],
      [210, 'release', 2, 30],
      [240, 'round', 3, null],
      [240, 'press', 3, 6],
      [320, 'warning', 3, 10],
      [330, 'done', 3, null],
    ]);
    expect(script.every((c) => c.rounds === 3)).toBe(true);
  });

  it.each([
    // [rounds, hold, rest, pressure, expected kinds with times]
    [1, 30, 0, { min: 4, max: 5 }, ['0 press 5', '20 warning 10', '30 done']],
    [
      2,
      15,
      10,
      undefined,
      ['0 round', '0 press', '15 release 10', '25 round', '25 press', '40 done'],
    ],
    [
      2,
      20,
      0,
      undefined,
      ['0 round', '0 press', '10 warning 10', '20 round', '20 press', '30 warning 10', '40 done'],
    ],
  ] as const)(
    '%i round(s) of %i s with %i s rest (pressure %o) gives %o',
    (rounds, hold, rest, pressure, expected) => {
      const script = cueScript(planTimer(rounds, hold, rest), pressure ? { pressure } : {});
      expect(
        script.map((c) =>
          [c.at, c.kind, c.seconds ?? c.level].filter((x) => x !== undefined).join(' '),
        ),
      ).toEqual(expected);
    },
  );

  it('a stretch says no pressure level; a hold too short for the warning gets none', () => {
    const script = cueScript(planTimer(1, 15, 0));
    expect(script.map((c) => c.kind)).toEqual(['press', 'done']);
    expect(script[0]!.level).toBeUndefined();
  });

  it('hands out each cue once, in order, as running time passes', () => {
    const script = cueScript(planTimer(2, 30, 10));
    expect(cuesDue(script, 0, 0).map((c) => c.kind)).toEqual(['round', 'press']);
    expect(cuesDue(script, 2, 19.9)).toEqual([]);
    expect(cuesDue(script, 2, 20).map((c) => c.kind)).toEqual(['warning']);
    // A late tick (a slow tab) catches up on everything due, still in order.
    expect(cuesDue(script, 3, 45).map((c) => c.kind)).toEqual(['release', 'round', 'press']);
    expect(cuesDue(script, script.length, 1000)).toEqual([]);
  });
});
