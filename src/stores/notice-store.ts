import { create } from 'zustand';

/**
 * The app-wide message area. Any feature can `notify` (e.g. a storage error from
 * classifyStorageError, "Sighting deleted" with an Undo action); the area renders errors as
 * alerts and everything else as polite status messages.
 */
export type NoticeKind = 'error' | 'warning' | 'info';

export type NoticeAction = { label: string; run: () => void };

export type Notice = { id: number; kind: NoticeKind; message: string; action?: NoticeAction };

export type NoticeInput = Omit<Notice, 'id'>;

/** Older notices drop off so a burst of errors cannot cover the map. */
export const MAX_NOTICES = 4;

type NoticeState = {
  notices: Notice[];
  notify: (notice: NoticeInput) => number;
  dismiss: (id: number) => void;
};

let nextId = 1;

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  notify: (notice) => {
    const id = nextId++;
    set((state) => {
      // The same message twice (a failing retry loop) is shown once, as the newest.
      const others = state.notices.filter((existing) => existing.message !== notice.message || existing.kind !== notice.kind);
      return { notices: [...others, { ...notice, id }].slice(-MAX_NOTICES) };
    });
    return id;
  },
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
}));

/** For code outside React (repositories' callers, service worker registration). */
export function notify(notice: NoticeInput): number {
  return useNoticeStore.getState().notify(notice);
}
