// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetViewStore, useViewStore } from '../../src/state/viewStore.ts';
import { ViewControls } from '../../src/ui/ViewControls.tsx';

describe('the view buttons', () => {
  beforeEach(() => {
    resetViewStore();
    act(() => useViewStore.getState().setGraphics('ready'));
  });

  it('turn the body to a standard view, as a repeatable command', async () => {
    render(<ViewControls />);
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    const first = useViewStore.getState().command;
    expect(first).toMatchObject({ kind: 'view', view: 'back' });
    expect(screen.getByRole('button', { name: 'Back' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(useViewStore.getState().command?.nonce).not.toBe(first?.nonce);
  });

  it('name the sides as the person\u2019s own', () => {
    render(<ViewControls />);
    expect(screen.getByRole('button', { name: 'Your left side' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Your right side' })).toBeInTheDocument();
  });

  it('show no view as current once the body is turned by hand, and reset goes back to the front', async () => {
    render(<ViewControls />);
    act(() => useViewStore.getState().leaveView());
    expect(screen.queryAllByRole('button', { pressed: true })).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Reset the view' }));
    expect(screen.getByRole('button', { name: 'Front' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('are hidden when the body cannot be shown', () => {
    act(() => useViewStore.getState().setGraphics('unavailable'));
    render(<ViewControls />);
    expect(screen.queryByRole('group', { name: 'Turn the body' })).not.toBeInTheDocument();
  });
});
