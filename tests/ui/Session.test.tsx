// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PATTERN_PALETTE } from '../../src/scene/regionMaterial.ts';
import { resetSelectionStore, useSelectionStore } from '../../src/state/selectionStore.ts';
import {
  currentSession,
  resetSessionStore,
  sessionsSaved,
  useSessionStore,
} from '../../src/state/sessionStore.ts';
import { openDatabase } from '../../src/state/storage.ts';
import { resetViewStore } from '../../src/state/viewStore.ts';
import { AddToSession } from '../../src/ui/AddToSession.tsx';
import { SessionPanel } from '../../src/ui/SessionPanel.tsx';
import { loadAllMuscleWords } from '../helpers/english.ts';

beforeAll(loadAllMuscleWords);

let name = 0;
const points = () =>
  currentSession(useSessionStore.getState().book).findings.map(
    (f) => `${f.side}.${f.triggerPointId}`,
  );

async function withFindings(...found: [string, 'left' | 'right'][]) {
  for (const [triggerPointId, side] of found)
    await useSessionStore.getState().addFinding({ triggerPointId, side });
}

describe('adding a trigger point to the session', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetSessionStore(openDatabase(`ui-session-${name++}`));
    resetSelectionStore();
  });

  it('adds the point on its side with the selected areas in one click, then gives its number', async () => {
    act(() => useSelectionStore.getState().addArea({ region: 'temple', side: 'left' }));
    await withFindings(['infraspinatus-tp1', 'right']);
    render(<AddToSession triggerPointId="upper-trapezius-tp1" side="left" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add to session' }));
    expect(points()).toEqual(['right.infraspinatus-tp1', 'left.upper-trapezius-tp1']);
    expect(currentSession(useSessionStore.getState().book).areas).toEqual([
      { region: 'temple', side: 'left' },
    ]);
    expect(await screen.findByText('In the session as number 2.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the session' })).toHaveAttribute(
      'href',
      '/session',
    );
  });

  it('offers the other side as a point of its own', async () => {
    await withFindings(['upper-trapezius-tp1', 'left']);
    render(<AddToSession triggerPointId="upper-trapezius-tp1" side="right" />);
    expect(await screen.findByRole('button', { name: 'Add to session' })).toBeEnabled();
  });
});

describe('the session panel', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetSessionStore(openDatabase(`ui-panel-${name++}`));
    resetViewStore();
  });

  it('says how to begin when the session is empty', async () => {
    render(<SessionPanel />);
    expect(await screen.findByRole('heading', { name: 'No trigger points yet' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to Find the source' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Present to the client' })).toBeNull();
  });

  it('lists the findings numbered as on the body, each with its muscle, side and pattern', async () => {
    await withFindings(['upper-trapezius-tp1', 'left'], ['infraspinatus-tp1', 'right']);
    render(<SessionPanel />);
    const list = await screen.findByRole('list', { name: '' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^1.*1\. Upper trapezius, left/i);
    expect(items[0]).toHaveTextContent(/refers to .*left temple/);
    expect(items[1]).toHaveTextContent(/2\. Infraspinatus, right/i);
    expect(items[1]!.querySelector('.finding-number')).toHaveClass('pattern-1');
    expect(screen.getByRole('heading', { name: '2 trigger points found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Present to the client' })).toHaveAttribute(
      'href',
      '/session/present',
    );
  });

  it('reorders, annotates, rates and removes findings', async () => {
    await withFindings(['upper-trapezius-tp1', 'left'], ['infraspinatus-tp1', 'right']);
    render(<SessionPanel />);
    await userEvent.click(await screen.findByRole('button', { name: 'Move number 2 up' }));
    expect(points()).toEqual(['right.infraspinatus-tp1', 'left.upper-trapezius-tp1']);
    expect(screen.getByRole('button', { name: 'Move number 1 up' })).toBeDisabled();

    const notes = screen.getAllByRole('textbox', { name: 'Note' });
    await userEvent.type(notes[1]!, 'active');
    await userEvent.selectOptions(
      screen.getAllByRole('combobox', { name: 'Tender to pressure' })[1]!,
      '7 out of 10',
    );
    expect(currentSession(useSessionStore.getState().book).findings[1]).toMatchObject({
      triggerPointId: 'upper-trapezius-tp1',
      note: 'active',
      pain: 7,
    });

    await userEvent.click(screen.getByRole('button', { name: 'Remove number 1' }));
    expect(points()).toEqual(['left.upper-trapezius-tp1']);
    await sessionsSaved();
  });

  it('asks before clearing the findings, and keeps them when told to', async () => {
    await withFindings(['upper-trapezius-tp1', 'left']);
    render(<SessionPanel />);
    await userEvent.click(await screen.findByRole('button', { name: 'Clear the findings' }));
    const ask = screen.getByRole('alertdialog');
    expect(ask).toHaveTextContent('Remove the 1 trigger point');
    await userEvent.click(within(ask).getByRole('button', { name: 'Keep it' }));
    expect(points()).toEqual(['left.upper-trapezius-tp1']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear the findings' }));
    await userEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Clear' }),
    );
    expect(points()).toEqual([]);
  });

  it('names, starts and switches between sessions', async () => {
    await withFindings(['upper-trapezius-tp1', 'left']);
    render(<SessionPanel />);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Session name' }), 'Anna');
    await userEvent.click(screen.getByRole('button', { name: 'New session' }));
    expect(points()).toEqual([]);
    const chooser = screen.getByRole('combobox', { name: 'Sessions on this device' });
    await userEvent.selectOptions(chooser, 'Anna');
    expect(points()).toEqual(['left.upper-trapezius-tp1']);
    expect(screen.getByRole('textbox', { name: 'Session name' })).toHaveValue('Anna');
  });

  it('tells the therapist when the saved sessions were damaged, and that the copy is kept', async () => {
    const db = openDatabase(`ui-damaged-${name++}`);
    const { createStore, set } = await import('idb-keyval');
    await set('sessions', '{"app":"referral-ex', createStore(`ui-damaged-${name - 1}`, 'data'));
    resetSessionStore(db);
    render(<SessionPanel />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The saved sessions could not be read: the saved copy is damaged. The app has kept that copy safe, unchanged, and started a new session.',
    );
    expect(screen.getByRole('heading', { name: 'No trigger points yet' })).toBeVisible();
  });
});

describe('the numbers beside the findings', () => {
  it('use the body’s pattern colours, in the same order', () => {
    const css = readFileSync('src/ui/findings.css', 'utf8');
    const colours = PATTERN_PALETTE.map((_, i) => {
      const match = new RegExp(`\\.pattern-${i} \\{\\s*--pattern: (#[0-9a-f]{6});`).exec(css);
      return match?.[1];
    });
    expect(colours).toEqual(PATTERN_PALETTE);
  });
});
