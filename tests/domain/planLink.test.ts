import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import {
  PLAN_MAX_POINTS,
  decodePlan,
  encodePlan,
  planPath,
  pointHash,
  type Plan,
} from '../../src/domain/planLink.ts';
import { REGION_IDS } from '../../src/domain/regions.ts';

const index = createAtlasIndex(atlas);
const ids = index.triggerPoints.map((e) => e.triggerPoint.id);

const plan: Plan = {
  points: [
    { triggerPointId: 'upper-trapezius-tp1', side: 'left' },
    { triggerPointId: 'infraspinatus-tp1', side: 'right' },
    { triggerPointId: 'upper-trapezius-tp1', side: 'right' },
  ],
  areas: [
    { region: 'temple', side: 'left' },
    { region: 'chest', side: 'right' },
  ],
  figure: 'female',
};

/** A small seeded generator, so a failing fuzz case can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

describe('a home plan code', () => {
  it('gives back exactly the points, sides, areas and figure it was made from', () => {
    const reading = decodePlan(encodePlan(plan), ids);
    expect(reading).toEqual({ ok: true, plan, unknownPoints: 0, unknownAreas: 0 });
  });

  it('reads the code in the app address it makes', () => {
    const path = planPath(plan);
    expect(path).toMatch(/^\/plan\?p=1[A-Za-z0-9_-]+$/);
    const code = new URLSearchParams(path.split('?')[1]).get('p')!;
    expect(decodePlan(code, ids)).toMatchObject({ ok: true, plan });
  });

  it('tells every trigger point of the atlas apart (no two share a code)', () => {
    expect(new Set(ids.map(pointHash)).size).toBe(ids.length);
  });

  it(`fits a full session (${PLAN_MAX_POINTS} points, 20 areas) in under 200 characters`, () => {
    const full: Plan = {
      points: ids
        .slice(0, PLAN_MAX_POINTS)
        .map((triggerPointId) => ({ triggerPointId, side: 'right' })),
      areas: REGION_IDS.slice(0, 20).map((region) => ({ region, side: 'left' })),
      figure: 'male',
    };
    const code = encodePlan(full);
    expect(code.length).toBeLessThan(200);
    expect(decodePlan(code, ids)).toMatchObject({ ok: true, plan: full });
    expect(encodePlan({ points: [], areas: [], figure: 'male' })).toHaveLength(8);
  });

  it('skips and counts a point this version does not know, keeping the rest', () => {
    const code = encodePlan({
      ...plan,
      points: [{ triggerPointId: 'a-point-from-a-newer-atlas', side: 'left' }, ...plan.points],
    });
    expect(decodePlan(code, ids)).toEqual({ ok: true, plan, unknownPoints: 1, unknownAreas: 0 });
  });

  it('says a code cut off anywhere is incomplete', () => {
    const code = encodePlan(plan);
    for (let end = 1; end < code.length; end++)
      expect(decodePlan(code.slice(0, end), ids)).toEqual({ ok: false, problem: 'truncated' });
  });

  it('never reads a code with any one character changed, added or taken out as a plan', () => {
    const code = encodePlan(plan);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let at = 1; at < code.length; at++) {
      for (const ch of alphabet) {
        if (ch === code[at]) continue;
        const changed = code.slice(0, at) + ch + code.slice(at + 1);
        expect(decodePlan(changed, ids).ok, changed).toBe(false);
      }
      expect(decodePlan(code.slice(0, at) + code.slice(at + 1), ids).ok).toBe(false);
      expect(decodePlan(code.slice(0, at) + 'A' + code.slice(at), ids).ok).toBe(false);
    }
    expect(decodePlan(`${code}A`, ids)).toEqual({ ok: false, problem: 'damaged' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['hello world', 'foreign'],
    ['https://example.org/?p=1', 'foreign'],
    ['0AAAA', 'foreign'],
    ['1AB*CD', 'foreign'],
    ['2AAAAAAA', 'newer'],
    ['9anything at all', 'newer'],
  ] as const)('explains %j as %s', (code, problem) => {
    expect(decodePlan(code, ids)).toEqual({ ok: false, problem });
  });

  it('never throws on hundreds of random strings, and reads none of them as a plan', () => {
    const next = random(13);
    const pool = [
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
      '1',
      ' %&?=#/.+é€😀\u0000\uffff',
    ];
    for (let n = 0; n < 600; n++) {
      const length = Math.floor(next() * 240);
      let text = n % 2 === 0 ? '1' : '';
      for (let i = 0; i < length; i++) {
        const chars = pool[next() < 0.9 ? 0 : next() < 0.5 ? 1 : 2]!;
        text += chars[Math.floor(next() * chars.length)];
      }
      let reading: ReturnType<typeof decodePlan> | undefined;
      expect(() => (reading = decodePlan(text, ids)), text).not.toThrow();
      expect(reading?.ok, text).toBe(false);
    }
  });
});
