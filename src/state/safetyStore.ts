import { create } from 'zustand';

/**
 * Which sets of warnings the person has read and confirmed do not apply to them. Keyed by the
 * whole set (`TechniqueSafety.key`), so a set with another warning in it asks again.
 *
 * Confirmations last for this browser tab only (sessionStorage): a reload or Back keeps them,
 * a new visit asks again. The confirmation box says so.
 */
interface SafetyState {
  acknowledged: ReadonlySet<string>;
  acknowledge: (key: string) => void;
  withdraw: (key: string) => void;
}

const STORAGE_KEY = 'referral-explorer:confirmed-warnings';

function load(): Set<string> {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    const value: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
  } catch {
    // Storage blocked or a corrupt value: start with nothing confirmed (the safe side).
    return new Set();
  }
}

function save(keys: ReadonlySet<string>): void {
  try {
    globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify([...keys]));
  } catch {
    // Storage full or blocked: the confirmation still holds until the page is left.
  }
}

export const useSafetyStore = create<SafetyState>()((set) => ({
  acknowledged: load(),
  acknowledge: (key) =>
    set((s) => {
      const acknowledged = new Set(s.acknowledged).add(key);
      save(acknowledged);
      return { acknowledged };
    }),
  withdraw: (key) =>
    set((s) => {
      const acknowledged = new Set(s.acknowledged);
      acknowledged.delete(key);
      save(acknowledged);
      return { acknowledged };
    }),
}));

/** True when the person has confirmed that none of this set of warnings applies. */
export function useWarningsCleared(key: string): boolean {
  return useSafetyStore((s) => key === '' || s.acknowledged.has(key));
}

export function resetSafetyStore(): void {
  save(new Set());
  useSafetyStore.setState({ acknowledged: new Set() });
}
