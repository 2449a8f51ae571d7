import * as v from 'valibot';
import { create } from 'zustand';
import { useNoticeStore } from './noticeStore.ts';
import {
  defineStoredValue,
  type Database,
  type Persistence,
  type Problem,
  type StoredValue,
} from './storage.ts';

/** The guided timers' sound setting as stored (version 1). */
export const VoiceSchema = v.object({ muted: v.boolean() });

export const voiceKind = {
  key: 'voice',
  label: 'storage.kind.voice',
  version: 1,
  schema: VoiceSchema,
  initial: (): v.InferOutput<typeof VoiceSchema> => ({ muted: false }),
} as const;

export function voiceStorage(database?: Database): StoredValue<typeof VoiceSchema> {
  return defineStoredValue(voiceKind, database);
}

interface VoiceState {
  /** Whether the timers stay silent: no voice, no chime (a phone still vibrates). */
  muted: boolean;
  /** Whether the setting is kept on the device, or only until the page closes. */
  persistence: Persistence;
  /** What was wrong with the stored setting when it was loaded (kept aside, reported). */
  problems: readonly Problem[];
  /** Loads the remembered setting once. */
  open: () => Promise<void>;
  setMuted: (muted: boolean) => Promise<void>;
}

let storage = voiceStorage();
let queue: Promise<unknown> = Promise.resolve();
let opening: Promise<void> | undefined;

export const useVoiceStore = create<VoiceState>()((set, get) => ({
  muted: false,
  persistence: 'device',
  problems: [],
  open: () =>
    (opening ??= (async () => {
      const loaded = await storage.load();
      set({
        muted: loaded.value.muted,
        problems: loaded.problems,
        persistence: loaded.status === 'unavailable' ? 'session' : 'device',
      });
      // A private window keeps nothing: the diary and quiz already say so; only damage is news.
      for (const problem of loaded.problems)
        if (problem.reason !== 'unavailable')
          useNoticeStore.getState().notify('notice.voiceStored', { reason: problem.reason });
    })()),
  setMuted: async (muted) => {
    // Shown at once; saved once the remembered value is in, so the tap is never undone by it.
    set({ muted });
    await get().open();
    set({ muted });
    const run = queue.then(() => storage.save({ muted }));
    queue = run.catch(() => undefined);
    set({ persistence: await run });
  },
}));

/** For tests: a fresh store over the given database. */
export function resetVoiceStore(database?: Database): void {
  storage = voiceStorage(database);
  queue = Promise.resolve();
  opening = undefined;
  useVoiceStore.setState({ muted: false, persistence: 'device', problems: [] });
}
