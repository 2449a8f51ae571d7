// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/domain/session.ts';
import { resetSessionStore, useSessionStore } from '../../src/state/sessionStore.ts';
import { openDatabase } from '../../src/state/storage.ts';
import { PresentView } from '../../src/ui/PresentView.tsx';
import { loadAllMuscleWords } from '../helpers/english.ts';

beforeAll(loadAllMuscleWords);

let name = 0;

async function present(...found: [string, 'left' | 'right'][]) {
  for (const [triggerPointId, side] of found)
    await useSessionStore.getState().addFinding({ triggerPointId, side });
  const focus = vi.fn<(finding: Finding | undefined) => void>();
  render(<PresentView onFocus={focus} />);
  await screen.findByRole('heading', { level: 2 });
  const focused = () => focus.mock.lastCall?.[0]?.triggerPointId;
  return { focused };
}

const title = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('the present view', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetSessionStore(openDatabase(`ui-present-${name++}`));
  });

  it('opens on the first point in plain words: where it is, where it sends pain, what to do at home', async () => {
    const { focused } = await present(
      ['upper-trapezius-tp1', 'left'],
      ['infraspinatus-tp1', 'right'],
    );
    expect(title()).toBe('Point 1: Left top of shoulder');
    expect(focused()).toBe('upper-trapezius-tp1');
    const card = screen.getByRole('article');
    expect(card).toHaveTextContent('Muscle: Upper trapezius');
    expect(card).toHaveTextContent(/To your left side of neck, left ear, and left temple\./);
    expect(card).toHaveTextContent(/Sometimes also to your left eye and left jaw\./);
    expect(within(card).getByRole('heading', { name: 'What you can do at home' })).toBeVisible();
    expect(card).toHaveTextContent(/Press on it and hold for \d+ to \d+ seconds/);
    expect(screen.getByText('1 of 2')).toBeVisible();
    expect(screen.getByRole('link', { name: '← Back to the session' })).toHaveAttribute(
      'href',
      '/session',
    );
  });

  it('steps through the points with the arrow keys and the buttons, stopping at either end', async () => {
    const { focused } = await present(
      ['upper-trapezius-tp1', 'left'],
      ['infraspinatus-tp1', 'right'],
    );
    await userEvent.keyboard('{ArrowRight}');
    expect(title()).toMatch(/^Point 2: Right /);
    expect(focused()).toBe('infraspinatus-tp1');
    await userEvent.keyboard('{ArrowRight}');
    expect(title()).toMatch(/^Point 2: /);
    expect(screen.getByRole('button', { name: 'Next point' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Previous point' }));
    expect(title()).toBe('Point 1: Left top of shoulder');
    await userEvent.keyboard('{End}');
    expect(focused()).toBe('infraspinatus-tp1');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused()).toBe('upper-trapezius-tp1');
  });

  it('shows all the points together, and one of them again when it is chosen', async () => {
    const { focused } = await present(
      ['upper-trapezius-tp1', 'left'],
      ['infraspinatus-tp1', 'right'],
    );
    await userEvent.click(screen.getByRole('button', { name: 'All together' }));
    expect(focused()).toBeUndefined();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringMatching(
        /^1Point 1: Left top of shoulderCan send pain to your left side of neck/,
      ),
      expect.stringMatching(/^2Point 2: Right /),
    ]);
    expect(screen.getByText('2 points')).toBeVisible();
    await userEvent.click(within(items[1]!).getByRole('button'));
    expect(title()).toMatch(/^Point 2: Right /);
    expect(focused()).toBe('infraspinatus-tp1');
  });

  it('steps with a sideways swipe, not with a tap or a scroll', async () => {
    const { focused } = await present(
      ['upper-trapezius-tp1', 'left'],
      ['infraspinatus-tp1', 'right'],
    );
    const panel = screen.getByRole('region', { name: 'Your trigger points, explained' });
    const drag = (dx: number, dy: number) =>
      act(() => {
        panel.dispatchEvent(
          new MouseEvent('pointerdown', { bubbles: true, clientX: 300, clientY: 300 }),
        );
        panel.dispatchEvent(
          new MouseEvent('pointerup', { bubbles: true, clientX: 300 + dx, clientY: 300 + dy }),
        );
      });
    drag(0, 150);
    expect(focused()).toBe('upper-trapezius-tp1');
    drag(-120, 10);
    expect(focused()).toBe('infraspinatus-tp1');
    drag(120, 0);
    expect(focused()).toBe('upper-trapezius-tp1');
  });

  it('says so when the session has no points, with the way back', async () => {
    render(<PresentView onFocus={() => undefined} />);
    expect(
      await screen.findByRole('heading', { name: 'No trigger points in this session yet.' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Next point' })).toBeNull();
  });
});
