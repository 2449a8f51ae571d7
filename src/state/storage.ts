import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { safeParse, type BaseIssue, type GenericSchema, type InferOutput } from 'valibot';
import { t, type UiKey } from './i18n.ts';

/**
 * Saved data, kept on this device only (IndexedDB), for every kind the modes keep: the pain
 * diary, quiz progress, named sessions, preferences. Each kind is one key holding one
 * versioned envelope; a kind ships its schema and its migrations together, as tldraw does.
 *
 * The promise to the person: nothing they saved is lost or silently replaced. A stored value
 * this version cannot use (damaged, foreign, invalid, or from a newer version) is copied aside
 * before anything could replace it, and reported in plain words; a newer version's value is
 * never overwritten. When the device will not store anything, values live in memory until the
 * page is closed, and the person is told so.
 */

/** Marks our envelopes, so a value or a file from anywhere else is recognised as foreign. */
export const APP = 'referral-explorer';
const STORE = 'data';

/** The stored and exported form of every value: its data and what is needed to read it later. */
export interface Envelope {
  app: typeof APP;
  key: string;
  version: number;
  /** ISO 8601, UTC. Also names the copy kept aside if this value ever cannot be read. */
  savedAt: string;
  data: unknown;
}

/** One kind of saved data: where it is kept, its current schema, and how older versions reach it. */
export interface StoredKind<TSchema extends GenericSchema> {
  /** The IndexedDB key, one per kind ('diary', 'quiz', ...). */
  readonly key: string;
  /**
   * The catalogue's name for it, put into messages: "Your saved {kind} …" ("pain diary",
   * "quiz progress").
   */
  readonly label: UiKey;
  /** The current schema version, from 1. Raise it whenever the stored shape changes. */
  readonly version: number;
  /** The current version's data, as plain JSON (no transforms): what is saved is loaded through it. */
  readonly schema: TSchema;
  /**
   * `migrations[n]` turns version n's data into version n + 1's; one for each n from 1 below
   * `version`. `migrations[0]`, when given, reads what an early build stored before values had
   * envelopes (the whole stored value) as version 1's data, throwing when it is not that.
   */
  readonly migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
  /**
   * The value to start with when nothing usable is stored. TypeScript widens literals here while
   * it infers the schema, so a picklist field needs `'en' as const` (a wrong one is still an error).
   */
  readonly initial: () => InferOutput<TSchema>;
}

export type ParseFailureReason = 'not-json' | 'foreign' | 'newer' | 'invalid';

/** What a stored value or an imported file turned out to be. */
export type ParseResult<T> =
  | {
      ok: true;
      data: T;
      /** The version it was written in, when it had to be migrated. */ migratedFrom?: number;
    }
  | { ok: false; reason: ParseFailureReason; message: UiKey; kind: UiKey };

/**
 * - `empty`: nothing stored yet; `ok`: read as stored; `migrated`: an older version, brought up
 *   to date and saved back;
 * - `recovered`: the stored value could not be used; it is kept aside and the value is `initial()`;
 * - `unavailable`: the device is not keeping data (or not this value); it lives in memory only.
 */
export type LoadStatus = 'empty' | 'ok' | 'migrated' | 'recovered' | 'unavailable';

/**
 * Something the person should be told: a whole sentence of the catalogue (`message`, shown with
 * `problemText` in the active language) naming the kind (`kind`); `reason` is for code.
 */
export interface Problem {
  reason: ParseFailureReason | 'unavailable';
  message: UiKey;
  kind: UiKey;
  /** Where the unusable stored value was copied, when it was. */
  asideKey?: string;
}

export interface LoadResult<T> {
  value: T;
  status: LoadStatus;
  problems: readonly Problem[];
}

/** Where a saved value went: on the device, or only into memory for this session. */
export type Persistence = 'device' | 'session';

/** A stored value that could not be used, kept exactly as it was found. */
export interface AsideCopy {
  asideKey: string;
  value: unknown;
}

/**
 * Thrown for what the caller must handle: `invalid`, a value that does not match its schema
 * (a bug: saving it would store something no version can load); `unavailable`, a device copy
 * that could not be removed (so the UI never claims a deletion that did not happen).
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly reason: 'invalid' | 'unavailable';
  readonly issues: readonly BaseIssue<unknown>[];

  constructor(
    reason: 'invalid' | 'unavailable',
    message: string,
    issues: readonly BaseIssue<unknown>[] = [],
  ) {
    super(message);
    this.reason = reason;
    this.issues = issues;
  }
}

/** A database: the IndexedDB object store, and what it would not take during this session. */
export interface Database {
  readonly use: UseStore;
  /** Values kept in memory because the device refused them, with the reason told to the person. */
  readonly session: Map<string, { data: unknown; problem: Problem }>;
}

