// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetSelectionStore, useSelectionStore } from '../../src/state/selectionStore.ts';
import { SearchBox } from '../../src/ui/SearchBox.tsx';

describe('the search box', () => {
  beforeEach(() => resetSelectionStore());

  it('finds a complaint and opens a muscle that causes it, by keyboard alone', async () => {
    render(<SearchBox />);
    const input = screen.getByRole('combobox', { name: /Search muscles, areas and complaints/ });
    await userEvent.type(input, 'tennis elbow');
    // The search engine and its words load on first use.
    const options = await screen.findAllByRole('option');
    expect(options.some((o) => /Supinator/.test(o.textContent ?? ''))).toBe(true);
    const target = options.findIndex((o) => /Supinator/.test(o.textContent ?? ''));
    for (let i = 0; i < target; i++) await userEvent.keyboard('{ArrowDown}');
    expect(options[target]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[target]!.id);
    await userEvent.keyboard('{Enter}');
    expect(useSelectionStore.getState().chosen).toMatchObject({
      id: expect.stringMatching(/^supinator-/),
    });
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('offers an area on either side and selects it as a click on the body would', async () => {
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'outer elbow');
    await userEvent.click(await screen.findByRole('option', { name: /Right outer elbow/ }));
    expect(useSelectionStore.getState().areas).toEqual([{ region: 'elbow-outer', side: 'right' }]);
  });

  it('forgives a typo', async () => {
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'sternocleidomastiod');
    expect((await screen.findAllByRole('option'))[0]).toHaveTextContent('Sternocleidomastoid');
  });

  it('says so when nothing matches, and Escape closes the list', async () => {
    render(<SearchBox />);
    const input = screen.getByRole('combobox');
    await userEvent.type(input, 'qqqxzzv');
    expect(await screen.findByText(/Nothing found/)).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('opens a muscle on the side that already hurts', async () => {
    useSelectionStore.getState().addArea({ region: 'temple', side: 'right' });
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'temporalis');
    await screen.findAllByRole('option');
    await userEvent.keyboard('{Enter}');
    expect(useSelectionStore.getState().chosen).toMatchObject({ side: 'right' });
  });

  it('offers a muscle on each side while no side hurts yet, and opens the one picked', async () => {
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'temporalis');
    expect(await screen.findByRole('option', { name: /Temporalis · your left/ })).toBeVisible();
    await userEvent.click(screen.getByRole('option', { name: /Temporalis · your right/ }));
    expect(useSelectionStore.getState().chosen).toMatchObject({
      id: expect.stringMatching(/^temporalis-/),
      side: 'right',
    });
  });

  it('selects the areas of an everyday name for a pain, on the side picked or both', async () => {
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'migraine');
    await userEvent.click(await screen.findByRole('option', { name: /Migraine · both sides/ }));
    const areas = useSelectionStore.getState().areas;
    expect(areas).toHaveLength(6);
    expect(areas).toContainEqual({ region: 'temple', side: 'right' });
    expect(areas).toContainEqual({ region: 'eye', side: 'left' });
  });

  it('takes "heart" to the chest', async () => {
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'heart');
    const [first] = await screen.findAllByRole('option');
    expect(first).toHaveTextContent(/Chest pain · left side/);
    await userEvent.keyboard('{Enter}');
    expect(useSelectionStore.getState().areas).toEqual([
      { region: 'chest', side: 'left' },
      { region: 'sternum', side: 'left' },
    ]);
  });
});
