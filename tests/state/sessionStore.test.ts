import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  currentSession,
  resetSessionStore,
  sessionsSaved,
  useSessionStore,
} from '../../src/state/sessionStore.ts';
import { openDatabase } from '../../src/state/storage.ts';

let name = 0;
const freshDatabase = () => {
  const dbName = `sessions-test-${name++}`;
  return { db: openDatabase(dbName), raw: createStore(dbName, 'data') };
};
const store = () => useSessionStore.getState();
const open = () => currentSession(store().book);
const points = () => open().findings.map((f) => `${f.side}.${f.triggerPointId}`);

describe('the session store', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('keeps findings, their order, notes and the client areas on the device across a reload', async () => {
    const { db } = freshDatabase();
    resetSessionStore(db);
    await store().addFinding({ triggerPointId: 'upper-trapezius-tp1', side: 'left' }, [
      { region: 'temple', side: 'left' },
    ]);
    await store().addFinding({ triggerPointId: 'infraspinatus-tp1', side: 'right' });
    const first = open().findings[0]!.id;
    await store().editFinding(first, { note: 'active, reproduces the headache', pain: 7 });
    await store().moveFinding(first, 1);
    await store().renameSession('Tuesday');
    await sessionsSaved();

    resetSessionStore(db);
    await store().open();
    expect(store().persistence).toBe('device');
    expect(store().problems).toEqual([]);
    expect(open().name).toBe('Tuesday');
    expect(points()).toEqual(['right.infraspinatus-tp1', 'left.upper-trapezius-tp1']);
    expect(open().findings[1]).toMatchObject({ note: 'active, reproduces the headache', pain: 7 });
    expect(open().areas).toEqual([{ region: 'temple', side: 'left' }]);
  });

  it('adds a finding made while the stored sessions are still loading to them, not over them', async () => {
    const { db } = freshDatabase();
    resetSessionStore(db);
    await store().addFinding({ triggerPointId: 'upper-trapezius-tp1', side: 'left' });
    await sessionsSaved();
    resetSessionStore(db);
    // No open() first: the add has to wait for the load.
    await store().addFinding({ triggerPointId: 'infraspinatus-tp1', side: 'left' });
    expect(points()).toEqual(['left.upper-trapezius-tp1', 'left.infraspinatus-tp1']);
  });

  it('keeps several named sessions; switching, clearing and deleting touch only the open one', async () => {
    const { db } = freshDatabase();
    resetSessionStore(db);
    await store().renameSession('Anna');
    await store().addFinding({ triggerPointId: 'upper-trapezius-tp1', side: 'left' });
    const anna = store().book.currentId;
    await store().newSession('Ben');
    expect(open().name).toBe('Ben');
    expect(points()).toEqual([]);
    await store().addFinding({ triggerPointId: 'infraspinatus-tp1', side: 'right' });
    await store().switchSession(anna);
    expect(points()).toEqual(['left.upper-trapezius-tp1']);
    await store().clearSession();
    expect(points()).toEqual([]);
    expect(open().name).toBe('Anna');
    await store().deleteSession();
    expect(store().book.sessions.map((s) => s.name)).toEqual(['Ben']);
    expect(points()).toEqual(['right.infraspinatus-tp1']);
    // Deleting the last session leaves a fresh, empty one open: there is always one.
    await store().deleteSession();
    expect(store().book.sessions).toHaveLength(1);
    expect(points()).toEqual([]);
  });

  it.each([
    ['text that is not JSON', '{"app": "referral-ex', 'not-json'],
    [
      'another app’s data',
      { app: 'someone-else', key: 'sessions', version: 1, data: {} },
      'foreign',
    ],
    [
      'findings with a side that does not exist',
      {
        app: 'referral-explorer',
        key: 'sessions',
        version: 1,
        savedAt: '2026-03-01T09:00:00.000Z',
        data: {
          currentId: 'a',
          sessions: [
            {
              id: 'a',
              name: '',
              createdAt: '2026-03-01T09:00:00.000Z',
              findings: [
                { id: 'f', triggerPointId: 'upper-trapezius-tp1', side: 'middle', note: '' },
              ],
              areas: [],
            },
          ],
        },
      },
      'invalid',
    ],
    [
      'an open session that is not among the sessions',
      {
        app: 'referral-explorer',
        key: 'sessions',
        version: 1,
        savedAt: '2026-03-01T09:00:00.000Z',
        data: {
          currentId: 'gone',
          sessions: [
            { id: 'a', name: '', createdAt: '2026-03-01T09:00:00.000Z', findings: [], areas: [] },
          ],
        },
      },
      'invalid',
    ],
  ])(
    'given %s, starts an empty session, says so, and keeps the stored copy aside unchanged',
    async (_what, stored, reason) => {
      const { db, raw } = freshDatabase();
      await set('sessions', stored, raw);
      resetSessionStore(db);
      await store().open();
      expect(store().problems.map((p) => p.reason)).toEqual([reason]);
      const asideKey = store().problems[0]!.asideKey!;
      expect(asideKey).toMatch(/^aside:sessions:/);
      expect(points()).toEqual([]);
      // Working on saves the new session and still keeps the damaged copy exactly as found.
      await store().addFinding({ triggerPointId: 'upper-trapezius-tp1', side: 'left' });
      await sessionsSaved();
      expect(await get(asideKey, raw)).toEqual(stored);
      resetSessionStore(db);
      await store().open();
      expect(points()).toEqual(['left.upper-trapezius-tp1']);
    },
  );
});
