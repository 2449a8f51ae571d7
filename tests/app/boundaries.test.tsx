// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import type * as AddressModule from '../../src/app/useExplorerAddress.ts';
import type * as SidePanelModule from '../../src/ui/SidePanel.tsx';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { navigate } from '../../src/app/hashLocation.ts';
import { resetNoticeStore } from '../../src/state/noticeStore.ts';
import { resetSelectionStore, useSelectionStore } from '../../src/state/selectionStore.ts';
import { resetViewStore, useViewStore } from '../../src/state/viewStore.ts';

// Each area can be made to throw while it renders, as a bug in it would.
const faults = vi.hoisted(() => ({ body: false, panel: false, page: false }));

vi.mock('../../src/app/ExplorerBody.tsx', () => ({
  ExplorerBody: () => {
    if (faults.body) throw new Error('the body broke');
    return <canvas data-testid="body-canvas" />;
  },
}));

vi.mock('../../src/ui/SidePanel.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof SidePanelModule>();
  return {
    SidePanel: (props: ComponentProps<typeof actual.SidePanel>) => {
      // Rendered again on every change of the selection, as the real panel is.
      useSelectionStore((s) => s.areas);
      if (faults.panel) throw new Error('the panel broke');
      return <actual.SidePanel {...props} />;
    },
  };
});

vi.mock('../../src/app/useExplorerAddress.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof AddressModule>();
  return {
    useExplorerAddress: () => {
      if (faults.page) throw new Error('the page broke');
      actual.useExplorerAddress();
    },
  };
});

let consoleError: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  Object.assign(faults, { body: false, panel: false, page: false });
  window.history.replaceState(null, '', '/#/');
  resetSelectionStore();
  resetViewStore();
  resetNoticeStore();
  // React reports a caught error on the console, and so does the boundary: expected here.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => consoleError.mockRestore());

const failure = (area: string) =>
  screen.queryAllByRole('alert').find((el) => el.getAttribute('data-failed-area') === area);

describe('an error boundary around each area', () => {
  it('a failing body leaves the panel usable, opens its list of areas, and comes back on "Try again"', async () => {
    faults.body = true;
    render(<App />);
    const alert = failure('body')!;
    expect(alert).toBeDefined();
    expect(within(alert).getByRole('heading')).toHaveTextContent('The 3D body stopped working');
    expect(alert).toHaveTextContent('pick where it hurts from the list');
    expect(useViewStore.getState().model).toBe('error');
    expect(consoleError).toHaveBeenCalled();

    // The panel still works: the list of areas is open, and picking one ranks its causes.
    const panel = screen.getByRole('complementary', { name: 'Results and techniques' });
    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'Area' }), 'heel');
    await userEvent.click(within(panel).getByRole('button', { name: 'Add' }));
    expect(useSelectionStore.getState().areas).toEqual([{ region: 'heel', side: 'left' }]);
    expect(within(panel).getByText('Left heel')).toBeInTheDocument();

    faults.body = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(screen.getByTestId('body-canvas')).toBeInTheDocument();
    expect(failure('body')).toBeUndefined();
    expect(useViewStore.getState().model).toBe('loading');
    // Nothing chosen meanwhile was lost.
    expect(useSelectionStore.getState().areas).toEqual([{ region: 'heel', side: 'left' }]);
  });

  it('a failing panel leaves the body and its view buttons usable, and comes back on "Try again"', async () => {
    faults.panel = true;
    render(<App />);
    const alert = failure('panel')!;
    expect(within(alert).getByRole('heading')).toHaveTextContent('The panel stopped working');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(screen.getByTestId('body-canvas')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(useViewStore.getState().view).toBe('back');

    faults.panel = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('complementary', { name: 'Results and techniques' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Where does it hurt?' })).toBeInTheDocument();
  });

  it('a failing page leaves the header usable (About opens) and tries again by itself on another address', async () => {
    faults.page = true;
    render(<App />);
    const alert = failure('page')!;
    expect(within(alert).getByRole('heading')).toHaveTextContent('This page stopped working');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /About/ }));
    expect(screen.getByRole('dialog', { name: /About/ })).toBeInTheDocument();

    // Going elsewhere (the unknown page sends you back to the explorer) mounts the page anew.
    faults.page = false;
    act(() => navigate('/no-such-page'));
    expect(failure('page')).toBeUndefined();
    expect(await screen.findByRole('heading', { name: 'Where does it hurt?' })).toBeInTheDocument();
  });

  it('offers to reload the page, with the view kept in the address', () => {
    faults.panel = true;
    window.history.replaceState(null, '', '/#/?areas=left.temple');
    render(<App />);
    const alert = failure('panel')!;
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeEnabled();
    expect(alert).toHaveTextContent('your selection is kept in the address');
    expect(window.location.hash).toBe('#/?areas=left.temple');
  });

  it('moves focus to the message when the failure took the focused control with it', async () => {
    render(<App />);
    const search = screen.getByRole('combobox', { name: /Search/ });
    search.focus();
    // The panel fails on its next render, taking the focused search box with it.
    faults.panel = true;
    act(() => useSelectionStore.getState().addArea({ region: 'temple', side: 'left' }));
    const alert = failure('panel')!;
    expect(within(alert).getByRole('heading')).toHaveFocus();
  });
});
