import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { del, get, set } from 'idb-keyval';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UiKey } from '../../src/state/i18n.ts';
import {
  defineStoredValue,
  exportEnvelope,
  openDatabase,
  parseEnvelope,
  problemText,
  StorageError,
  type Database,
  type StoredKind,
} from '../../src/state/storage.ts';

// A pain diary at version 3. Version 1 kept `days`, version 2 renamed them `entries`, version 3
// added a note to each entry. `steps` records which migrations ran.
const DiaryV3 = v.object({
  entries: v.array(
    v.object({
      date: v.pipe(v.string(), v.isoDate()),
      level: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
      note: v.string(),
    }),
  ),
});
type Diary = v.InferOutput<typeof DiaryV3>;
type Day = { date: string; level: number };

const steps: string[] = [];
const diaryKind: StoredKind<typeof DiaryV3> = {
  key: 'diary',
  label: 'storage.kind.diary',
  version: 3,
  schema: DiaryV3,
  migrations: {
    1: (data) => {
      steps.push('1→2');
      return { entries: (data as { days: Day[] }).days.map((d) => ({ ...d })) };
    },
    2: (data) => {
      steps.push('2→3');
      return { entries: (data as { entries: Day[] }).entries.map((e) => ({ ...e, note: '' })) };
    },
  },
  initial: () => ({ entries: [] }),
};

const good: Diary = { entries: [{ date: '2024-03-01', level: 4, note: 'after gardening' }] };
const SAVED_AT = '2024-03-01T09:00:00.000Z';
const envelope = (version: unknown, data: unknown, more: object = {}) => ({
  app: 'referral-explorer',
  key: 'diary',
  version,
  savedAt: SAVED_AT,
  data,
  ...more,
});

let db: Database;
let diary: ReturnType<typeof defineStoredValue<typeof DiaryV3>>;
const stored = (key: string) => get<unknown>(key, db.use);
const store = (key: string, value: unknown) => set(key, value, db.use);
/** The same device after the page is reloaded: a new database object, nothing in memory. */
const afterReload = () => defineStoredValue(diaryKind, openDatabase());

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  db = openDatabase();
  diary = defineStoredValue(diaryKind, db);
  steps.length = 0;
});

/**
 * A message a person can read, in English: whole sentences, naming what it is about, no code
 * leaking in.
 */
