import { create } from 'zustand';
import type { UiKey, Values } from './i18n.ts';

/** Short, dismissable messages about something the app could not do as asked. */
export interface Notice {
  id: number;
  /** The message, worded by the catalogue in the active language. */
  key: UiKey;
  values?: Values;
}

interface NoticeState {
  notices: readonly Notice[];
  notify: (key: UiKey, values?: Values) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  notify: (key, values) =>
    set((s) =>
      s.notices.some((n) => n.key === key && JSON.stringify(n.values) === JSON.stringify(values))
        ? s
        : { notices: [...s.notices, { id: nextId++, key, values }] },
    ),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export function resetNoticeStore(): void {
  useNoticeStore.setState({ notices: [] });
}
