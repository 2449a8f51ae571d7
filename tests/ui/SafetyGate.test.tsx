// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { englishAtlas } from '../../scripts/i18n/english.ts';
import { patternAreas } from '../../src/domain/ranking.ts';
import { safetyFor } from '../../src/domain/safety.ts';
import { useI18nStore } from '../../src/state/i18n.ts';
import { resetSafetyStore, useSafetyStore } from '../../src/state/safetyStore.ts';
import { resetSelectionStore, useSelectionStore } from '../../src/state/selectionStore.ts';
import { resetViewStore } from '../../src/state/viewStore.ts';
import { TriggerPointDetails } from '../../src/ui/TriggerPointDetails.tsx';
import { loadAllMuscleWords } from '../helpers/english.ts';

beforeAll(loadAllMuscleWords);

const textOf = (id: string) => englishAtlas.redFlags.find((f) => f.id === id)!.title;
const conditionOf = (id: string) =>
  englishAtlas.pressureCautions.find((c) => c.id === id)!.condition;

const entries = atlas.muscles.flatMap((muscle) =>
  muscle.triggerPoints.map((tp) => ({ muscle, tp })),
);

describe('the technique page of every trigger point', () => {
  beforeEach(() => {
    resetSelectionStore();
    resetViewStore();
    resetSafetyStore();
  });

  it.each(
    entries.flatMap(({ muscle, tp }) => [
      [tp.id, 'from search, nothing selected', muscle, tp, false] as const,
      [tp.id, 'from its own pain areas', muscle, tp, true] as const,
    ]),
  )(
    '%s (%s) shows its warnings and keeps steps and timers locked until confirmed',
    (_id, _path, muscle, tp, fromAreas) => {
      const areas = fromAreas ? patternAreas(tp.referral.essential, 'left') : [];
      act(() => useSelectionStore.getState().restore(areas, { id: tp.id, side: 'left' }));
      render(<TriggerPointDetails chosen={{ id: tp.id, side: 'left' }} />);
      const safety = safetyFor(atlas, muscle, tp, areas);
      // Plain DOM queries: role queries over 380 full pages would take half a minute in jsdom.
      const warnings = document.getElementById('before-you-start')!;
      expect(within(warnings).getByText('Before you start')).toBeInTheDocument();
      for (const { flag } of safety.flags)
        expect(within(warnings).getAllByText(textOf(flag.id)).length).toBeGreaterThan(0);
      for (const caution of safety.cautions)
        expect(within(warnings).getAllByText(conditionOf(caution.id)).length).toBeGreaterThan(0);
      const locked = safety.flags.length > 0 || safety.cautions.length > 0;
      if (locked) {
        expect(screen.queryAllByText(/^Start guided/)).toEqual([]);
        expect(document.querySelector('.steps')).toBeNull();
        act(() => useSafetyStore.getState().acknowledge(safety.key));
      }
      expect(screen.getAllByText(/^Start guided/).length).toBe(muscle.pressure ? 2 : 1);
    },
  );
});

describe('warnings whose words are still loading', () => {
  beforeEach(() => {
    resetSelectionStore();
    resetViewStore();
    resetSafetyStore();
  });

  it('keep the steps locked, even when the set was confirmed earlier in the tab, until they show', () => {
    const { muscle, tp } = entries.find(
      (e) => safetyFor(atlas, e.muscle, e.tp, []).flags.length > 0,
    )!;
    const safety = safetyFor(atlas, muscle, tp, []);
    // A reload: the confirmation is kept for the tab, the warnings' words are not loaded yet.
    act(() => useSafetyStore.getState().acknowledge(safety.key));
    const words = useI18nStore.getState().safety;
    act(() => useI18nStore.setState({ safety: null }));
    try {
      act(() => useSelectionStore.getState().restore([], { id: tp.id, side: 'left' }));
      render(<TriggerPointDetails chosen={{ id: tp.id, side: 'left' }} />);
      const warnings = document.getElementById('before-you-start')!;
      expect(within(warnings).getByRole('status')).toHaveTextContent('Loading the warnings…');
      expect(screen.queryAllByText(/^Start guided/)).toEqual([]);
      expect(document.querySelector('.steps')).toBeNull();
      act(() => useI18nStore.setState((s) => ({ safety: words, version: s.version + 1 })));
      expect(within(warnings).getAllByText(textOf(safety.flags[0]!.flag.id)).length).toBe(1);
      expect(screen.getAllByText(/^Start guided/).length).toBe(muscle.pressure ? 2 : 1);
    } finally {
      useI18nStore.setState({ safety: words });
    }
  });
});
