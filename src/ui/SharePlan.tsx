import { useEffect, useId, useState } from 'react';
import { planPath } from '../domain/planLink.ts';
import type { Session } from '../domain/session.ts';
import { useT } from '../state/i18n.ts';
import { useViewStore } from '../state/viewStore.ts';

/** The address of a session's home plan, whole, as the client's phone opens it. */
export function planUrl(session: Pick<Session, 'findings' | 'areas'>, figure: 'male' | 'female') {
  const path = planPath({
    points: session.findings.map((f) => ({ triggerPointId: f.triggerPointId, side: f.side })),
    areas: session.areas,
    figure,
  });
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#${path}`;
}

/** The QR code of a text, as an SVG data address (made on this device, never fetched). */
export function useQrCode(text: string): string | undefined {
  const [qr, setQr] = useState<{ text: string; src: string }>();
  useEffect(() => {
    let cancelled = false;
    // The QR library loads with the first code, not with the app.
    void import('qrcode').then(async ({ default: QRCode }) => {
      const svg = await QRCode.toString(text, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      });
      if (!cancelled)
        setQr({ text, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
    });
    return () => {
      cancelled = true;
    };
  }, [text]);
  return qr?.text === text ? qr.src : undefined;
}

/**
 * The session's home plan for the client: a QR code to scan with their phone and the same link
 * in full, to copy or open. Everything is in the link; nothing goes to a server.
 */
export function SharePlan({ session }: { session: Session }) {
  const t = useT();
  const id = useId();
  const figure = useViewStore((s) => s.figure);
  const url = planUrl(session, figure);
  const qr = useQrCode(url);
  const [copied, setCopied] = useState<{ url: string; ok: boolean }>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied({ url, ok: true });
    } catch {
      setCopied({ url, ok: false });
    }
  };
  return (
    <section className="share-plan" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('plan.share')}</h3>
      <p className="hint">{t('plan.share.text')}</p>
      <div className="share-qr">
        {qr ? (
          <img src={qr} alt={t('plan.share.qr')} width={220} height={220} />
        ) : (
          <span className="share-qr-placeholder" aria-hidden="true" />
        )}
      </div>
      <label htmlFor={`${id}-link`} className="field-label">
        {t('plan.share.link')}
      </label>
      <textarea
        id={`${id}-link`}
        className="share-link"
        translate="no"
        readOnly
        rows={3}
        value={url}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="share-actions">
        <button type="button" onClick={() => void copy()}>
          {t('plan.share.copy')}
        </button>
        <a href={url} target="_blank" rel="noopener" className="link-button">
          {t('plan.share.open')}
        </a>
        {copied?.url === url && (
          <span role="status" className="hint">
            {t(copied.ok ? 'plan.share.copied' : 'plan.share.copyFailed')}
          </span>
        )}
      </div>
    </section>
  );
}