/** Opens nothing yet: IndexedDB is reached on first use, so a failure shows up as `unavailable`. */
export function openDatabase(name: string = APP): Database {
  return { use: createStore(name, STORE), session: new Map() };
}

/** The app's own database (`referral-explorer`, object store `data`). */
export const appDatabase: Database = openDatabase();

// Whole sentences of the catalogue with the kind's name as a placeholder, so they translate.
// `parseMessages` say what is wrong with a copy (a stored value or a file being imported);
// `loadMessages` also say what the app did about it.
const parseMessages: Record<ParseFailureReason, UiKey> = {
  'not-json': 'storage.file.notJson',
  foreign: 'storage.file.foreign',
  newer: 'storage.file.newer',
  invalid: 'storage.file.invalid',
};

const loadMessages: Record<Problem['reason'], UiKey> = {
  'not-json': 'storage.saved.notJson',
  foreign: 'storage.saved.foreign',
  invalid: 'storage.saved.invalid',
  newer: 'storage.saved.newer',
  unavailable: 'storage.saved.unavailable',
};

/** A problem's sentence in the active language ("Your saved pain diary could not be read…"). */
export function problemText(problem: { message: UiKey; kind: UiKey }): string {
  return t(problem.message, { kind: t(problem.kind), app: t('app.name') });
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Says why a copy of this kind cannot be used, in the catalogue's words. */
const refusal = (kind: StoredKind<GenericSchema>) => (reason: ParseFailureReason) =>
  ({ ok: false, reason, message: parseMessages[reason], kind: kind.label }) as const;

/**
 * Reads any input, a stored value or an imported file (its text, or JSON already parsed), as
 * this kind's current data: migrated when older, refused with a reason and a message when it is
 * not JSON, not ours (another app's, another kind's), newer than this version, or invalid.
 * Pure and synchronous, so it also runs inside a transaction and in tests.
 */
export function parseEnvelope<TSchema extends GenericSchema>(
  input: unknown,
  kind: StoredKind<TSchema>,
): ParseResult<InferOutput<TSchema>> {
  const fail = refusal(kind);
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return fail('not-json');
    }
  }
  if (!isRecord(value) || value.app !== APP || value.key !== kind.key) {
    return kind.migrations?.[0] ? fromUnversioned(value, kind) : fail('foreign');
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('invalid');
  }
  if (version > kind.version) return fail('newer');
  return migrated(value.data, version, kind);
}

/** Brings version `version`'s data up to date and checks it against the schema. */
function migrated<TSchema extends GenericSchema>(
  input: unknown,
  version: number,
  kind: StoredKind<TSchema>,
): ParseResult<InferOutput<TSchema>> {
  const fail = refusal(kind);
  let data = input;
  for (let n = version; n < kind.version; n++) {
    const step = kind.migrations?.[n];
    try {
      if (!step) return fail('invalid');
      data = step(data);
    } catch {
      // A migration that throws met data it was not written for: invalid, kept aside like any other.
      return fail('invalid');
    }
  }
  const result = safeParse(kind.schema, data);
  if (!result.success) return fail('invalid');
  return version < kind.version
    ? { ok: true, data: result.output, migratedFrom: version }
    : { ok: true, data: result.output };
}

/** A value stored before envelopes (version 0), read by `migrations[0]`; foreign when it is not one. */
function fromUnversioned<TSchema extends GenericSchema>(
  value: unknown,
  kind: StoredKind<TSchema>,
): ParseResult<InferOutput<TSchema>> {
  let data: unknown;
  try {
    data = kind.migrations![0]!(value);
  } catch {
    return refusal(kind)('foreign');
  }
  const result = migrated(data, 1, kind);
  return result.ok ? { ok: true, data: result.data, migratedFrom: 0 } : result;
}

/** The text of a backup file for this value (validated first, like `save`). */
export function exportEnvelope<TSchema extends GenericSchema>(
  value: InferOutput<TSchema>,
  kind: StoredKind<TSchema>,
): string {
  return JSON.stringify(envelope(kind, validated(kind, value)), null, 2);
}

