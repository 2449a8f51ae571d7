import { useT } from '../state/i18n.ts';
import { useUpdateStore } from '../state/updateStore.ts';

/**
 * "A new version is ready — Reload": shown when the service worker holds a newer version than
 * the page runs. It never takes the focus or covers a dialog's buttons; the live region is
 * always there, so a screen reader announces the words when they appear.
 */
export function UpdatePrompt() {
  const t = useT();
  const waiting = useUpdateStore((s) => s.waiting);
  const reload = useUpdateStore((s) => s.reload);
  const later = useUpdateStore((s) => s.later);
  return (
    <div className="update-prompt" role="status" aria-label={t('update.label')}>
      {waiting && (
        <div className="update-prompt-card">
          <p>{t('update.ready')}</p>
          <span className="update-prompt-actions">
            <button type="button" className="update-reload" onClick={() => void reload()}>
              {t('update.reload')}
            </button>
            <button type="button" className="update-later" onClick={later}>
              {t('update.later')}
            </button>
          </span>
        </div>
      )}
    </div>
  );
}
