// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { englishAtlas } from '../../scripts/i18n/english.ts';
import { decodePlan, encodePlan, type Plan } from '../../src/domain/planLink.ts';
import { atlasIndex } from '../../src/state/atlasStore.ts';
import { resetSafetyStore } from '../../src/state/safetyStore.ts';
import {
  currentSession,
  resetSessionStore,
  useSessionStore,
} from '../../src/state/sessionStore.ts';
import { openDatabase } from '../../src/state/storage.ts';
import { resetViewStore } from '../../src/state/viewStore.ts';
import { HomePlan } from '../../src/ui/HomePlan.tsx';
import { SharePlan } from '../../src/ui/SharePlan.tsx';
import { loadAllMuscleWords } from '../helpers/english.ts';

beforeAll(loadAllMuscleWords);

const flagTitle = (id: string) => englishAtlas.redFlags.find((f) => f.id === id)!.title;
const ids = () => atlasIndex().triggerPoints.map((e) => e.triggerPoint.id);

const plan: Plan = {
  points: [
    { triggerPointId: 'upper-trapezius-tp1', side: 'left' },
    { triggerPointId: 'pectoralis-major-sternal', side: 'right' },
  ],
  areas: [{ region: 'temple', side: 'left' }],
  figure: 'male',
};

describe('the home plan page', () => {
  beforeEach(() => {
    resetSafetyStore();
  });

  it('shows the warnings of every point first, and each point’s steps only once they are confirmed', async () => {
    render(<HomePlan code={encodePlan(plan)} />);
    const warnings = document.getElementById('before-you-start')!;
    expect(within(warnings).getByRole('heading', { name: 'Before you start' })).toBeVisible();
    // The chest point brings in the heart warning, the temple that of a sudden headache.
    await waitFor(() => expect(warnings).toHaveTextContent(flagTitle('heart-attack')));
    expect(warnings).toHaveTextContent(flagTitle('sudden-severe-headache'));
    const points = await screen.findAllByRole('heading', { level: 2, name: /^Point \d/ });
    expect(points.map((p) => p.textContent)).toEqual([
      'Point 1: Left top of shoulder',
      expect.stringMatching(/^Point 2: Right /),
    ]);
    // The warnings come before the first point on the page.
    expect(
      warnings.compareDocumentPosition(points[0]!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await screen.findAllByRole('heading', { name: 'Stretch' });
    expect(document.querySelector('.steps')).toBeNull();
    expect(screen.queryAllByText(/^Start guided/)).toEqual([]);
    expect(screen.getAllByText(/appear here once you have read the warnings/).length).toBe(4);

    await userEvent.click(
      within(warnings).getByRole('checkbox', {
        name: 'I have read these warnings and none of them applies to me.',
      }),
    );
    expect(document.querySelectorAll('.steps').length).toBe(4);
    expect(screen.getAllByText(/^Start guided/).length).toBe(4);
    expect(screen.getAllByRole('heading', { name: 'Self-care' }).length).toBe(2);
  });

  it('says a damaged link is damaged, and offers a way on instead of a blank page', () => {
    const code = encodePlan(plan);
    const damaged = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
    render(<HomePlan code={damaged} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This plan link is damaged: some of its characters have changed.',
    );
    expect(screen.getByRole('link', { name: 'Go to Find the source' })).toBeVisible();
    expect(document.getElementById('before-you-start')).toBeNull();
  });

  it.each([
    ['', 'This link has no plan in it.'],
    ['see you tuesday', 'This is not a home plan link from Referral Explorer.'],
    ['7AAAA', 'made with a newer version of Referral Explorer'],
  ])('explains the code %j', (code, message) => {
    render(<HomePlan code={code} />);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
  });

  it('says when the link is cut off', () => {
    render(<HomePlan code={encodePlan(plan).slice(0, 9)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This plan link is incomplete');
  });

  it('shows the points it knows and says how many it had to leave out', async () => {
    const code = encodePlan({
      ...plan,
      points: [...plan.points, { triggerPointId: 'from-a-newer-atlas', side: 'left' }],
    });
    render(<HomePlan code={code} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'One part of this plan was made with a newer version of the app',
    );
    expect(await screen.findAllByRole('heading', { level: 2, name: /^Point \d/ })).toHaveLength(2);
  });
});

describe('sharing the session as a home plan', () => {
  let name = 0;
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetSessionStore(openDatabase(`ui-share-${name++}`));
    resetViewStore();
  });

  it('gives a link and a QR code holding the points, sides and areas, and nothing else', async () => {
    await useSessionStore
      .getState()
      .addFinding({ triggerPointId: 'upper-trapezius-tp1', side: 'left' }, [
        { region: 'temple', side: 'left' },
      ]);
    await useSessionStore
      .getState()
      .addFinding({ triggerPointId: 'infraspinatus-tp1', side: 'right' });
    await useSessionStore
      .getState()
      .editFinding(currentSession(useSessionStore.getState().book).findings[0]!.id, {
        note: 'active',
        pain: 7,
      });
    const session = currentSession(useSessionStore.getState().book);
    render(<SharePlan session={session} />);
    const link = screen.getByRole('textbox', {
      name: 'Link to the home plan',
    }) as HTMLTextAreaElement;
    const url = new URL(link.value);
    expect(url.hash).toMatch(/^#\/plan\?p=1[\w-]+$/);
    const code = new URLSearchParams(url.hash.split('?')[1]).get('p')!;
    expect(decodePlan(code, ids())).toEqual({
      ok: true,
      plan: {
        points: [
          { triggerPointId: 'upper-trapezius-tp1', side: 'left' },
          { triggerPointId: 'infraspinatus-tp1', side: 'right' },
        ],
        areas: [{ region: 'temple', side: 'left' }],
        figure: 'male',
      },
      unknownPoints: 0,
      unknownAreas: 0,
    });
    expect(link.value).not.toMatch(/active/);
    const qr = await screen.findByRole('img', {
      name: 'QR code of the home plan link, to scan with a phone',
    });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    act(() => undefined);
  });
});
