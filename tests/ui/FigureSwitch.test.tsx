// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetViewStore, useViewStore } from '../../src/state/viewStore.ts';
import { FigureSwitch } from '../../src/ui/FigureSwitch.tsx';

describe('the figure switch', () => {
  beforeEach(() => {
    resetViewStore();
    act(() => {
      useViewStore.getState().setGraphics('ready');
      useViewStore.getState().setModel('ready');
    });
  });

  it('shows the male figure first and switches to the female one, which then loads', async () => {
    render(<FigureSwitch />);
    expect(screen.getByRole('button', { name: 'Male figure' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Female figure' }));
    expect(useViewStore.getState().figure).toBe('female');
    expect(useViewStore.getState().model).toBe('loading');
    const female = screen.getByRole('button', { name: 'Female figure' });
    expect(female).toHaveAttribute('aria-pressed', 'true');
    expect(female).toHaveAttribute('aria-busy', 'true');
  });

  it('does nothing when the figure shown is chosen again', async () => {
    render(<FigureSwitch />);
    await userEvent.click(screen.getByRole('button', { name: 'Male figure' }));
    expect(useViewStore.getState().model).toBe('ready');
  });

  it('is hidden when the body cannot be shown', () => {
    act(() => useViewStore.getState().setGraphics('unavailable'));
    render(<FigureSwitch />);
    expect(screen.queryByRole('group', { name: 'Figure' })).toBeNull();
  });
});
