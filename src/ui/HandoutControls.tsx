import { useId } from 'react';
import { useT } from '../state/i18n.ts';
import { CLIENT_NAME_MAX_LENGTH, useHandoutStore } from '../state/handoutStore.ts';

/**
 * "Print handout": the name to print on it (kept in memory only: never saved, never in the
 * link), the button, and what is happening (pictures being drawn, or none on this device).
 */
export function HandoutControls({
  nameKey,
  who,
  onPrint,
  bodyAvailable,
}: {
  /** Whose name it is: a session's id, or "plan". */
  nameKey: string;
  who: 'client' | 'self';
  onPrint: () => void;
  bodyAvailable: boolean;
}) {
  const t = useT();
  const id = useId();
  const name = useHandoutStore((s) => s.names[nameKey] ?? '');
  const setName = useHandoutStore((s) => s.setName);
  const drawing = useHandoutStore((s) => s.drawing);
  return (
    <section className="handout-controls" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('handout.controls')}</h3>
      <label htmlFor={`${id}-name`} className="field-label">
        {t('handout.name', { who })}
      </label>
      <input
        id={`${id}-name`}
        type="text"
        autoComplete="off"
        maxLength={CLIENT_NAME_MAX_LENGTH}
        value={name}
        onChange={(e) => setName(nameKey, e.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        {t('handout.name.hint')}
      </p>
      <button type="button" className="handout-print-button" onClick={onPrint}>
        {t('handout.print')}
      </button>
      <p className="hint" role="status">
        {drawing ? t('handout.drawing') : bodyAvailable ? '' : t('handout.noBody')}
      </p>
    </section>
  );
}
