// @vitest-environment jsdom
import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { rankMuscles } from '../../src/domain/ranking.ts';
import { atlas } from '../../data/index.ts';
import { useI18nStore } from '../../src/state/i18n.ts';
import { useSelectionStore } from '../../src/state/selectionStore.ts';
import { ResultsList } from '../../src/ui/ResultsList.tsx';

describe('the results list', () => {
  it('loads the words of the top three results ahead, and only those, so they open at once', async () => {
    render(<ResultsList />);
    expect(useI18nStore.getState().muscles.size).toBe(0);
    act(() => useSelectionStore.getState().addArea({ region: 'temple', side: 'left' }));
    const ranked = rankMuscles(atlas, [{ region: 'temple', side: 'left' }]).map((m) => m.muscleId);
    await waitFor(
      () => {
        for (const id of ranked.slice(0, 3))
          expect(useI18nStore.getState().muscles.has(id), id).toBe(true);
      },
      { timeout: 8000 },
    );
    for (const id of ranked.slice(5)) expect(useI18nStore.getState().muscles.has(id)).toBe(false);
  });
});
