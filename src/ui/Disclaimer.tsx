import { useEffect, useRef } from 'react';
import { useT } from '../state/i18n.ts';

/** The full disclaimer, as a modal dialog. */
export function DisclaimerDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // jsdom has no showModal; fall back to the open attribute there.
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="disclaimer-dialog"
      aria-labelledby="disclaimer-title"
      onClose={onClose}
    >
      <h2 id="disclaimer-title">{t('about.title')}</h2>
      <p>
        <strong>{t('about.informs')}</strong> {t('about.what')}
      </p>
      <ul>
        <li>{t('about.notASubstitute')}</li>
        <li>{t('about.warnings')}</li>
        <li>{t('about.stop')}</li>
        <li>{t('about.careful')}</li>
      </ul>
      <p>{t('about.privacy')}</p>
      <p>{t('about.sources')}</p>
      <form method="dialog">
        <button type="submit" onClick={onClose}>
          {t('about.ok')}
        </button>
      </form>
    </dialog>
  );
}
