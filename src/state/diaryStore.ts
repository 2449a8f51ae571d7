import * as v from 'valibot';
import { create } from 'zustand';
import {
  QUALITIES,
  TECHNIQUES,
  addEntry,
  diaryToCsv,
  removeEntry,
  replaceEntry,
  sortedEntries,
  EMPTY_DIARY,
  type Diary,
  type DiaryEntry,
  type DoneTechnique,
} from '../domain/diary.ts';
import { REGION_IDS, SIDES } from '../domain/regions.ts';
import type { UiKey } from './i18n.ts';
import {
  defineStoredValue,
  exportEnvelope,
  parseEnvelope,
  type Database,
  type ParseFailureReason,
  type Persistence,
  type Problem,
  type StoredValue,
} from './storage.ts';

const Intensity = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10));

/** The diary as stored (version 1). Plain JSON; ids for regions, sides, qualities, techniques. */
export const DiarySchema = v.object({
  entries: v.array(
    v.object({
      id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
      at: v.pipe(v.string(), v.isoTimestamp()),
      areas: v.array(
        v.object({ region: v.picklist(REGION_IDS), side: v.picklist(SIDES), intensity: Intensity }),
      ),
      qualities: v.array(v.picklist(QUALITIES)),
      note: v.pipe(v.string(), v.maxLength(4000)),
      done: v.array(
        v.object({
          technique: v.picklist(TECHNIQUES),
          triggerPointId: v.optional(v.pipe(v.string(), v.maxLength(80))),
          side: v.optional(v.picklist(SIDES)),
          rounds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))),
          holdSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600))),
        }),
      ),
    }),
  ),
});

/** The stored form: the schema's output (mutable arrays; the app treats them as read-only). */
type StoredDiary = v.InferOutput<typeof DiarySchema>;

export const diaryKind = {
  key: 'diary',
  label: 'storage.kind.diary',
  version: 1,
  schema: DiarySchema,
  initial: (): StoredDiary => ({ entries: [] }),
} as const;

/** Makes the stored diary (tests pass a database of their own). */
export function diaryStorage(database?: Database): StoredValue<typeof DiarySchema> {
  return defineStoredValue(diaryKind, database);
}

/**
 * What importing a backup did: how many entries it added and how many were already here, or
 * why the file was refused (`message` and `kind` for `problemText`).
 */
export type ImportResult =
  | { ok: true; added: number; kept: number }
  | { ok: false; reason: ParseFailureReason; message: UiKey; kind: UiKey };

type Status = 'idle' | 'loading' | 'ready';

interface DiaryState {
  status: Status;
  diary: Diary;
  /** Where the last save went: `session` means it will not outlive the page. */
  persistence: Persistence;
  /** What the person should be told about the stored diary (damaged, newer, not kept). */
  problems: readonly Problem[];
  /** A finished guided timer offering to log itself, until the entry is saved or dismissed. */
  offered: DoneTechnique | null;
  /**
   * Loads the stored diary once (again only after `reset`); every change waits for it, so an
   * entry logged while the diary is still loading is added to it, never written over it.
   */
  open: () => Promise<void>;
  logEntry: (entry: DiaryEntry) => Promise<void>;
  editEntry: (entry: DiaryEntry) => Promise<void>;
  deleteEntry: (id: string) => Promise<void>;
  /** Forgets every entry on this device (the page asks first). */
  clearAll: () => Promise<void>;
  /**
   * Adds the entries of a backup file to the diary; an entry already here (same id) is kept as
   * it is. A file that is not a diary backup, damaged, or from a newer version changes nothing.
   */
  importBackup: (text: string) => Promise<ImportResult>;
  backupText: () => string;
  csvText: () => string;
  offerTimerEntry: (done: DoneTechnique) => void;
  dismissOffer: () => void;
}

let storage = diaryStorage();
// Saves run one after another, so a slow write never lands after a later one.
let queue: Promise<unknown> = Promise.resolve();
let opening: Promise<void> | undefined;

export const useDiaryStore = create<DiaryState>()((set, get) => {
  /** Applies a change to the diary as loaded (loading it first) and saves the result. */
  const change = async (update: (diary: Diary) => Diary) => {
    await get().open();
    return commit(update(get().diary));
  };
  const commit = (next: Diary) => {
    set({ diary: next });
    const run = queue.then(async () => {
      const persistence = await storage.save(next as StoredDiary);
      set({ persistence });
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    status: 'idle',
    diary: EMPTY_DIARY,
    persistence: 'device',
    problems: [],
    offered: null,
    open: () =>
      (opening ??= (async () => {
        set({ status: 'loading' });
        const loaded = await storage.load();
        set({
          status: 'ready',
          diary: { entries: sortedEntries(loaded.value.entries) },
          problems: loaded.problems,
          persistence: loaded.status === 'unavailable' ? 'session' : 'device',
        });
      })()),
    logEntry: (entry) => change((diary) => addEntry(diary, entry)),
    editEntry: (entry) => change((diary) => replaceEntry(diary, entry)),
    deleteEntry: (id) => change((diary) => removeEntry(diary, id)),
    clearAll: async () => {
      await get().open();
      set({ diary: EMPTY_DIARY });
      await queue;
      await storage.clear();
    },
    importBackup: async (text) => {
      const parsed = parseEnvelope(text, diaryKind);
      if (!parsed.ok) {
        return { ok: false, reason: parsed.reason, message: parsed.message, kind: parsed.kind };
      }
      await get().open();
      const current = get().diary;
      const known = new Set(current.entries.map((e) => e.id));
      let diary = current;
      let added = 0;
      for (const entry of parsed.data.entries) {
        if (known.has(entry.id)) continue;
        diary = addEntry(diary, entry);
        known.add(entry.id);
        added++;
      }
      if (added > 0) await commit(diary);
      return { ok: true, added, kept: parsed.data.entries.length - added };
    },
    backupText: () => exportEnvelope(get().diary as StoredDiary, diaryKind),
    csvText: () => diaryToCsv(get().diary),
    offerTimerEntry: (done) => set({ offered: done }),
    dismissOffer: () => set({ offered: null }),
  };
});

/** For tests: a fresh store over the given database. */
export function resetDiaryStore(database?: Database): void {
  storage = diaryStorage(database);
  queue = Promise.resolve();
  opening = undefined;
  useDiaryStore.setState({
    status: 'idle',
    diary: EMPTY_DIARY,
    persistence: 'device',
    problems: [],
    offered: null,
  });
}

/** Waits for every save started so far (tests, and before a reload). */
export function diarySaved(): Promise<unknown> {
  return queue;
}

/** A new entry id: time-ordered and unique enough for one person's diary. */
export function newEntryId(now = Date.now()): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
