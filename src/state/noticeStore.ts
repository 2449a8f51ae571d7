import { create } from 'zustand';

/** Short, dismissable messages about something the app could not do as asked. */
export interface Notice {
  id: number;
  text: string;
}

interface NoticeState {
  notices: readonly Notice[];
  notify: (text: string) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  notify: (text) =>
    set((s) =>
      s.notices.some((n) => n.text === text)
        ? s
        : { notices: [...s.notices, { id: nextId++, text }] },
    ),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export function resetNoticeStore(): void {
  useNoticeStore.setState({ notices: [] });
}
