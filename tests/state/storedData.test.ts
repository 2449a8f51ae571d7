import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import type { DiaryEntry } from '../../src/domain/diary.ts';
import { get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { diarySaved, resetDiaryStore, useDiaryStore } from '../../src/state/diaryStore.ts';
import { resetVoiceStore, useVoiceStore } from '../../src/state/voiceStore.ts';
import { t, type UiKey } from '../../src/state/i18n.ts';
import { learnSaved, resetLearnStore, useLearnStore } from '../../src/state/learnStore.ts';
import { resetNoticeStore, useNoticeStore } from '../../src/state/noticeStore.ts';
import { resetSafetyStore, useSafetyStore } from '../../src/state/safetyStore.ts';
import { resetSessionStore, sessionsSaved, useSessionStore } from '../../src/state/sessionStore.ts';
import {
  APP,
  defineStoredValue,
  openDatabase,
  parseEnvelope,
  problemText,
  storedKinds,
  tabItem,
  type Database,
  type Persistence,
  type Problem,
  type RegisteredKind,
  type TabBackend,
} from '../../src/state/storage.ts';

/*
 * The reliability suite for saved data: every kind the app stores (as the stores register them
 * in src/state/storage.ts, not a list kept here) is fed damaged, cut-short, old, newer, foreign
 * and wrongly typed values, and must detect each, keep the original aside (or migrate it when
 * old), tell the person in the catalogue's words, and lose nothing else.
 */

// Every module that defines stored data, found in the source, is loaded, so its kind registers
// even if no row below imports it; and nothing reaches the browser's storage behind storage.ts.
const SRC = join(import.meta.dirname, '../../src');
const sources = (function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
})(SRC);
const STORAGE_TS = join(SRC, 'state/storage.ts');
const definers = sources.filter(
  (file) => file !== STORAGE_TS && /\bdefine(Stored|Tab)Value\(/.test(readFileSync(file, 'utf8')),
);
for (const file of definers) await import(file);

const CATALOGUE = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../data/i18n/en/ui.json'), 'utf8'),
) as Record<string, string>;

/** sessionStorage for one test: a tab of its own. */
class MemoryTab implements TabBackend {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(name: string) {
    return this.items.get(name) ?? null;
  }
  setItem(name: string, value: string) {
    this.items.set(name, String(value));
  }
}

/** Where one test's data lives: a device database and a tab. */
interface Places {
  db: Database;
  tab: MemoryTab;
}

let n = 0;
const freshPlaces = (): Places => ({
  db: openDatabase(`stored-data-${n++}`),
  tab: new MemoryTab(),
});

/** A stored value as the place holds it: IndexedDB keeps values, a tab keeps text. */
async function putRaw(places: Places, { kind, place }: RegisteredKind, raw: unknown) {
  if (place === 'device') await set(kind.key, raw, places.db.use);
  else places.tab.setItem(tabItem(kind.key), typeof raw === 'string' ? raw : JSON.stringify(raw));
}

async function getRaw(places: Places, { kind, place }: RegisteredKind): Promise<unknown> {
  return place === 'device'
    ? get(kind.key, places.db.use)
    : (places.tab.getItem(tabItem(kind.key)) ?? undefined);
}

/** The copy kept aside under `key`, as the place holds it. */
async function getAside(places: Places, { place }: RegisteredKind, key: string) {
  return place === 'device' ? get(key, places.db.use) : (places.tab.getItem(key) ?? undefined);
}

/** The raw value, as a place would hold it. */
const asStored = ({ place }: RegisteredKind, raw: unknown) =>
  place === 'tab' && typeof raw !== 'string' ? JSON.stringify(raw) : raw;

const envelope = (key: string, version: unknown, data: unknown) => ({
  app: APP,
  key,
  version,
  savedAt: '2026-11-30T09:00:00.000Z',
  data,
});

