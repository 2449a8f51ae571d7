// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetSafetyStore } from '../../src/state/safetyStore.ts';
import { resetSelectionStore, useSelectionStore } from '../../src/state/selectionStore.ts';
import { resetViewStore } from '../../src/state/viewStore.ts';
import { SidePanel } from '../../src/ui/SidePanel.tsx';
import { loadAllMuscleWords } from '../helpers/english.ts';

beforeAll(loadAllMuscleWords);

const add = (region: 'temple' | 'neck-side' | 'occiput') =>
  act(() => useSelectionStore.getState().addArea({ region, side: 'left' }));
const focused = () => document.activeElement;

describe('keyboard focus after an action', () => {
  beforeEach(() => {
    resetSelectionStore();
    resetViewStore();
    resetSafetyStore();
    render(<SidePanel onShowDisclaimer={() => {}} />);
  });

  it('opening a result moves focus to the technique heading', async () => {
    add('temple');
    await userEvent.click(screen.getAllByRole('button', { name: /Upper trapezius/ })[0]!);
    expect(focused()).toBe(screen.getByRole('heading', { level: 2, name: /Upper trapezius/ }));
  });

  it('going back to the results focuses the card of the muscle that was open', async () => {
    add('temple');
    await userEvent.click(screen.getAllByRole('button', { name: /Temporalis/ })[0]!);
    await userEvent.click(screen.getByRole('button', { name: '← All results' }));
    expect(focused()).toHaveClass('result');
    expect(focused()).toHaveTextContent(/^Temporalis/);
  });

  it('switching side, point or result keeps focus on the control that was used', async () => {
    add('temple');
    await userEvent.click(screen.getAllByRole('button', { name: /Temporalis/ })[0]!);
    await userEvent.click(screen.getByRole('button', { name: 'Your right' }));
    expect(focused()).toBe(screen.getByRole('button', { name: 'Your right' }));
    const points = screen.getByRole('group', { name: /Trigger points of/ });
    const second = points.querySelectorAll('button')[1]!;
    const name = second.textContent!;
    await userEvent.click(second);
    expect(focused()).toHaveTextContent(name);
    expect(focused()).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Next result' }));
    expect(focused()).toBe(screen.getByRole('button', { name: 'Next result' }));
  });

  it('removing a chip focuses the next one, and removing the last the start heading', async () => {
    add('temple');
    add('neck-side');
    await userEvent.click(screen.getByRole('button', { name: 'Remove left temple' }));
    expect(focused()).toBe(screen.getByRole('button', { name: 'Remove left side of neck' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove left side of neck' }));
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Where does it hurt?' }));
  });

  it('clearing every area focuses the start heading', async () => {
    add('temple');
    add('occiput');
    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Where does it hurt?' }));
  });
});