/** A kind of saved data with the operations the modes use. */
export interface StoredValue<TSchema extends GenericSchema> extends StoredKind<TSchema> {
  /** The current value, and what the person should be told about it. Never throws. */
  load(): Promise<LoadResult<InferOutput<TSchema>>>;
  /**
   * Validates, then stores the value (throws `StorageError('invalid')` on data that does not
   * match the schema). Resolves with `session` when the device would not take it: storage is
   * unavailable, or a newer version's copy is there, which is never overwritten.
   */
  save(value: InferOutput<TSchema>): Promise<Persistence>;
  /** Forgets the value (not a newer version's copy, not what was kept aside). */
  clear(): Promise<void>;
  /** What was kept aside for this kind, oldest first, so a screen can offer to export it. */
  listAside(): Promise<AsideCopy[]>;
}

/**
 * Defines one kind of saved data. Checks the definition at once (a missing migration is a bug
 * that would otherwise surface only on someone's old data).
 */
export function defineStoredValue<TSchema extends GenericSchema>(
  kind: StoredKind<TSchema>,
  database: Database = appDatabase,
): StoredValue<TSchema> {
  checkDefinition(kind);
  if (database === appDatabase) register(kind, 'device');
  const { key } = kind;
  const problem = problemOf(kind);

  return {
    ...kind,

    async load() {
      const held = database.session.get(key);
      if (held) {
        return {
          value: structuredClone(held.data) as InferOutput<TSchema>,
          status: 'unavailable',
          problems: [held.problem],
        };
      }
      let stored: unknown;
      try {
        stored = await database.use('readonly', (store) => promisifyRequest(store.get(key)));
      } catch {
        return { value: kind.initial(), status: 'unavailable', problems: [problem('unavailable')] };
      }
      if (stored === undefined) return { value: kind.initial(), status: 'empty', problems: [] };
      const parsed = parseEnvelope(stored, kind);
      if (parsed.ok && parsed.migratedFrom === undefined) {
        return { value: parsed.data, status: 'ok', problems: [] };
      }
      if (parsed.ok) {
        try {
          await database.use('readwrite', (store) =>
            replace(store, kind, envelope(kind, parsed.data), stored),
          );
        } catch {
          // The old version stays stored and is migrated again next time: nothing is lost.
        }
        return { value: parsed.data, status: 'migrated', problems: [] };
      }
      let asideKey: string | undefined;
      try {
        asideKey = await database.use('readwrite', (store) => keepAside(store, key, stored));
      } catch {
        // Not copied now, but still stored as it was: `replace` keeps it aside before any write.
      }
      return {
        value: kind.initial(),
        status: 'recovered',
        problems: [problem(parsed.reason, asideKey)],
      };
    },

    async save(value) {
      const data = validated(kind, value);
      try {
        const done = await database.use('readwrite', (store) =>
          replace(store, kind, envelope(kind, data)),
        );
        if (done) {
          database.session.delete(key);
          return 'device';
        }
        database.session.set(key, { data: structuredClone(data), problem: problem('newer') });
      } catch {
        database.session.set(key, { data: structuredClone(data), problem: problem('unavailable') });
      }
      return 'session';
    },

    async clear() {
      database.session.delete(key);
      try {
        await database.use('readwrite', (store) => replace(store, kind, undefined));
      } catch (error) {
        throw new StorageError(
          'unavailable',
          `Stored value "${key}": the copy on this device could not be removed (${String(error)}).`,
        );
      }
    },

    async listAside() {
      try {
        return await database.use('readonly', async (store) => {
          const { keys, values } = await asideEntries(store, key);
          return keys.map((asideKey, i) => ({ asideKey, value: values[i] }));
        });
      } catch {
        return [];
      }
    },
  };
}

/** Where a kind is kept: on the device (IndexedDB), or for this browser tab only (sessionStorage). */
export type Place = 'device' | 'tab';

/** One kind of saved data the app keeps, and where. */
export interface RegisteredKind {
  readonly kind: StoredKind<GenericSchema>;
  readonly place: Place;
}

const registry = new Map<string, RegisteredKind>();

function register(kind: StoredKind<GenericSchema>, place: Place): void {
  const known = registry.get(kind.key);
  if (known && known.kind !== kind) {
    throw new Error(`Stored value "${kind.key}": another kind already uses this key.`);
  }
  registry.set(kind.key, { kind, place });
}

/**
 * Every kind of saved data the app keeps, as its stores defined them (each store defines its
 * kind when its module loads, over the app's own database or this tab's storage). The
 * reliability suite walks this list, so a new kind is tested the day it is added.
 */
export function storedKinds(): readonly RegisteredKind[] {
  return [...registry.values()];
}

