// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { safetyFor } from '../../src/domain/safety.ts';
import { resetSafetyStore, useSafetyStore } from '../../src/state/safetyStore.ts';
import { resetSelectionStore, useSelectionStore } from '../../src/state/selectionStore.ts';
import { resetViewStore } from '../../src/state/viewStore.ts';
import { TriggerPointDetails } from '../../src/ui/TriggerPointDetails.tsx';
import { loadAllMuscleWords } from '../helpers/english.ts';

beforeAll(loadAllMuscleWords);

describe('the pressure technique', () => {
  beforeEach(() => {
    resetSelectionStore();
    resetViewStore();
    resetSafetyStore();
  });

  it('says which method its steps follow (held pressure, as Travell and Simons), and that Davies teaches strokes', () => {
    const muscle = atlas.muscles.find((m) => m.id === 'infraspinatus')!;
    const tp = muscle.triggerPoints[0]!;
    act(() => {
      useSelectionStore.getState().restore([], { id: tp.id, side: 'left' });
      useSafetyStore.getState().acknowledge(safetyFor(atlas, muscle, tp, []).key);
    });
    render(<TriggerPointDetails chosen={{ id: tp.id, side: 'left' }} />);
    const method = screen.getByText(/sustained pressure/);
    expect(method).toHaveTextContent(/Travell and Simons/);
    expect(method).toHaveTextContent(/Davies.*short, repeated strokes/);
  });
});
