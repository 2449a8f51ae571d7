// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetNoticeStore, useNoticeStore } from '../../src/state/noticeStore.ts';
import { resetSafetyStore } from '../../src/state/safetyStore.ts';
import { resetSelectionStore, useSelectionStore } from '../../src/state/selectionStore.ts';
import { resetViewStore, useViewStore } from '../../src/state/viewStore.ts';
import { SidePanel } from '../../src/ui/SidePanel.tsx';
import { loadAllMuscleWords } from '../helpers/english.ts';

beforeAll(loadAllMuscleWords);

function renderPanel() {
  const onShowDisclaimer = vi.fn();
  render(<SidePanel onShowDisclaimer={onShowDisclaimer} />);
  return { onShowDisclaimer };
}

const select = (
  region: Parameters<ReturnType<typeof useSelectionStore.getState>['addArea']>[0]['region'],
  side: 'left' | 'right' = 'left',
) => act(() => useSelectionStore.getState().addArea({ region, side }));

describe('the side panel', () => {
  beforeEach(() => {
    resetSelectionStore();
    resetViewStore();
    resetNoticeStore();
  });

  it('asks where it hurts when nothing is selected', () => {
    renderPanel();
    expect(screen.getByRole('heading', { name: 'Where does it hurt?' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
  });

  it('shows each selected area as a chip that can be removed', async () => {
    renderPanel();
    select('temple');
    select('neck-side', 'right');
    expect(screen.getByText('Left temple')).toBeInTheDocument();
    expect(screen.getByText('Right side of neck')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove left temple' }));
    expect(useSelectionStore.getState().areas).toEqual([{ region: 'neck-side', side: 'right' }]);
    expect(screen.queryByText('Left temple')).not.toBeInTheDocument();
  });

  it('clears every area at once', async () => {
    renderPanel();
    select('temple');
    select('occiput');
    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(useSelectionStore.getState().areas).toEqual([]);
  });

  it('lists ranked trigger points with the reason, most likely first', () => {
    renderPanel();
    select('temple');
    select('neck-side');
    const likely = screen.getByRole('heading', { name: /^Most likely/ }).parentElement!;
    const first = within(likely).getAllByRole('button')[0]!;
    expect(first).toHaveTextContent(/Upper trapezius/i);
    expect(first).toHaveTextContent('Left side');
    expect(first).toHaveTextContent('Refers to: left temple (main) and left side of neck (main)');
  });

  it('groups spillover-only matches under "Also possible"', () => {
    renderPanel();
    select('occiput');
    const groups = screen
      .getAllByRole('heading', { level: 2, name: /^(Most likely|Also possible)/ })
      .map((h) => h.textContent);
    expect(groups).toEqual([
      expect.stringMatching(/^Most likely/),
      expect.stringMatching(/^Also possible/),
    ]);
    const possible = screen.getByRole('heading', { name: /^Also possible/ }).parentElement!;
    const items = within(possible).getAllByRole('button');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toHaveTextContent('(sometimes)');
  });

  it('opens a trigger point with its technique, red flags first, and goes back to the list', async () => {
    renderPanel();
    select('temple');
    await userEvent.click(screen.getAllByRole('button', { name: /Upper trapezius/i })[0]!);
    expect(useSelectionStore.getState().chosen).toMatchObject({ side: 'left' });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Before you start');
    for (const name of [
      'Where to find it',
      'Where it sends pain',
      'Pressure (ischaemic compression)',
      'Stretch',
      'Self-care',
      'What keeps it coming back',
      'About this muscle',
      'Sources',
    ]) {
      expect(headings).toContain(name);
    }
    const warnings = screen.getByRole('region', { name: 'Before you start' });
    expect(within(warnings).getByText(/sudden, severe headache/i)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(10);
    await userEvent.click(screen.getByRole('button', { name: '← All results' }));
    expect(useSelectionStore.getState().chosen).toBeNull();
    expect(screen.getByRole('heading', { name: /^Most likely/ })).toBeInTheDocument();
  });

  it('adds an area from the list exactly as a click on the body does', async () => {
    renderPanel();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'low-back');
    await userEvent.click(screen.getByRole('radio', { name: 'Right' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(useSelectionStore.getState().areas).toEqual([{ region: 'low-back', side: 'right' }]);
    expect(screen.getByText('Right low back')).toBeInTheDocument();
  });

  it('opens the list picker when the body cannot be shown', () => {
    act(() => useViewStore.getState().setGraphics('unavailable'));
    renderPanel();
    expect(screen.getByText('Pick an area from a list').closest('details')).toHaveAttribute('open');
  });

  it('shows notices and lets them be dismissed', async () => {
    renderPanel();
    act(() => useNoticeStore.getState().notify('notice.linkIgnored', { parts: 'the link' }));
    const text = 'Part of this link could not be read and was left out: the link.';
    expect(screen.getByText(text)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByText(text)).not.toBeInTheDocument();
  });

  it('always offers the disclaimer', async () => {
    const { onShowDisclaimer } = renderPanel();
    expect(screen.getByText(/does not diagnose/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Read the disclaimer' }));
    expect(onShowDisclaimer).toHaveBeenCalled();
  });
});

describe('the warnings before a technique', () => {
  beforeEach(() => {
    resetSelectionStore();
    resetViewStore();
    resetNoticeStore();
    resetSafetyStore();
  });

  const confirm = () =>
    userEvent.click(screen.getByRole('checkbox', { name: /none of them applies to me/ }));

  it('shows the warnings before the technique and hides its steps and timers until confirmed', async () => {
    render(<SidePanel onShowDisclaimer={() => {}} />);
    act(() => useSelectionStore.getState().addArea({ region: 'chest', side: 'left' }));
    await userEvent.click(screen.getAllByRole('button', { name: /Pectoralis major/i })[0]!);
    const warnings = screen.getByRole('region', { name: 'Before you start' });
    expect(within(warnings).getByText(/Chest pain or pressure/)).toBeInTheDocument();
    const heading = within(warnings).getByRole('heading', { name: 'Before you start' });
    const pressure = screen.getByRole('heading', { name: 'Pressure (ischaemic compression)' });
    expect(
      heading.compareDocumentPosition(pressure) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Start guided/ })).not.toBeInTheDocument();
    expect(document.querySelector('.steps')).toBeNull();
    expect(screen.getAllByText(/appear here once you have read the warnings/).length).toBe(2);
    await confirm();
    expect(screen.getAllByRole('button', { name: /Start guided/ }).length).toBe(2);
    expect(document.querySelectorAll('.steps').length).toBe(2);
  });

  it('warns about the place you press even when no painful area is selected (a search)', async () => {
    render(<SidePanel onShowDisclaimer={() => {}} />);
    act(() => useSelectionStore.getState().choose({ id: 'soleus-tp1', side: 'left' }));
    const warnings = screen.getByRole('region', { name: 'Before you start' });
    const clot = within(warnings)
      .getByText(/calf or leg that is hot, swollen/)
      .closest('li');
    expect(clot).toHaveTextContent('Shown because you press on your calf.');
    expect(screen.queryByRole('button', { name: /Start guided/ })).not.toBeInTheDocument();
  });

  it('asks again when a new area brings new warnings', async () => {
    render(<SidePanel onShowDisclaimer={() => {}} />);
    act(() => useSelectionStore.getState().addArea({ region: 'temple', side: 'left' }));
    await userEvent.click(screen.getAllByRole('button', { name: /Upper trapezius/i })[0]!);
    await confirm();
    expect(screen.getAllByRole('button', { name: /Start guided/ })[0]).toBeEnabled();
    act(() => useSelectionStore.getState().addArea({ region: 'chest', side: 'left' }));
    expect(screen.queryByRole('button', { name: /Start guided/ })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /none of them applies to me/ })).not.toBeChecked();
  });

  it('keeps a confirmation for this tab only, and says so', async () => {
    render(<SidePanel onShowDisclaimer={() => {}} />);
    act(() => useSelectionStore.getState().choose({ id: 'upper-trapezius-tp1', side: 'left' }));
    expect(screen.getByText(/Remembered only until you close this tab/)).toBeInTheDocument();
    await confirm();
    expect(
      JSON.parse(sessionStorage.getItem('referral-explorer:confirmed-warnings')!).data,
    ).toHaveLength(1);
  });
});

describe('emergencies first', () => {
  beforeEach(() => {
    resetSelectionStore();
    resetViewStore();
    resetSafetyStore();
  });

  it('names the heart emergency as soon as the chest is selected, before the results', () => {
    render(<SidePanel onShowDisclaimer={() => {}} />);
    act(() => useSelectionStore.getState().addArea({ region: 'chest', side: 'left' }));
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('Could this be an emergency?');
    expect(notice).toHaveTextContent(/Chest pain or pressure/);
    expect(notice).toHaveTextContent(/Call emergency services now/);
    const likely = screen.getByRole('heading', { name: /^Most likely/ });
    expect(notice.compareDocumentPosition(likely) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each([
    ['temple', /sudden, severe headache/i],
    ['low-back', /saddle area/i],
    ['calf', /calf or leg that is hot, swollen/i],
  ] as const)('names the emergency of the %s at once', (region, text) => {
    render(<SidePanel onShowDisclaimer={() => {}} />);
    act(() => useSelectionStore.getState().addArea({ region, side: 'right' }));
    expect(screen.getByRole('alert')).toHaveTextContent(text);
  });

  it('says nothing urgent for an area without an emergency', () => {
    render(<SidePanel onShowDisclaimer={() => {}} />);
    act(() => useSelectionStore.getState().addArea({ region: 'elbow-outer', side: 'left' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the emergency of a technique reached from search, with no area selected', () => {
    render(<SidePanel onShowDisclaimer={() => {}} />);
    act(() =>
      useSelectionStore.getState().choose({ id: 'pectoralis-major-sternal', side: 'left' }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/Chest pain or pressure/);
  });
});

describe('the results list', () => {
  beforeEach(() => {
    resetSelectionStore();
    resetSafetyStore();
  });

  it('offers common complaints as shortcuts that select their areas on the chosen side', async () => {
    render(<SidePanel onShowDisclaimer={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Both' }));
    await userEvent.click(screen.getByRole('button', { name: 'Headache at the temple' }));
    expect(useSelectionStore.getState().areas).toEqual([
      { region: 'temple', side: 'left' },
      { region: 'temple', side: 'right' },
    ]);
  });

  it('filters the results by body area', async () => {
    render(<SidePanel onShowDisclaimer={() => {}} />);
    act(() => useSelectionStore.getState().addArea({ region: 'shoulder-front', side: 'left' }));
    const filter = screen.getByRole('group', { name: 'Show muscles of' });
    const all = within(filter).getByRole('button', { name: /^All/ });
    expect(all).toHaveAttribute('aria-pressed', 'true');
    const before = screen.getAllByRole('button', { name: /side/ }).length;
    await userEvent.click(within(filter).getByRole('button', { name: 'Arm & hand' }));
    const after = screen.getAllByRole('button', { name: /side/ });
    expect(after.length).toBeLessThan(before);
    expect(
      after.every((b) =>
        /Biceps|Brachialis|Coracobrachialis|triceps|Brachio/i.test(b.textContent ?? ''),
      ),
    ).toBe(true);
  });

  it('switches a trigger point to the other side', async () => {
    render(<SidePanel onShowDisclaimer={() => {}} />);
    act(() => useSelectionStore.getState().choose({ id: 'supinator-tp1', side: 'left' }));
    await userEvent.click(screen.getByRole('button', { name: 'Your right' }));
    expect(useSelectionStore.getState().chosen).toEqual({ id: 'supinator-tp1', side: 'right' });
  });
});

describe('moving between results and the body', () => {
  beforeEach(() => {
    resetSelectionStore();
    resetViewStore();
    resetSafetyStore();
  });

  it('steps to the next and previous result without leaving the technique', async () => {
    render(<SidePanel onShowDisclaimer={() => {}} />);
    act(() => useSelectionStore.getState().addArea({ region: 'temple', side: 'left' }));
    await userEvent.click(screen.getAllByRole('button', { name: /side/ })[0]!);
    const first = useSelectionStore.getState().chosen;
    expect(screen.getByText(/^1 of \d+$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous result' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next result' }));
    expect(useSelectionStore.getState().chosen).not.toEqual(first);
    expect(screen.getByText(/^2 of \d+$/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Previous result' }));
    expect(useSelectionStore.getState().chosen).toEqual(first);
  });

  it('turns the body to an area when its chip is clicked', async () => {
    act(() => useViewStore.getState().setGraphics('ready'));
    render(<SidePanel onShowDisclaimer={() => {}} />);
    act(() => useSelectionStore.getState().addArea({ region: 'calf', side: 'right' }));
    await userEvent.click(screen.getByRole('button', { name: 'Right calf' }));
    expect(useViewStore.getState().command).toMatchObject({
      kind: 'focus-area',
      area: { region: 'calf', side: 'right' },
    });
  });
});
