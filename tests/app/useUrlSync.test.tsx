// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUrlSync } from '../../src/app/useUrlSync.ts';
import { useSelectionStore } from '../../src/state/selectionStore.ts';
import { resetViewStore, useViewStore } from '../../src/state/viewStore.ts';

function Synced() {
  useUrlSync();
  return null;
}

const open = (search: string) => {
  window.history.replaceState(null, '', `/${search}`);
  return render(<Synced />);
};

describe('opening a link', () => {
  beforeEach(() => {
    resetViewStore();
    useSelectionStore.getState().clearAreas();
  });

  it('that names areas but no view turns the body to show the first area', () => {
    open('?areas=left.low-back,right.calf');
    expect(useSelectionStore.getState().areas).toEqual([
      { region: 'low-back', side: 'left' },
      { region: 'calf', side: 'right' },
    ]);
    expect(useViewStore.getState().command).toMatchObject({
      kind: 'focus-area',
      area: { region: 'low-back', side: 'left' },
    });
  });

  it('that names a view keeps that view', () => {
    open('?areas=left.low-back&view=left');
    expect(useViewStore.getState().command).toMatchObject({ kind: 'view', view: 'left' });
  });

  it('with no areas leaves the body facing front, untouched', () => {
    open('');
    expect(useViewStore.getState().command).toBeNull();
    expect(useViewStore.getState().view).toBe('front');
  });
});