/** Checks a definition at once: a missing migration would otherwise surface on someone's old data. */
function checkDefinition(kind: StoredKind<GenericSchema>): void {
  if (!Number.isInteger(kind.version) || kind.version < 1) {
    throw new Error(`Stored value "${kind.key}": the version must be a whole number from 1.`);
  }
  if (!kind.key || kind.key.startsWith('aside:')) {
    throw new Error(`Stored value "${kind.key}": the key must be a name of its own.`);
  }
  for (let n = 1; n < kind.version; n++) {
    if (typeof kind.migrations?.[n] !== 'function') {
      throw new Error(`Stored value "${kind.key}": no migration from version ${n} to ${n + 1}.`);
    }
  }
}

function problemOf(kind: StoredKind<GenericSchema>) {
  return (reason: Problem['reason'], asideKey?: string): Problem =>
    asideKey === undefined
      ? { reason, message: loadMessages[reason], kind: kind.label }
      : { reason, message: loadMessages[reason], kind: kind.label, asideKey };
}

/** The few calls of the browser's tab storage (sessionStorage) a tab value makes. */
export type TabBackend = Pick<Storage, 'getItem' | 'setItem' | 'length' | 'key'>;

/** A kind kept for this browser tab only: read and written at once, so a store can start with it. */
export interface TabValue<TSchema extends GenericSchema> extends StoredKind<TSchema> {
  /** The current value, and what the person should be told about it. Never throws. */
  load(): LoadResult<InferOutput<TSchema>>;
  /**
   * Validates, then stores the value: `device` when it is kept for the tab, `session` when it
   * lives only in the page (storage refused, or a newer version's copy there, never overwritten).
   */
  save(value: InferOutput<TSchema>): Persistence;
  /** What was kept aside for this kind, oldest first (the text exactly as found). */
  listAside(): AsideCopy[];
}

/** The name of a tab value's item in sessionStorage. */
export const tabItem = (key: string): string => `${APP}:${key}`;
const tabAsidePrefix = (key: string) => `${APP}:aside:${key}:`;

/**
 * Defines one kind of data kept for this tab only (sessionStorage, under `referral-explorer:<key>`),
 * with the same promise as the device's: a value that cannot be used is copied aside
 * (`referral-explorer:aside:<key>:<stamp>`) before anything replaces it, and reported. Tests pass
 * a `backend` of their own; a page with no tab storage at all (not a browser) keeps the value in
 * memory and has nothing to report.
 */
export function defineTabValue<TSchema extends GenericSchema>(
  kind: StoredKind<TSchema>,
  backend?: () => TabBackend | undefined,
): TabValue<TSchema> {
  checkDefinition(kind);
  if (!backend) register(kind, 'tab');
  const open = backend ?? (() => globalThis.sessionStorage);
  const item = tabItem(kind.key);
  const problem = problemOf(kind);
  const asideItems = (store: TabBackend) => {
    const prefix = tabAsidePrefix(kind.key);
    const names: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const name = store.key(i);
      if (name?.startsWith(prefix)) names.push(name);
    }
    return names.sort();
  };
  const keepAside = (store: TabBackend, raw: string): string => {
    const names = asideItems(store);
    const kept = names.find((name) => store.getItem(name) === raw);
    if (kept) return kept;
    let savedAt: unknown;
    try {
      savedAt = (JSON.parse(raw) as { savedAt?: unknown } | null)?.savedAt;
    } catch {
      // Damaged text names its copy by the time it was found.
    }
    const name = asideName(names, tabAsidePrefix(kind.key), asideStamp(savedAt));
    store.setItem(name, raw);
    return name;
  };
  return {
    ...kind,

    load() {
      let store: TabBackend | undefined;
      let raw: string | null;
      try {
        store = open();
        raw = store?.getItem(item) ?? null;
      } catch {
        return { value: kind.initial(), status: 'unavailable', problems: [problem('unavailable')] };
      }
      if (!store || raw === null) return { value: kind.initial(), status: 'empty', problems: [] };
      const parsed = parseEnvelope(raw, kind);
      if (parsed.ok && parsed.migratedFrom === undefined) {
        return { value: parsed.data, status: 'ok', problems: [] };
      }
      if (parsed.ok) {
        try {
          store.setItem(item, JSON.stringify(envelope(kind, parsed.data)));
        } catch {
          // The old version stays stored and is migrated again next time: nothing is lost.
        }
        return { value: parsed.data, status: 'migrated', problems: [] };
      }
      let asideKey: string | undefined;
      try {
        asideKey = keepAside(store, raw);
      } catch {
        // Storage full: not copied now, but still stored as it was (`save` copies it first).
      }
      return {
        value: kind.initial(),
        status: 'recovered',
        problems: [problem(parsed.reason, asideKey)],
      };
    },

    save(value) {
      const data = validated(kind, value);
      try {
        const store = open();
        if (!store) return 'session';
        const current = store.getItem(item);
        if (current !== null) {
          const parsed = parseEnvelope(current, kind);
          if (!parsed.ok && parsed.reason === 'newer') return 'session';
          if (!parsed.ok) keepAside(store, current);
        }
        store.setItem(item, JSON.stringify(envelope(kind, data)));
        return 'device';
      } catch {
        return 'session';
      }
    },

    listAside() {
      try {
        const store = open();
        if (!store) return [];
        return asideItems(store).map((asideKey) => ({ asideKey, value: store.getItem(asideKey) }));
      } catch {
        return [];
      }
    },
  };
}