interface Row {
  /** A value of the current version that a person could have saved. */
  sample: unknown;
  /** For each older version the kind can read (0: before envelopes): what was stored, and what it becomes. */
  older: Record<number, { raw: unknown; data: unknown }>;
  /** Starts the store over these places, as a newly opened page does, and lets it load. */
  open: (places: Places) => Promise<void>;
  state: () => { problems: readonly Problem[]; persistence: Persistence };
  /** What the person does next (which must be saved), and how to wait until it is. */
  use: () => Promise<void>;
  /** The notice the store raises when its stored value cannot be used (besides its page's own). */
  notice?: UiKey;
}

const ENTRY: DiaryEntry = {
  id: 'e1',
  at: '2026-11-29T08:00:00.000Z',
  areas: [{ region: 'temple', side: 'left', intensity: 6 }],
  qualities: [],
  note: 'Woke up with it',
  done: [],
};
const CARD = {
  due: '2026-12-03T09:00:00.000Z',
  stability: 2.3,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  lastReview: '2026-11-30T09:00:00.000Z',
};

/** One row per stored key: the table below runs every case on each. */
const ROWS: Record<string, Row> = {
  diary: {
    sample: { entries: [ENTRY] },
    older: {},
    open: async ({ db }) => {
      resetDiaryStore(db);
      await useDiaryStore.getState().open();
    },
    state: () => useDiaryStore.getState(),
    use: async () => {
      await useDiaryStore
        .getState()
        .logEntry({ ...ENTRY, id: 'e-new', at: new Date().toISOString() });
      await diarySaved();
    },
  },
  sessions: {
    sample: {
      currentId: 's1',
      sessions: [
        {
          id: 's1',
          name: 'Tuesday',
          createdAt: '2026-11-30T09:00:00.000Z',
          findings: [{ id: 'f1', triggerPointId: 'upper-trapezius-tp1', side: 'left', note: '' }],
          areas: [{ region: 'temple', side: 'left' }],
        },
      ],
    },
    older: {},
    open: async ({ db }) => {
      resetSessionStore(db);
      await useSessionStore.getState().open();
    },
    state: () => useSessionStore.getState(),
    use: async () => {
      await useSessionStore
        .getState()
        .addFinding({ triggerPointId: 'levator-scapulae-tp1', side: 'right' });
      await sessionsSaved();
    },
  },
  learn: {
    sample: { cards: { 'pattern:upper-trapezius-tp1': CARD } },
    older: {},
    open: async ({ db }) => {
      resetLearnStore(db);
      await useLearnStore.getState().open();
    },
    state: () => useLearnStore.getState(),
    use: async () => {
      await useLearnStore.getState().answer('point:soleus-tp1', 'right');
      await learnSaved();
    },
    notice: 'notice.learnStored',
  },
  voice: {
    sample: { muted: true },
    older: {},
    open: async ({ db }) => {
      resetVoiceStore(db);
      await useVoiceStore.getState().open();
    },
    state: () => useVoiceStore.getState(),
    use: () => useVoiceStore.getState().setMuted(false),
    notice: 'notice.voiceStored',
  },
  'confirmed-warnings': {
    sample: ['heart-attack|neck-artery'],
    older: { 0: { raw: ['heart-attack|neck-artery'], data: ['heart-attack|neck-artery'] } },
    open: async ({ tab }) => resetSafetyStore(() => tab),
    state: () => useSafetyStore.getState(),
    use: async () => useSafetyStore.getState().acknowledge('saddle-numbness'),
    notice: 'notice.confirmationsStored',
  },
};

type Reason = Problem['reason'];

