import * as v from 'valibot';
import { create } from 'zustand';
import {
  MAX_FINDINGS,
  NOTE_MAX_LENGTH,
  SESSION_NAME_MAX_LENGTH,
  addFinding,
  editFinding,
  emptySession,
  moveFinding,
  removeFinding,
  toggleArea,
  type Finding,
  type Session,
  type SessionBook,
} from '../domain/session.ts';
import { REGION_IDS, SIDES, type BodyArea, type Side } from '../domain/regions.ts';
import {
  defineStoredValue,
  type Database,
  type Persistence,
  type Problem,
  type StoredValue,
} from './storage.ts';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

/** The sessions as stored (version 1): ids for trigger points, regions and sides. */
export const SessionsSchema = v.pipe(
  v.object({
    currentId: Id,
    sessions: v.pipe(
      v.array(
        v.object({
          id: Id,
          name: v.pipe(v.string(), v.maxLength(SESSION_NAME_MAX_LENGTH)),
          createdAt: v.pipe(v.string(), v.isoTimestamp()),
          findings: v.pipe(
            v.array(
              v.object({
                id: Id,
                triggerPointId: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
                side: v.picklist(SIDES),
                note: v.pipe(v.string(), v.maxLength(NOTE_MAX_LENGTH)),
                pain: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
              }),
            ),
            v.maxLength(MAX_FINDINGS),
          ),
          areas: v.array(v.object({ region: v.picklist(REGION_IDS), side: v.picklist(SIDES) })),
        }),
      ),
      v.minLength(1),
    ),
  }),
  v.check(
    (book) => book.sessions.some((s) => s.id === book.currentId),
    'The open session must be one of the sessions.',
  ),
);

type StoredSessions = v.InferOutput<typeof SessionsSchema>;

/** A new session id: time-ordered and unique enough for one therapist's device. */
export function newId(now = Date.now()): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function freshBook(): SessionBook {
  const session = emptySession(newId(), new Date().toISOString());
  return { sessions: [session], currentId: session.id };
}

export const sessionsKind = {
  key: 'sessions',
  label: 'storage.kind.sessions',
  version: 1,
  schema: SessionsSchema,
  initial: (): StoredSessions => freshBook() as StoredSessions,
} as const;

/** Makes the stored sessions (tests pass a database of their own). */
export function sessionStorage(database?: Database): StoredValue<typeof SessionsSchema> {
  return defineStoredValue(sessionsKind, database);
}

type Status = 'idle' | 'loading' | 'ready';

interface SessionState {
  status: Status;
  book: SessionBook;
  /** Where the last save went: `session` means it will not outlive the page. */
  persistence: Persistence;
  /** What the therapist should be told about the stored sessions (damaged, newer, not kept). */
  problems: readonly Problem[];
  /**
   * Loads the stored sessions once (again only after `reset`); every change waits for it, so a
   * finding added while they are still loading is added to them, never saved over them.
   */
  open: () => Promise<void>;
  /** Adds a trigger point on a side to the open session, with the client's areas it came with. */
  addFinding: (
    point: { triggerPointId: string; side: Side },
    areas?: readonly BodyArea[],
  ) => Promise<void>;
  removeFinding: (id: string) => Promise<void>;
  moveFinding: (id: string, delta: -1 | 1) => Promise<void>;
  editFinding: (id: string, change: Partial<Pick<Finding, 'note' | 'pain'>>) => Promise<void>;
  toggleArea: (area: BodyArea) => Promise<void>;
  /** Empties the open session (its findings and areas); its name stays. */
  clearSession: () => Promise<void>;
  /** Starts a new, empty session and opens it; the others are kept. */
  newSession: (name?: string) => Promise<void>;
  renameSession: (name: string) => Promise<void>;
  switchSession: (id: string) => Promise<void>;
  /** Forgets the open session (the page asks first) and opens another, or a new one. */
  deleteSession: () => Promise<void>;
}

let storage = sessionStorage();
// Saves run one after another, so a slow write never lands after a later one.
let queue: Promise<unknown> = Promise.resolve();
let opening: Promise<void> | undefined;

/** The open session of a book. */
export function currentSession(book: SessionBook): Session {
  return book.sessions.find((s) => s.id === book.currentId) ?? book.sessions[0]!;
}

const initialBook = freshBook();

export const useSessionStore = create<SessionState>()((set, get) => {
  const commit = (book: SessionBook) => {
    set({ book });
    const run = queue.then(async () => {
      const persistence = await storage.save(book as StoredSessions);
      set({ persistence });
    });
    queue = run.catch(() => undefined);
    return run;
  };
  /** Applies a change to the book as loaded (loading it first) and saves the result. */
  const changeBook = async (update: (book: SessionBook) => SessionBook) => {
    await get().open();
    const before = get().book;
    const after = update(before);
    if (after !== before) await commit(after);
  };
  /** Applies a change to the open session. */
  const change = (update: (session: Session) => Session) =>
    changeBook((book) => {
      const session = currentSession(book);
      const next = update(session);
      return next === session
        ? book
        : { ...book, sessions: book.sessions.map((s) => (s.id === session.id ? next : s)) };
    });
  return {
    status: 'idle',
    book: initialBook,
    persistence: 'device',
    problems: [],
    open: () =>
      (opening ??= (async () => {
        set({ status: 'loading' });
        const loaded = await storage.load();
        set({
          status: 'ready',
          book: loaded.value,
          problems: loaded.problems,
          persistence: loaded.status === 'unavailable' ? 'session' : 'device',
        });
      })()),
    addFinding: (point, areas = []) =>
      change((s) =>
        addFinding(
          s,
          { id: newId(), triggerPointId: point.triggerPointId, side: point.side, note: '' },
          areas,
        ),
      ),
    removeFinding: (id) => change((s) => removeFinding(s, id)),
    moveFinding: (id, delta) => change((s) => moveFinding(s, id, delta)),
    editFinding: (id, edit) => change((s) => editFinding(s, id, edit)),
    toggleArea: (area) => change((s) => toggleArea(s, area)),
    clearSession: () => change((s) => ({ ...s, findings: [], areas: [] })),
    newSession: (name = '') =>
      changeBook((book) => {
        const session = emptySession(
          newId(),
          new Date().toISOString(),
          name.slice(0, SESSION_NAME_MAX_LENGTH),
        );
        return { sessions: [...book.sessions, session], currentId: session.id };
      }),
    renameSession: (name) =>
      change((s) => ({ ...s, name: name.slice(0, SESSION_NAME_MAX_LENGTH) })),
    switchSession: (id) =>
      changeBook((book) =>
        book.sessions.some((s) => s.id === id) && book.currentId !== id
          ? { ...book, currentId: id }
          : book,
      ),
    deleteSession: () =>
      changeBook((book) => {
        const rest = book.sessions.filter((s) => s.id !== book.currentId);
        if (rest.length === 0) return freshBook();
        const at = book.sessions.findIndex((s) => s.id === book.currentId);
        return { sessions: rest, currentId: rest[Math.max(0, at - 1)]!.id };
      }),
  };
});

/** The open session (re-renders when it changes). */
export function useCurrentSession(): Session {
  return useSessionStore((s) => currentSession(s.book));
}

/** For tests: a fresh store over the given database. */
export function resetSessionStore(database?: Database): void {
  storage = sessionStorage(database);
  queue = Promise.resolve();
  opening = undefined;
  useSessionStore.setState({
    status: 'idle',
    book: freshBook(),
    persistence: 'device',
    problems: [],
  });
}

/** Waits for every save started so far (tests, and before a reload). */
export function sessionsSaved(): Promise<unknown> {
  return queue;
}
