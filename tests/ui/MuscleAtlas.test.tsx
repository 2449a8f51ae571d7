// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { PATTERN_PALETTE } from '../../src/scene/regionMaterial.ts';
import { resetStudyStore, useStudyStore } from '../../src/state/studyStore.ts';
import { resetViewStore, useViewStore } from '../../src/state/viewStore.ts';
import { StudyPanel } from '../../src/ui/StudyPanel.tsx';
import { loadAllMuscleWords } from '../helpers/english.ts';

beforeAll(loadAllMuscleWords);

describe('the atlas for students', () => {
  beforeEach(() => {
    resetStudyStore();
    resetViewStore();
  });

  it('lists every muscle under its body area, with a heading per area', () => {
    render(<StudyPanel />);
    expect(screen.getByRole('heading', { name: 'All muscles' })).toBeInTheDocument();
    expect(screen.getByText(`${atlas.muscles.length} muscles`)).toBeInTheDocument();
    const head = screen.getByRole('region', { name: 'Head & neck' });
    expect(within(head).getByRole('button', { name: /Upper trapezius/ })).toBeInTheDocument();
    expect(within(head).queryByRole('button', { name: /Gastrocnemius/ })).not.toBeInTheDocument();
  });

  it('marks the muscles only therapists should work on', () => {
    render(<StudyPanel />);
    const longus = screen.getByRole('button', { name: /Longus colli/ });
    expect(longus).toHaveTextContent('Therapists only');
    expect(screen.getByRole('button', { name: /Upper trapezius/ })).not.toHaveTextContent(
      'Therapists only',
    );
  });

  it('narrows the list as you type, and says when nothing matches', async () => {
    render(<StudyPanel />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a muscle' }), 'trap');
    expect(screen.getByText('3 muscles')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox'), 'qqq');
    expect(screen.getByText('No muscles')).toBeInTheDocument();
    expect(screen.getByText(/No muscle matches/)).toBeInTheDocument();
  });

  it('narrows the list to one body area', async () => {
    render(<StudyPanel />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Body area' }), 'thigh');
    const count = atlas.muscles.filter((m) => m.group === 'thigh').length;
    expect(screen.getByText(`${count} muscles`)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Thigh',
    ]);
  });

  it('opens a muscle with the keyboard: its anatomy, every trigger point numbered with where it refers, sources', async () => {
    render(<StudyPanel />);
    screen.getByRole('button', { name: /Upper trapezius/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(useStudyStore.getState().muscleId).toBe('upper-trapezius');
    const title = await screen.findByRole('heading', { level: 2, name: 'Upper trapezius' });
    expect(title).toHaveFocus();
    expect(await screen.findByText('Starts at')).toBeInTheDocument();
    expect(screen.getByText('Nerve')).toBeInTheDocument();
    const points = screen.getByRole('heading', { name: 'Its 2 trigger points' });
    expect(points).toBeInTheDocument();
    const main = screen.getByText((_, el) =>
      Boolean(
        el?.tagName === 'P' &&
        /^\s*Main pain: Left side of neck, Left ear, and Left temple/.test(el.textContent ?? ''),
      ),
    );
    // Each area opens its page: every muscle that refers there.
    expect(within(main).getByRole('link', { name: 'Left temple' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/learn\/region\/temple$/),
    );
    expect(screen.getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    // The body turns to the first trigger point.
    expect(useViewStore.getState().command?.kind).toBe('focus-trigger-point');
  });

  it('shows one trigger point alone and all again, and switches the side', async () => {
    act(() => useStudyStore.getState().open('upper-trapezius'));
    render(<StudyPanel />);
    const alone = screen.getByRole('button', { name: /Show only 2/ });
    expect(alone).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(alone);
    expect(useStudyStore.getState().focus).toBe('upper-trapezius-tp2');
    expect(alone).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Show all on the body' }));
    expect(useStudyStore.getState().focus).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Your right' }));
    expect(screen.getAllByRole('link', { name: 'Right side of neck' })[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/\/learn\/region\/neck-side\?side=right$/),
    );
  });

  it('steps to the next and previous muscle of the filtered list, and back to the list', async () => {
    render(<StudyPanel />);
    await userEvent.type(screen.getByRole('searchbox'), 'trapezius');
    // Head & neck comes before the shoulder: upper, then lower and middle trapezius.
    await userEvent.click(screen.getByRole('button', { name: /Upper trapezius/ }));
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous muscle' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next muscle' }));
    expect(useStudyStore.getState().muscleId).toBe('lower-trapezius');
    expect(screen.getByText('2 of 3')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next muscle' }));
    expect(screen.getByRole('button', { name: 'Next muscle' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Previous muscle' }));
    expect(useStudyStore.getState().muscleId).toBe('lower-trapezius');
    await userEvent.click(screen.getByRole('button', { name: '← All muscles' }));
    expect(screen.getByRole('heading', { name: 'All muscles' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('trapezius');
    expect(screen.getByRole('button', { name: /Lower trapezius/ })).toHaveFocus();
  });

  it('links to the technique in the explorer, where the warnings come first', () => {
    act(() => useStudyStore.getState().open('masseter'));
    render(<StudyPanel />);
    const first = atlas.muscles.find((m) => m.id === 'masseter')!.triggerPoints[0]!.id;
    expect(
      screen.getByRole('link', { name: 'Open the technique in the explorer: Masseter' }),
    ).toHaveAttribute('href', `/?tp=left.${first}`);
  });

  it('colours the card’s numbers exactly as the body colours the patterns', () => {
    const css = readFileSync('src/ui/findings.css', 'utf8');
    const colours = [
      ...css.matchAll(/\.pattern-(\d)\s*\{\s*--pattern:\s*(#[0-9a-f]{6});\s*\}/g),
    ].map((m) => [Number(m[1]), m[2]]);
    expect(colours).toEqual(PATTERN_PALETTE.map((hex, i) => [i, hex]));
  });
});

describe('progress and areas in the atlas', () => {
  beforeEach(async () => {
    resetStudyStore();
    resetViewStore();
    const { resetLearnStore } = await import('../../src/state/learnStore.ts');
    const { IDBFactory } = await import('fake-indexeddb');
    globalThis.indexedDB = new IDBFactory();
    resetLearnStore();
  });

  it('shows each muscle’s progress and the learned count per area; forgets it only when confirmed', async () => {
    const { useLearnStore } = await import('../../src/state/learnStore.ts');
    await act(() => useLearnStore.getState().answer('pattern:upper-trapezius-tp1', 'wrong'));
    render(<StudyPanel />);
    const trapezius = await screen.findByRole('button', { name: /Upper trapezius/ });
    await within(trapezius).findByText('Asked 1 of 6');
    expect(screen.getByRole('button', { name: /Masseter/ })).toHaveTextContent('New');
    const head = screen.getByRole('region', { name: 'Head & neck' });
    expect(within(head).getByText(/^0 of \d+ learned$/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Forget my progress' }));
    const ask = screen.getByRole('alertdialog', { name: 'Forget my progress' });
    await userEvent.click(within(ask).getByRole('button', { name: 'Keep it' }));
    expect(Object.keys(useLearnStore.getState().memory)).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Forget my progress' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, forget it' }));
    expect(useLearnStore.getState().memory).toEqual({});
    expect(await screen.findByText(/Your progress is forgotten/)).toBeInTheDocument();
    expect(within(trapezius).getByText('New')).toBeInTheDocument();
  });

  it('lists the areas where it hurts, narrowed as you type, each a link to its page', async () => {
    render(<StudyPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Where it hurts' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Where it hurts' })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find an area' }), 'temp');
    expect(screen.getByText('1 area')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /temple/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/learn\/region\/temple$/),
    );
  });
});