/** The bad values, each with what it must be recognised as. */
const CASES: { name: string; raw: (k: RegisteredKind, row: Row) => unknown; reason: Reason }[] = [
  {
    name: 'damaged JSON',
    raw: ({ kind }) => `{"app":"${APP}","key":"${kind.key}","version":1,"data":{]]\u0000`,
    reason: 'not-json',
  },
  {
    name: 'JSON cut short',
    raw: ({ kind }, row) => {
      const text = JSON.stringify(envelope(kind.key, kind.version, row.sample));
      return text.slice(0, Math.floor(text.length * 0.6));
    },
    reason: 'not-json',
  },
  {
    name: 'an envelope older than any version (0)',
    raw: ({ kind }, row) => envelope(kind.key, 0, row.sample),
    reason: 'invalid',
  },
  {
    name: 'a newer version',
    raw: ({ kind }, row) => envelope(kind.key, kind.version + 1, row.sample),
    reason: 'newer',
  },
  {
    name: 'a foreign value (JSON of another shape)',
    raw: () => ({ theme: 'dark', items: [1, 2, 3] }),
    reason: 'foreign',
  },
  {
    name: 'another kind’s value under this key',
    raw: ({ kind }, row) =>
      envelope(
        storedKinds().find((k) => k.kind.key !== kind.key)!.kind.key,
        kind.version,
        row.sample,
      ),
    reason: 'foreign',
  },
  { name: 'a value of the wrong type (a number)', raw: () => 42, reason: 'foreign' },
  {
    name: 'an envelope whose data has the wrong type',
    raw: ({ kind }) => envelope(kind.key, kind.version, 'not this'),
    reason: 'invalid',
  },
  {
    name: 'an envelope whose version has the wrong type',
    raw: ({ kind }, row) => envelope(kind.key, String(kind.version), row.sample),
    reason: 'invalid',
  },
];

/** The catalogue's sentence for a stored value that could not be used, per reason. */
const MESSAGES: Record<Reason, UiKey> = {
  'not-json': 'storage.saved.notJson',
  foreign: 'storage.saved.foreign',
  invalid: 'storage.saved.invalid',
  newer: 'storage.saved.newer',
  unavailable: 'storage.saved.unavailable',
};

/** Fills every other kind with a good value, so the test can see that none of them changes. */
async function seedOthers(places: Places, except: string) {
  const seeded = new Map<RegisteredKind, unknown>();
  for (const other of storedKinds()) {
    if (other.kind.key === except) continue;
    const raw = asStored(
      other,
      envelope(other.kind.key, other.kind.version, ROWS[other.kind.key]!.sample),
    );
    await putRaw(places, other, raw);
    seeded.set(other, raw);
  }
  return seeded;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetNoticeStore();
});