function expectReadable(problem: { message: UiKey; kind: UiKey }) {
  const message = problemText(problem);
  expect(message).not.toBe(problem.message);
  expect(message).toMatch(/^[A-Z][^{}<>]*[.]$/);
  expect(message).toContain('pain diary');
  expect(message).not.toMatch(/undefined|null|NaN|\[object|Error|JSON|version \d/);
}

describe('saving and loading', () => {
  it('loads back a value it saved, from the device, in its envelope', async () => {
    expect(await diary.save(good)).toBe('device');
    expect(await afterReload().load()).toEqual({ value: good, status: 'ok', problems: [] });
    const saved = (await stored('diary')) as { savedAt: string };
    expect(saved).toEqual({
      app: 'referral-explorer',
      key: 'diary',
      version: 3,
      savedAt: expect.any(String),
      data: good,
    });
    expect(new Date(saved.savedAt).toISOString()).toBe(saved.savedAt);
  });

  it('starts from initial() when nothing is stored', async () => {
    expect(await diary.load()).toEqual({ value: { entries: [] }, status: 'empty', problems: [] });
  });

  it('keeps each kind under its own key', async () => {
    const Prefs = v.object({ language: v.picklist(['en', 'de']) });
    const prefs = defineStoredValue(
      {
        key: 'prefs',
        // Any kind's name will do: this test is about keys, not messages.
        label: 'storage.kind.diary',
        version: 1,
        schema: Prefs,
        initial: () => ({ language: 'en' as const }),
      },
      db,
    );
    await diary.save(good);
    await prefs.save({ language: 'de' });
    expect((await diary.load()).value).toEqual(good);
    expect((await prefs.load()).value).toEqual({ language: 'de' });
  });

  it('forgets a value when cleared', async () => {
    await diary.save(good);
    await diary.clear();
    expect(await stored('diary')).toBeUndefined();
    expect((await afterReload().load()).status).toBe('empty');
  });

  it.each([
    ['a level above 10', { entries: [{ date: '2024-03-01', level: 11, note: '' }] }],
    ['a date that is not a date', { entries: [{ date: 'yesterday', level: 3, note: '' }] }],
    ['a missing note', { entries: [{ date: '2024-03-01', level: 3 }] }],
    ['no value at all', null],
  ])('refuses to save %s, and keeps what was stored', async (_, value) => {
    await diary.save(good);
    const before = await stored('diary');
    const saving = diary.save(value as Diary);
    await expect(saving).rejects.toBeInstanceOf(StorageError);
    await expect(saving).rejects.toMatchObject({ reason: 'invalid' });
    expect(await stored('diary')).toStrictEqual(before);
  });
});

describe('older versions', () => {
  it.each([
    [1, { days: [{ date: '2024-03-01', level: 4 }] }, ['1→2', '2→3']],
    [2, { entries: [{ date: '2024-03-01', level: 4 }] }, ['2→3']],
  ])(
    'brings a version %i value up to date through every step and saves it back',
    async (version, data, expectedSteps) => {
      await store('diary', envelope(version, data));
      const current = { entries: [{ date: '2024-03-01', level: 4, note: '' }] };
      expect(await diary.load()).toEqual({ value: current, status: 'migrated', problems: [] });
      expect(steps).toEqual(expectedSteps);
      expect(await stored('diary')).toMatchObject({ version: 3, data: current });
      expect(await afterReload().load()).toEqual({ value: current, status: 'ok', problems: [] });
      expect(steps).toEqual(expectedSteps);
      expect(await diary.listAside()).toEqual([]);
    },
  );
});

describe('a stored value this version cannot use', () => {
  const unusable = [
    ['text that is not JSON', 'not-json', 'my diary: sore neck'],
    ['a truncated JSON string', 'not-json', JSON.stringify(envelope(3, good)).slice(0, 60)],
    ["someone else's object", 'foreign', { theme: 'dark', visits: 3 }],
    ["another kind's envelope", 'foreign', envelope(1, { items: [] }, { key: 'quiz' })],
    [
      'data that fails the schema',
      'invalid',
      envelope(3, { entries: [{ date: '2024-03-01', level: 12, note: '' }] }),
    ],
    ['an old value its migration cannot read', 'invalid', envelope(1, { days: 'many' })],
    ['a value from a newer version', 'newer', envelope(4, { entries: [], moods: [] })],
  ] as const;

  it.each(unusable)(
    'keeps %s aside unchanged, says so, and starts from initial()',
    async (_, reason, value) => {
      await store('diary', value);
      const { value: loaded, status, problems } = await diary.load();
      expect(status).toBe('recovered');
      expect(loaded).toEqual({ entries: [] });
      expect(problems).toEqual([
        {
          reason,
          message: expect.any(String),
          kind: 'storage.kind.diary',
          asideKey: expect.stringMatching(/^aside:diary:/),
        },
      ]);
      expectReadable(problems[0]!);
      expect(problemText(problems[0]!)).toMatch(/kept .*safe, unchanged/);
      const aside = await diary.listAside();
      expect(aside).toEqual([{ asideKey: problems[0]!.asideKey, value }]);
      expect(aside[0]!.value).toStrictEqual(value);

      await diary.save(good);
      expect(await diary.listAside()).toStrictEqual(aside);
      expect(await stored(problems[0]!.asideKey!)).toStrictEqual(value);
    },
  );

  it.each([
    ['its savedAt', envelope(3, { entries: 'none' }), `aside:diary:${SAVED_AT}`],
    ['the time it was found', '{"app":', /^aside:diary:\d{4}-\d\d-\d\dT[\d:.]+Z$/],
  ])('names the copy kept aside by %s', async (_, value, asideKey) => {
    await store('diary', value);
    const [problem] = (await diary.load()).problems;
    expect(problem?.asideKey).toEqual(
      typeof asideKey === 'string' ? asideKey : expect.stringMatching(asideKey),
    );
  });

  it('keeps one copy however often the same value is loaded', async () => {
    await store('diary', 'not json');
    const first = await diary.load();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await diary.load();
    expect(second.problems[0]?.asideKey).toBe(first.problems[0]?.asideKey);
    expect(await diary.listAside()).toHaveLength(1);
  });

  it('never overwrites a copy kept aside, even one with the same name', async () => {
    const one = envelope(3, { entries: 'one' });
    const two = envelope(3, { entries: 'two' });
    await store('diary', one);
    await diary.load();
    await store('diary', two);
    await diary.load();
    expect(await diary.listAside()).toEqual([
      { asideKey: `aside:diary:${SAVED_AT}`, value: one },
      { asideKey: `aside:diary:${SAVED_AT} (2)`, value: two },
    ]);
  });

  it('keeps it aside before a save replaces it, even if it was never loaded', async () => {
    await store('diary', { theme: 'dark' });
    expect(await diary.save(good)).toBe('device');
    expect((await diary.listAside()).map((c) => c.value)).toEqual([{ theme: 'dark' }]);
    expect(await stored('diary')).toMatchObject({ data: good });
  });

  it('keeps it aside before clearing replaces it', async () => {
    await store('diary', 'not json');
    await diary.clear();
    expect(await stored('diary')).toBeUndefined();
    expect((await diary.listAside()).map((c) => c.value)).toEqual(['not json']);
  });
});

describe("a newer version's value", () => {
  const newer = envelope(4, { entries: [], moods: ['calm'] });

  it('is never overwritten or cleared: this version keeps its changes in memory', async () => {
    await store('diary', newer);
    const loaded = await diary.load();
    expect(loaded.status).toBe('recovered');
    expect(problemText(loaded.problems[0]!)).toMatch(
      /newer version .* not be kept after you close/,
    );

    expect(await diary.save(good)).toBe('session');
    expect(await stored('diary')).toStrictEqual(newer);
    const again = await diary.load();
    expect(again.value).toEqual(good);
    expect(again.status).toBe('unavailable');
    expect(again.problems[0]?.reason).toBe('newer');

    await diary.clear();
    expect(await stored('diary')).toStrictEqual(newer);
  });

  it('stops holding changes in memory once the newer copy is gone', async () => {
    await store('diary', newer);
    expect(await diary.save(good)).toBe('session');
    await del('diary', db.use);
    expect(await diary.save(good)).toBe('device');
    expect(await diary.load()).toEqual({ value: good, status: 'ok', problems: [] });
  });

  it('is not overwritten when another tab wrote it after this one loaded', async () => {
    expect((await diary.load()).status).toBe('empty');
    await store('diary', newer);
    expect(await diary.save(good)).toBe('session');
    expect(await stored('diary')).toStrictEqual(newer);
  });
});

describe('when the device will not store anything', () => {
  const failingOpen = () => {
    const request: { error?: DOMException; onerror?: () => void } = {};
    setTimeout(() => {
      request.error = new DOMException('The user denied permission.', 'InvalidStateError');
      request.onerror?.();
    });
    return request;
  };
  const throwingOpen = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };

  it.each([
    ['IndexedDB is missing', undefined],
    ['opening it throws (storage blocked)', { open: throwingOpen }],
    ['opening it fails (a private window)', { open: failingOpen }],
  ])('when %s: says so, and keeps values in memory for the session', async (_, factory) => {
    globalThis.indexedDB = factory as unknown as IDBFactory;
    db = openDatabase();
    diary = defineStoredValue(diaryKind, db);

    const first = await diary.load();
    expect(first).toEqual({
      value: { entries: [] },
      status: 'unavailable',
      problems: [
        { reason: 'unavailable', message: expect.any(String), kind: 'storage.kind.diary' },
      ],
    });
    expectReadable(first.problems[0]!);
    expect(problemText(first.problems[0]!)).toContain('will not be kept after you close the page');

    expect(await diary.save(good)).toBe('session');
    expect(await diary.load()).toMatchObject({ value: good, status: 'unavailable' });
    expect(await diary.listAside()).toEqual([]);

    await expect(diary.clear()).rejects.toMatchObject({ reason: 'unavailable' });
    expect((await diary.load()).value).toEqual({ entries: [] });
  });

  it('keeps in memory a copy, not the objects the caller goes on changing', async () => {
    globalThis.indexedDB = undefined as unknown as IDBFactory;
    diary = defineStoredValue(diaryKind, openDatabase());
    const value = structuredClone(good);
    await diary.save(value);
    value.entries.length = 0;
    (await diary.load()).value.entries.length = 0;
    expect((await diary.load()).value).toEqual(good);
  });
});

