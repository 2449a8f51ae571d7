import { describe, expect, it } from 'vitest';
import { englishAtlas as atlas } from '../../scripts/i18n/english.ts';
import { OTHER_CAUSES } from '../../data/other-causes.ts';
import type { OtherCause, Urgency } from '../../src/domain/atlas.ts';
import { REGION_GROUPS, REGION_IDS } from '../../src/domain/regions.ts';
import { validateAtlas } from '../../src/domain/validate.ts';
import { atlas as facts } from '../../data/index.ts';

const sourceIds = new Set(atlas.sources.map((s) => s.id));

/**
 * The urgency the advice itself names: its most urgent step. "Call emergency services" (or an
 * emergency department now) is an emergency, "today" is urgent, "soon" is soon; advice with none
 * of these words needs no badge.
 */
function urgencyNamedBy(whatToDo: string): Urgency | undefined {
  if (/emergency services|emergency department now/i.test(whatToDo)) return 'emergency';
  if (/\btoday\b/i.test(whatToDo)) return 'urgent';
  if (/\bsoon\b/i.test(whatToDo)) return 'soon';
  return undefined;
}

/** Sentences in a text: runs ending in . ! or ? (the texts use no abbreviations with dots). */
function sentenceCount(text: string): number {
  return text.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '').length;
}

const byId = (cause: OtherCause) => [cause.id, cause] as const;

describe('other causes of pain', () => {
  it('keep the whole atlas valid', () => {
    expect(validateAtlas(facts)).toEqual([]);
  });

  it.each(REGION_IDS)(
    'name at least one other cause for %s, each with a known source',
    (region) => {
      const causes = OTHER_CAUSES.filter((c) => c.regions.includes(region));
      expect(causes.length, region).toBeGreaterThan(0);
      for (const cause of causes) {
        expect(cause.sources.length, cause.id).toBeGreaterThan(0);
        for (const ref of cause.sources) {
          expect(sourceIds.has(ref.source), `${cause.id}: ${ref.source}`).toBe(true);
          expect(ref.chapter.trim(), `${cause.id}: ${ref.source}`).not.toBe('');
        }
      }
    },
  );

  it.each(atlas.otherCauses.map(byId))('%s lists each of its regions once', (_id, cause) => {
    expect(new Set(cause.regions).size).toBe(cause.regions.length);
  });

  it.each(atlas.otherCauses.map(byId))(
    '%s sets the urgency its advice names, and only then',
    (_id, cause) => {
      expect(cause.urgency).toBe(urgencyNamedBy(cause.whatToDo));
    },
  );

  it.each(atlas.otherCauses.map(byId))(
    '%s stays short: two sentences of feeling, one of advice',
    (_id, cause) => {
      expect(sentenceCount(cause.feelsLike)).toBeLessThanOrEqual(2);
      expect(sentenceCount(cause.whatToDo)).toBe(1);
    },
  );

  it('are ordered head to foot by the body part of their first region', () => {
    const groupOrder = OTHER_CAUSES.map((c) => {
      const first = c.regions[0];
      return first ? REGION_GROUPS.indexOf(facts.regions.find((r) => r.id === first)!.group) : -1;
    });
    const outOfOrder = OTHER_CAUSES.filter((_, i) => i > 0 && groupOrder[i]! < groupOrder[i - 1]!);
    expect(outOfOrder.map((c) => c.id)).toEqual([]);
  });
});

describe('the urgency the advice names', () => {
  it.each([
    ['Call emergency services now.', 'emergency'],
    [
      'Call emergency services if it does not stop; if it came and went, see a doctor today.',
      'emergency',
    ],
    ['Ask for an urgent GP appointment or call 111 today.', 'urgent'],
    ['See a GP soon.', 'soon'],
    ['See a GP or physiotherapist if it has not eased after 2 weeks.', undefined],
  ] as const)('reads "%s" as %s', (text, expected) => {
    expect(urgencyNamedBy(text)).toBe(expected);
  });
});