/** The stamp that names a copy kept aside: the value's own `savedAt` when it has one, else now. */
function asideStamp(savedAt: unknown): string {
  return typeof savedAt === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(savedAt)
    ? savedAt
    : new Date().toISOString();
}

/** `<prefix><stamp>`, or `<prefix><stamp> (2)`... when that name is taken: a copy is never overwritten. */
function asideName(taken: readonly string[], prefix: string, stamp: string): string {
  let name = `${prefix}${stamp}`;
  for (let n = 2; taken.includes(name); n++) name = `${prefix}${stamp} (${n})`;
  return name;
}

function envelope<TSchema extends GenericSchema>(
  kind: StoredKind<TSchema>,
  data: unknown,
): Envelope {
  return {
    app: APP,
    key: kind.key,
    version: kind.version,
    savedAt: new Date().toISOString(),
    data,
  };
}

function validated<TSchema extends GenericSchema>(
  kind: StoredKind<TSchema>,
  value: unknown,
): InferOutput<TSchema> {
  const result = safeParse(kind.schema, value);
  if (result.success) return result.output;
  const [first] = result.issues;
  const path = first.path?.map((item) => String(item.key)).join('.') || 'value';
  throw new StorageError(
    'invalid',
    `Stored value "${kind.key}": refusing to save data that does not match its schema (${path}: ${first.message}).`,
    result.issues,
  );
}

/**
 * Writes this kind's envelope (or deletes it, for `undefined`) in one transaction with reading
 * what is there, so that no path, in any tab, loses a stored value: a newer version's copy is
 * left alone (false is returned), anything else this version cannot use is kept aside first.
 * `usable` is a value already known to parse (the one just migrated), so its migrations do not
 * run twice.
 */
async function replace<TSchema extends GenericSchema>(
  store: IDBObjectStore,
  kind: StoredKind<TSchema>,
  next: Envelope | undefined,
  usable?: unknown,
): Promise<boolean> {
  const current: unknown = await promisifyRequest(store.get(kind.key));
  if (current !== undefined && !(usable !== undefined && same(current, usable))) {
    const parsed = parseEnvelope(current, kind);
    if (!parsed.ok && parsed.reason === 'newer') return false;
    if (!parsed.ok) await keepAside(store, kind.key, current);
  }
  if (next) store.put(next, kind.key);
  else store.delete(kind.key);
  await promisifyRequest(store.transaction);
  return true;
}

async function asideEntries(store: IDBObjectStore, key: string) {
  const prefix = `aside:${key}:`;
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  const [keys, values] = await Promise.all([
    promisifyRequest(store.getAllKeys(range)),
    promisifyRequest(store.getAll(range)),
  ]);
  return { keys: keys.map(String), values: values as unknown[] };
}

/**
 * Copies a stored value aside exactly as found, under `aside:<key>:<its savedAt, or now>`, and
 * returns that key. Never overwrites a copy; a value already kept is not copied again (a value
 * that stays unreadable is met on every load).
 */
async function keepAside(store: IDBObjectStore, key: string, value: unknown): Promise<string> {
  const { keys, values } = await asideEntries(store, key);
  const kept = values.findIndex((v) => same(v, value));
  if (kept >= 0) return keys[kept]!;
  const asideKey = asideName(
    keys,
    `aside:${key}:`,
    asideStamp(isRecord(value) ? value.savedAt : undefined),
  );
  store.add(value, asideKey);
  return asideKey;
}

/**
 * Deep equality for JSON-like values. Anything else (a Date, a Blob) counts as different: at
 * worst a second copy is kept, never a copy missed.
 */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  const plain = (x: unknown): x is Record<string, unknown> =>
    Object.prototype.toString.call(x) === '[object Object]';
  if (!plain(a) || !plain(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]))
  );
}