describe('saved data: the keys', () => {
  it('finds the stored kinds in the code: every store that saves something registers its kind', () => {
    expect(definers.map((f) => relative(SRC, f)).sort()).toEqual(
      expect.arrayContaining(['state/diaryStore.ts', 'state/safetyStore.ts']),
    );
    expect(storedKinds().length).toBeGreaterThanOrEqual(4);
  });

  it('has a row for every stored key (a new key without one fails here)', () => {
    expect(Object.keys(ROWS).sort()).toEqual(
      storedKinds()
        .map((k) => k.kind.key)
        .sort(),
    );
  });

  it('reaches the browser’s storage only through storage.ts', () => {
    const direct =
      /\b(?:localStorage|sessionStorage)\s*(?:\?\.|\.)\s*(?:getItem|setItem|removeItem|clear|key)\b|\bindexedDB\s*\.|from 'idb-keyval'|document\.cookie/;
    const offenders = sources.filter(
      (f) => f !== STORAGE_TS && direct.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it.each(storedKinds().map((k) => [k.kind.key, k] as const))(
    '%s: names itself in the catalogue, and has a sample of every older version it reads',
    (key, { kind }) => {
      expect(CATALOGUE[kind.label], kind.label).toBeTruthy();
      const row = ROWS[key]!;
      const readable = [
        ...(kind.migrations?.[0] ? [0] : []),
        ...Array.from({ length: kind.version - 1 }, (_, i) => i + 1),
      ];
      expect(Object.keys(row.older).map(Number).sort()).toEqual(readable);
    },
  );
});

describe.each(storedKinds().map((k) => [k.kind.key, k] as const))(
  'saved data: %s',
  (key, registered) => {
    const { kind } = registered;
    const row = () => ROWS[key]!;

    it.each(CASES)('$name: detected, kept aside, reported, nothing else lost', async (bad) => {
      const places = freshPlaces();
      const others = await seedOthers(places, key);
      const raw = asStored(registered, bad.raw(registered, row()));
      await putRaw(places, registered, raw);

      await row().open(places);

      // Detected and reported, in the catalogue's words, naming what it was.
      const { problems } = row().state();
      expect(problems).toHaveLength(1);
      const [problem] = problems;
      expect(problem!.reason).toBe(bad.reason);
      expect(problem!.message).toBe(MESSAGES[bad.reason]);
      expect(CATALOGUE[problem!.message]).toBeTruthy();
      expect(problemText(problem!)).toContain(t(kind.label));
      if (row().notice) {
        expect(useNoticeStore.getState().notices).toContainEqual(
          expect.objectContaining({ key: row().notice, values: { reason: bad.reason } }),
        );
      }
      // Kept aside exactly as found.
      expect(problem!.asideKey).toBeTruthy();
      expect(await getAside(places, registered, problem!.asideKey!)).toEqual(raw);

      // Still usable: what the person does next is kept (never over a newer version's copy).
      await row().use();
      const after = await getRaw(places, registered);
      if (bad.reason === 'newer') {
        expect(after).toEqual(raw);
        expect(row().state().persistence).toBe('session');
      } else {
        expect(parseEnvelope(after, kind)).toMatchObject({ ok: true });
        expect(row().state().persistence).toBe('device');
      }
      expect(await getAside(places, registered, problem!.asideKey!)).toEqual(raw);

      // Nothing else lost: every other key is exactly as it was.
      for (const [other, value] of others) expect(await getRaw(places, other)).toEqual(value);
    });

    it('a value of every older version is migrated, saved back and reported as nothing wrong', async () => {
      for (const [version, { raw, data }] of Object.entries(row().older)) {
        const places = freshPlaces();
        const others = await seedOthers(places, key);
        const stored = Number(version) === 0 ? raw : envelope(key, Number(version), raw);
        await putRaw(places, registered, asStored(registered, stored));
        await row().open(places);
        expect(row().state().problems).toEqual([]);
        const after = await getRaw(places, registered);
        expect(parseEnvelope(after, kind)).toEqual({ ok: true, data });
        for (const [other, value] of others) expect(await getRaw(places, other)).toEqual(value);
      }
    });

    it('today’s value survives the next version: read by a kind one version on, it is migrated', async () => {
      const places = freshPlaces();
      const stored = envelope(key, kind.version, row().sample);
      const next = {
        ...kind,
        version: kind.version + 1,
        migrations: { ...kind.migrations, [kind.version]: (data: unknown) => data },
      };
      expect(parseEnvelope(JSON.stringify(stored), next)).toEqual({
        ok: true,
        data: row().sample,
        migratedFrom: kind.version,
      });
      if (registered.place === 'device') {
        await set(key, stored, places.db.use);
        const loaded = await defineStoredValue(next, places.db).load();
        expect(loaded).toMatchObject({ status: 'migrated', value: row().sample, problems: [] });
      }
    });

    it('a good value loads as saved, with nothing to report', async () => {
      const places = freshPlaces();
      const stored = asStored(registered, envelope(key, kind.version, row().sample));
      await putRaw(places, registered, stored);
      await row().open(places);
      expect(row().state().problems).toEqual([]);
      expect(useNoticeStore.getState().notices).toEqual([]);
      expect(await getRaw(places, registered)).toEqual(stored);
    });
  },
);
