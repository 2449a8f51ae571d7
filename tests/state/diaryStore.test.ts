import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DiaryEntry } from '../../src/domain/diary.ts';
import { diarySaved, resetDiaryStore, useDiaryStore } from '../../src/state/diaryStore.ts';
import { openDatabase, problemText } from '../../src/state/storage.ts';

const entry = (id: string, at: string, intensity: number): DiaryEntry => ({
  id,
  at,
  areas: [{ region: 'temple', side: 'left', intensity }],
  qualities: ['aching'],
  note: 'after work',
  done: [
    { technique: 'pressure', triggerPointId: 'upper-trapezius-1', rounds: 3, holdSeconds: 30 },
  ],
});

let name = 0;
const freshDatabase = () => openDatabase(`diary-test-${name++}`);

describe('the diary store', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('keeps entries on the device across a reload', async () => {
    const db = freshDatabase();
    resetDiaryStore(db);
    await useDiaryStore.getState().open();
    await useDiaryStore.getState().logEntry(entry('a', '2026-03-01T08:00:00.000Z', 6));
    await useDiaryStore.getState().logEntry(entry('b', '2026-03-01T18:00:00.000Z', 3));
    await useDiaryStore.getState().editEntry({ ...entry('a', '2026-03-01T08:00:00.000Z', 5) });
    await diarySaved();
    resetDiaryStore(db);
    await useDiaryStore.getState().open();
    const { diary, persistence } = useDiaryStore.getState();
    expect(persistence).toBe('device');
    expect(diary.entries.map((e) => [e.id, e.areas[0]!.intensity])).toEqual([
      ['b', 3],
      ['a', 5],
    ]);
  });

  it('adds an entry logged while the stored diary is still loading to it, not over it', async () => {
    const db = freshDatabase();
    resetDiaryStore(db);
    await useDiaryStore.getState().open();
    await useDiaryStore.getState().logEntry(entry('a', '2026-03-01T08:00:00.000Z', 6));
    await diarySaved();
    resetDiaryStore(db);
    // No open() first: the page may log before its load has finished.
    await useDiaryStore.getState().logEntry(entry('b', '2026-03-02T08:00:00.000Z', 4));
    await diarySaved();
    resetDiaryStore(db);
    await useDiaryStore.getState().open();
    expect(useDiaryStore.getState().diary.entries.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('round-trips a backup file into an empty diary on another device', async () => {
    resetDiaryStore(freshDatabase());
    await useDiaryStore.getState().open();
    await useDiaryStore.getState().logEntry(entry('a', '2026-03-01T08:00:00.000Z', 6));
    const backup = useDiaryStore.getState().backupText();
    resetDiaryStore(freshDatabase());
    await useDiaryStore.getState().open();
    expect(await useDiaryStore.getState().importBackup(backup)).toEqual({
      ok: true,
      added: 1,
      kept: 0,
    });
    expect(useDiaryStore.getState().diary.entries).toEqual([
      entry('a', '2026-03-01T08:00:00.000Z', 6),
    ]);
    // Importing it again adds nothing and changes nothing.
    expect(await useDiaryStore.getState().importBackup(backup)).toEqual({
      ok: true,
      added: 0,
      kept: 1,
    });
  });

  it.each([
    ['not-json', '{"app": "referral-explorer", "key": "dia'],
    [
      'foreign',
      JSON.stringify({ app: 'another-app', key: 'diary', version: 1, data: { entries: [] } }),
    ],
    ['foreign', JSON.stringify({ app: 'referral-explorer', key: 'quiz', version: 1, data: {} })],
    [
      'newer',
      JSON.stringify({
        app: 'referral-explorer',
        key: 'diary',
        version: 99,
        savedAt: '2030-01-01T00:00:00.000Z',
        data: {},
      }),
    ],
    [
      'invalid',
      JSON.stringify({
        app: 'referral-explorer',
        key: 'diary',
        version: 1,
        savedAt: '2026-01-01T00:00:00.000Z',
        data: { entries: [{ id: 'x', at: 'yesterday' }] },
      }),
    ],
  ])('refuses a %s file and loses nothing already stored', async (reason, text) => {
    const db = freshDatabase();
    resetDiaryStore(db);
    await useDiaryStore.getState().open();
    await useDiaryStore.getState().logEntry(entry('a', '2026-03-01T08:00:00.000Z', 6));
    const before = useDiaryStore.getState().diary;
    const result = await useDiaryStore.getState().importBackup(text);
    expect(result).toMatchObject({ ok: false, reason, kind: 'storage.kind.diary' });
    expect(result.ok || problemText(result)).toMatch(/^This .*pain diary/);
    expect(useDiaryStore.getState().diary).toBe(before);
    await diarySaved();
    resetDiaryStore(db);
    await useDiaryStore.getState().open();
    expect(useDiaryStore.getState().diary.entries.map((e) => e.id)).toEqual(['a']);
  });

  it('clears every entry from the device', async () => {
    const db = freshDatabase();
    resetDiaryStore(db);
    await useDiaryStore.getState().open();
    await useDiaryStore.getState().logEntry(entry('a', '2026-03-01T08:00:00.000Z', 6));
    await useDiaryStore.getState().clearAll();
    resetDiaryStore(db);
    await useDiaryStore.getState().open();
    expect(useDiaryStore.getState().diary.entries).toEqual([]);
  });
});
