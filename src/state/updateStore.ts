import { create } from 'zustand';

/**
 * A new version of the app, downloaded by the service worker and waiting: the page keeps the
 * version it started with until the person chooses to reload (src/ui/UpdatePrompt.tsx), so a
 * running timer or a half-written diary entry is never swept away by a deployment.
 */
interface UpdateState {
  /** A new version is waiting and the person has not put the prompt aside. */
  waiting: boolean;
  /** Hands the waiting version to the page (src/app/serviceWorker.ts sets it). */
  activate: (() => Promise<void>) | null;
  /** Says a new version is waiting; `activate` switches to it and reloads the page. */
  offer: (activate: () => Promise<void>) => void;
  /** Switches to the new version now (the page reloads). */
  reload: () => Promise<void>;
  /** Puts the prompt aside: the new version starts next time the app is opened. */
  later: () => void;
}

export const useUpdateStore = create<UpdateState>()((set, get) => ({
  waiting: false,
  activate: null,
  offer: (activate) => set({ waiting: true, activate }),
  reload: async () => {
    const { activate } = get();
    set({ waiting: false });
    await activate?.();
  },
  later: () => set({ waiting: false }),
}));

export function resetUpdateStore(): void {
  useUpdateStore.setState({ waiting: false, activate: null });
}
