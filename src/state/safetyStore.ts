import * as v from 'valibot';
import { create } from 'zustand';
import { useNoticeStore } from './noticeStore.ts';
import {
  defineTabValue,
  type Persistence,
  type Problem,
  type TabBackend,
  type TabValue,
} from './storage.ts';

/**
 * Which sets of warnings the person has read and confirmed do not apply to them. Keyed by the
 * whole set (`TechniqueSafety.key`), so a set with another warning in it asks again.
 *
 * Confirmations last for this browser tab only (sessionStorage): a reload or Back keeps them,
 * a new visit asks again. The confirmation box says so. A stored copy that cannot be read is
 * kept aside and reported like any saved data; the person is simply asked again (the safe side).
 */
interface SafetyState {
  acknowledged: ReadonlySet<string>;
  /** Where confirmations go: `session` means this page only (tab storage refused them). */
  persistence: Persistence;
  /** What the person was told about the stored confirmations, when they could not be read. */
  problems: readonly Problem[];
  acknowledge: (key: string) => void;
  withdraw: (key: string) => void;
}

/** The confirmations as stored (version 1): the keys of the sets of warnings confirmed. */
export const ConfirmationsSchema = v.pipe(
  v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(20_000))),
  v.maxLength(20_000),
);

export const confirmationsKind = {
  key: 'confirmed-warnings',
  label: 'storage.kind.confirmations',
  version: 1,
  schema: ConfirmationsSchema,
  migrations: {
    // Early builds kept a bare list of keys under the same name, without an envelope.
    0: (value: unknown) => {
      if (!Array.isArray(value)) throw new Error('Not a list of confirmations.');
      return value;
    },
  },
  initial: (): string[] => [],
} as const;

let storage: TabValue<typeof ConfirmationsSchema> = defineTabValue(confirmationsKind);

function loaded() {
  const result = storage.load();
  for (const problem of result.problems)
    useNoticeStore.getState().notify('notice.confirmationsStored', { reason: problem.reason });
  return {
    acknowledged: new Set(result.value),
    persistence: (result.status === 'unavailable' ? 'session' : 'device') as Persistence,
    problems: result.problems,
  };
}

export const useSafetyStore = create<SafetyState>()((set) => {
  const change = (update: (keys: Set<string>) => void) =>
    set((s) => {
      const acknowledged = new Set(s.acknowledged);
      update(acknowledged);
      return { acknowledged, persistence: storage.save([...acknowledged]) };
    });
  return {
    ...loaded(),
    acknowledge: (key) => change((keys) => keys.add(key)),
    withdraw: (key) => change((keys) => keys.delete(key)),
  };
});

/** True when the person has confirmed that none of this set of warnings applies. */
export function useWarningsCleared(key: string): boolean {
  return useSafetyStore((s) => key === '' || s.acknowledged.has(key));
}

/**
 * For tests: forgets every confirmation; with a `backend`, starts again over that storage,
 * reading what it holds as a new page would.
 */
export function resetSafetyStore(backend?: () => TabBackend | undefined): void {
  if (backend) {
    storage = defineTabValue(confirmationsKind, backend);
    useSafetyStore.setState(loaded());
    return;
  }
  storage.save([]);
  useSafetyStore.setState({ acknowledged: new Set(), persistence: 'device', problems: [] });
}
