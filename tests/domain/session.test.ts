import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import {
  MAX_FINDINGS,
  NOTE_MAX_LENGTH,
  addFinding,
  editFinding,
  emptySession,
  moveFinding,
  patternOf,
  removeFinding,
  sessionDisplay,
  toggleArea,
  viewForFindings,
  type Finding,
  type Session,
} from '../../src/domain/session.ts';

const index = createAtlasIndex(atlas);
const finding = (id: string, triggerPointId: string, side: 'left' | 'right' = 'left'): Finding => ({
  id,
  triggerPointId,
  side,
  note: '',
});
const start = (): Session => emptySession('s1', '2026-03-01T09:00:00.000Z', 'Neck');
const ids = (s: Session) => s.findings.map((f) => f.id);

function threeFindings(): Session {
  let s = start();
  s = addFinding(s, finding('a', 'upper-trapezius-tp1'), [{ region: 'temple', side: 'left' }]);
  s = addFinding(s, finding('b', 'sternocleidomastoid-sternal', 'right'));
  s = addFinding(s, finding('c', 'infraspinatus-tp1'));
  return s;
}

describe('a session of findings', () => {
  it('adds findings in order, with the client areas they came with, each area once', () => {
    let s = start();
    s = addFinding(s, finding('a', 'upper-trapezius-tp1'), [
      { region: 'temple', side: 'left' },
      { region: 'neck-side', side: 'left' },
    ]);
    s = addFinding(s, finding('b', 'sternocleidomastoid-sternal'), [
      { region: 'temple', side: 'left' },
    ]);
    expect(ids(s)).toEqual(['a', 'b']);
    expect(s.areas).toEqual([
      { region: 'temple', side: 'left' },
      { region: 'neck-side', side: 'left' },
    ]);
  });

  it('does not add the same trigger point on the same side twice, but does on the other side', () => {
    let s = addFinding(start(), finding('a', 'upper-trapezius-tp1'));
    const again = addFinding(s, finding('b', 'upper-trapezius-tp1'));
    expect(again).toBe(s);
    s = addFinding(s, finding('c', 'upper-trapezius-tp1', 'right'));
    expect(ids(s)).toEqual(['a', 'c']);
  });

  it(`holds at most ${MAX_FINDINGS} findings`, () => {
    let s = start();
    const points = index.triggerPoints.slice(0, MAX_FINDINGS + 3);
    points.forEach((p, i) => (s = addFinding(s, finding(`f${i}`, p.triggerPoint.id))));
    expect(s.findings).toHaveLength(MAX_FINDINGS);
  });

  it.each([
    ['moves the second finding up', 'b', -1, ['b', 'a', 'c']],
    ['moves the second finding down', 'b', 1, ['a', 'c', 'b']],
    ['leaves the first finding where it is when moved up', 'a', -1, ['a', 'b', 'c']],
    ['leaves the last finding where it is when moved down', 'c', 1, ['a', 'b', 'c']],
    ['ignores an unknown finding', 'z', 1, ['a', 'b', 'c']],
  ] as const)('%s', (_name, id, delta, expected) => {
    expect(ids(moveFinding(threeFindings(), id, delta))).toEqual(expected);
  });

  it('removes a finding and keeps the others in order', () => {
    expect(ids(removeFinding(threeFindings(), 'b'))).toEqual(['a', 'c']);
  });

  it('edits a note (cut to its longest) and a pain rating (whole, 0 to 10), and clears the rating', () => {
    let s = threeFindings();
    s = editFinding(s, 'a', { note: 'x'.repeat(NOTE_MAX_LENGTH + 20), pain: 12.4 });
    expect(s.findings[0]!.note).toHaveLength(NOTE_MAX_LENGTH);
    expect(s.findings[0]!.pain).toBe(10);
    s = editFinding(s, 'a', { pain: 6.6 });
    expect(s.findings[0]!.pain).toBe(7);
    s = editFinding(s, 'a', { pain: undefined });
    expect(s.findings[0]).not.toHaveProperty('pain');
    expect(s.findings[0]!.note).toHaveLength(NOTE_MAX_LENGTH);
  });

  it('toggles a client area on a click', () => {
    const s = toggleArea(start(), { region: 'jaw', side: 'right' });
    expect(s.areas).toEqual([{ region: 'jaw', side: 'right' }]);
    expect(toggleArea(s, { region: 'jaw', side: 'right' }).areas).toEqual([]);
  });
});

describe('the session body', () => {
  it('numbers every X as in the list, each in its own pattern colour, with the client areas as pain', () => {
    const display = sessionDisplay(threeFindings(), index);
    expect(display.markers.map((m) => [m.triggerPointId, m.side, m.label, m.pattern])).toEqual([
      ['upper-trapezius-tp1', 'left', '1', 0],
      ['sternocleidomastoid-sternal', 'right', '2', 1],
      ['infraspinatus-tp1', 'left', '3', 2],
    ]);
    expect(display.markers.every((m) => !m.muted)).toBe(true);
    const temple = display.areas.find((a) => a.area.region === 'temple' && a.area.side === 'left');
    expect(temple?.pain).toBe(1);
    // Each finding's own pattern is painted in its colour somewhere.
    const patterns = new Set(display.areas.filter((a) => a.referral).map((a) => a.pattern));
    expect([...patterns].sort()).toEqual([0, 1, 2]);
  });

  it('follows the list order: moving a finding up gives it the first number and colour', () => {
    const display = sessionDisplay(moveFinding(threeFindings(), 'b', -1), index);
    expect(display.markers[0]).toMatchObject({
      triggerPointId: 'sternocleidomastoid-sternal',
      label: '1',
      pattern: 0,
    });
  });

  it('with a focus, paints that finding alone in full, with its muscle, and the others as pale marks', () => {
    const display = sessionDisplay(threeFindings(), index, { focusId: 'b' });
    expect(display.markers.map((m) => [m.label, Boolean(m.muted)])).toEqual([
      ['1', true],
      ['2', false],
      ['3', true],
    ]);
    expect(new Set(display.areas.filter((a) => a.referral).map((a) => a.pattern))).toEqual(
      new Set([1]),
    );
    expect(display.outlines).toEqual([{ muscleId: 'sternocleidomastoid', side: 'right' }]);
  });

  it('repeats the six colours after the sixth finding; the numbers still tell them apart', () => {
    expect([0, 5, 6, 13].map(patternOf)).toEqual([0, 5, 0, 1]);
  });

  it('leaves out a finding whose trigger point the atlas no longer has, keeping the numbers', () => {
    const s = addFinding(threeFindings(), finding('d', 'no-such-point'));
    const display = sessionDisplay(s, index);
    expect(display.markers.map((m) => m.label)).toEqual(['1', '2', '3']);
  });
});

describe('the view that shows the findings together', () => {
  it.each([
    [['upper-trapezius-tp1', 'infraspinatus-tp1'], 'back'],
    [['sternocleidomastoid-sternal', 'infraspinatus-tp1', 'pectoralis-major-clavicular'], 'front'],
    [[], 'front'],
  ] as const)('faces %j from the %s', (points, view) => {
    const facing = points.map((p) => index.triggerPoint(p)!.triggerPoint.placement.facing);
    expect(facing.every(Boolean)).toBe(true);
    expect(
      viewForFindings(
        points.map((triggerPointId) => ({ triggerPointId })),
        index,
      ),
    ).toBe(view);
  });
});
