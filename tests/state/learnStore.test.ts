import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  learnKind,
  learnSaved,
  resetLearnStore,
  useLearnStore,
} from '../../src/state/learnStore.ts';
import { resetNoticeStore, useNoticeStore } from '../../src/state/noticeStore.ts';
import { openDatabase } from '../../src/state/storage.ts';

let n = 0;
const freshDatabase = () => openDatabase(`learn-test-${n++}`);
const now = new Date('2026-03-01T09:00:00.000Z');

async function putRaw(db: ReturnType<typeof openDatabase>, value: unknown) {
  const { set } = await import('idb-keyval');
  await set(learnKind.key, value, db.use);
}

describe('the learn store', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetNoticeStore();
  });

  it('keeps what was answered across a reload, so due cards come back', async () => {
    const db = freshDatabase();
    resetLearnStore(db);
    await useLearnStore.getState().answer('pattern:upper-trapezius-tp1', 'wrong', now);
    await useLearnStore.getState().answer('point:soleus-tp1', 'right', now);
    await learnSaved();
    resetLearnStore(db);
    await useLearnStore.getState().open();
    const { memory, persistence, problems } = useLearnStore.getState();
    expect(persistence).toBe('device');
    expect(problems).toEqual([]);
    expect(Object.keys(memory).sort()).toEqual(['pattern:upper-trapezius-tp1', 'point:soleus-tp1']);
    expect(Date.parse(memory['pattern:upper-trapezius-tp1']!.due)).toBeLessThan(
      Date.parse(memory['point:soleus-tp1']!.due),
    );
  });

  it('adds an answer given while the stored progress loads to it, not over it', async () => {
    const db = freshDatabase();
    resetLearnStore(db);
    await useLearnStore.getState().answer('pattern:upper-trapezius-tp1', 'right', now);
    await learnSaved();
    resetLearnStore(db);
    await useLearnStore.getState().answer('refers:masseter-superficial-mid', 'wrong', now);
    await learnSaved();
    resetLearnStore(db);
    await useLearnStore.getState().open();
    expect(Object.keys(useLearnStore.getState().memory).sort()).toEqual([
      'pattern:upper-trapezius-tp1',
      'refers:masseter-superficial-mid',
    ]);
  });

  it.each([
    ['damaged', '{"app": "referral-explorer", "key": "le'],
    [
      'invalid',
      {
        app: 'referral-explorer',
        key: 'learn',
        version: 1,
        savedAt: now.toISOString(),
        data: { cards: { x: { due: 'soon' } } },
      },
    ],
    ['foreign', { hello: 'world' }],
  ])('says so plainly and keeps a %s stored copy aside, starting again', async (_, raw) => {
    const db = freshDatabase();
    await putRaw(db, raw);
    resetLearnStore(db);
    await useLearnStore.getState().open();
    expect(useLearnStore.getState().memory).toEqual({});
    expect(useLearnStore.getState().problems).toHaveLength(1);
    expect(useNoticeStore.getState().notices.map((x) => x.key)).toEqual(['notice.learnStored']);
    const aside = await useLearnStore.getState().problems[0];
    expect(aside?.asideKey).toMatch(/^aside:learn:/);
    // Nothing lost: the copy is kept exactly as found, even after a new answer is saved.
    await useLearnStore.getState().answer('point:soleus-tp1', 'right', now);
    await learnSaved();
    const { get } = await import('idb-keyval');
    expect(await get(aside!.asideKey!, db.use)).toEqual(raw);
  });

  it('never overwrites progress saved by a newer version', async () => {
    const db = freshDatabase();
    const newer = {
      app: 'referral-explorer',
      key: 'learn',
      version: 99,
      savedAt: now.toISOString(),
      data: {},
    };
    await putRaw(db, newer);
    resetLearnStore(db);
    await useLearnStore.getState().answer('point:soleus-tp1', 'right', now);
    await learnSaved();
    expect(useLearnStore.getState().persistence).toBe('session');
    const { get } = await import('idb-keyval');
    expect(await get('learn', db.use)).toEqual(newer);
  });
});
