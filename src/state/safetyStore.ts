import { create } from 'zustand';

/**
 * Which sets of red-flag warnings the person has read and confirmed do not apply. Keyed by the
 * set of flag ids, so a new warning (another area selected) asks again.
 */
interface SafetyState {
  acknowledged: ReadonlySet<string>;
  acknowledge: (flagIds: readonly string[]) => void;
  withdraw: (flagIds: readonly string[]) => void;
}

export function flagsKey(flagIds: readonly string[]): string {
  return [...flagIds].sort().join('|');
}

export const useSafetyStore = create<SafetyState>()((set) => ({
  acknowledged: new Set(),
  acknowledge: (ids) => set((s) => ({ acknowledged: new Set(s.acknowledged).add(flagsKey(ids)) })),
  withdraw: (ids) =>
    set((s) => {
      const next = new Set(s.acknowledged);
      next.delete(flagsKey(ids));
      return { acknowledged: next };
    }),
}));

/** True when there are no warnings, or the person has confirmed none of them applies. */
export function useFlagsCleared(flagIds: readonly string[]): boolean {
  return useSafetyStore((s) => flagIds.length === 0 || s.acknowledged.has(flagsKey(flagIds)));
}

export function resetSafetyStore(): void {
  useSafetyStore.setState({ acknowledged: new Set() });
}
