import { useEffect } from 'react';
import { useNoticeStore, type Notice } from '../../stores/notice-store';

/** Plain confirmations fade; errors, warnings and anything with an action stay until dismissed. */
const INFO_LIFETIME_MS = 8000;

function NoticeItem({ notice }: { notice: Notice }) {
  const dismiss = useNoticeStore((state) => state.dismiss);
  const transient = notice.kind === 'info' && !notice.action;

  useEffect(() => {
    if (!transient) return;
    const timer = window.setTimeout(() => dismiss(notice.id), INFO_LIFETIME_MS);
    return () => window.clearTimeout(timer);
  }, [dismiss, notice.id, transient]);

  return (
    <li className={`notice notice-${notice.kind}`}>
      <span className="notice-message">{notice.message}</span>
      {notice.action && (
        <button
          type="button"
          className="notice-action"
          onClick={() => {
            dismiss(notice.id);
            notice.action?.run();
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
        ×
      </button>
    </li>
  );
}

/**
 * The app-wide message area. Both live regions are always in the document: screen readers
 * announce changes to a region they already know, not one that appears with its text.
 */
export function NoticeArea() {
  const notices = useNoticeStore((state) => state.notices);
  const errors = notices.filter((notice) => notice.kind !== 'info');
  const infos = notices.filter((notice) => notice.kind === 'info');
  return (
    <section className="notice-area" aria-label="Messages">
      <ul role="alert" className="notice-list">
        {errors.map((notice) => (
          <NoticeItem key={notice.id} notice={notice} />
        ))}
      </ul>
      <ul role="status" className="notice-list">
        {infos.map((notice) => (
          <NoticeItem key={notice.id} notice={notice} />
        ))}
      </ul>
    </section>
  );
}
