import { useT } from '../state/i18n.ts';
import { useNoticeStore } from '../state/noticeStore.ts';

/** Dismissable messages (a link that could not be fully read, for instance). */
export function Notices() {
  const t = useT();
  const notices = useNoticeStore((s) => s.notices);
  const dismiss = useNoticeStore((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{t(n.key, n.values)}</span>
          <button type="button" aria-label={t('notice.dismiss')} onClick={() => dismiss(n.id)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
