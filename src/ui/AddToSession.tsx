import { useEffect } from 'react';
import { Link } from 'wouter';
import { MAX_FINDINGS, sameFinding } from '../domain/session.ts';
import type { Side } from '../domain/regions.ts';
import { useT } from '../state/i18n.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { currentSession, useSessionStore } from '../state/sessionStore.ts';

/**
 * "Add to session": one click puts this trigger point, on this side, into the therapist's open
 * session, with the areas the client pointed to. Once in, says which number it has there and
 * offers the way to the session.
 */
export function AddToSession({ triggerPointId, side }: { triggerPointId: string; side: Side }) {
  const t = useT();
  const status = useSessionStore((s) => s.status);
  const number = useSessionStore(
    (s) =>
      currentSession(s.book).findings.findIndex((f) => sameFinding(f, { triggerPointId, side })) +
      1,
  );
  const full = useSessionStore((s) => currentSession(s.book).findings.length >= MAX_FINDINGS);
  useEffect(() => void useSessionStore.getState().open(), []);
  const add = () =>
    void useSessionStore
      .getState()
      .addFinding({ triggerPointId, side }, useSelectionStore.getState().areas);
  return (
    <div className="add-to-session" aria-live="polite">
      {number > 0 ? (
        <p>
          <span className="session-number" aria-hidden="true">
            ✓
          </span>{' '}
          {t('session.added', { number })}{' '}
          <Link href="/session" className="link-button">
            {t('session.open')}
          </Link>
        </p>
      ) : full ? (
        <p>{t('session.full', { max: MAX_FINDINGS })}</p>
      ) : (
        <button
          type="button"
          className="add-to-session-button"
          title={t('session.add.hint', { side })}
          disabled={status !== 'ready'}
          onClick={add}
        >
          {t('session.add')}
        </button>
      )}
    </div>
  );
}