describe('backup files', () => {
  it.each([
    ['text that is not JSON', 'my diary', 'not-json'],
    ['an empty file', '', 'not-json'],
    ['a file cut short', '{"app":"referral-explorer","key":"di', 'not-json'],
    ['a number', 42, 'foreign'],
    ['null', null, 'foreign'],
    ['a list', [envelope(3, good)], 'foreign'],
    ["another app's file", { ...envelope(3, good), app: 'other-app' }, 'foreign'],
    ["another kind's file", envelope(3, good, { key: 'quiz' }), 'foreign'],
    ['a version that is not a whole number', envelope(1.5, good), 'invalid'],
    ['a version written as text', envelope('3', good), 'invalid'],
    ['data that fails the schema', envelope(3, { entries: 'none' }), 'invalid'],
    ['no data', { ...envelope(3, good), data: undefined }, 'invalid'],
    ['a file from a newer version', JSON.stringify(envelope(4, good)), 'newer'],
  ])('refuses %s (%s)', (_, input, reason) => {
    const result = parseEnvelope(input, diaryKind);
    expect(result).toEqual({
      ok: false,
      reason,
      message: expect.any(String),
      kind: 'storage.kind.diary',
    });
    if (!result.ok) expectReadable(result);
  });

  it('reads back a file it exported, as text or as parsed JSON', () => {
    const file = exportEnvelope(good, diaryKind);
    expect(parseEnvelope(file, diaryKind)).toEqual({ ok: true, data: good });
    expect(parseEnvelope(JSON.parse(file), diaryKind)).toEqual({ ok: true, data: good });
    expect(JSON.parse(file)).toMatchObject({ app: 'referral-explorer', key: 'diary', version: 3 });
  });

  it('reads a file from an older version, migrated', () => {
    const file = JSON.stringify(envelope(1, { days: [{ date: '2024-03-01', level: 4 }] }));
    expect(parseEnvelope(file, diaryKind)).toEqual({
      ok: true,
      data: { entries: [{ date: '2024-03-01', level: 4, note: '' }] },
      migratedFrom: 1,
    });
    expect(steps).toEqual(['1→2', '2→3']);
  });

  it('refuses to export invalid data', () => {
    const bad = { entries: [{ date: '2024-03-01', level: -1, note: '' }] };
    expect(() => exportEnvelope(bad, diaryKind)).toThrow(StorageError);
  });
});

describe('a definition', () => {
  it.each([
    ['a missing migration step', { migrations: { 1: (d: unknown) => d } }, /from version 2 to 3/],
    ['a version below 1', { version: 0 }, /whole number/],
    ['a key that looks like a copy kept aside', { key: 'aside:diary' }, /name of its own/],
  ])('is refused at once with %s', (_, change, message) => {
    expect(() => defineStoredValue({ ...diaryKind, ...change }, db)).toThrow(message);
  });
});
