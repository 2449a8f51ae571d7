import { useState, type CSSProperties, type ReactNode } from 'react';
import { useT, type UiKey } from '../state/i18n.ts';
import { Notices } from './Notices.tsx';
import { SHEET_STOPS, SheetHandle } from './SheetHandle.tsx';

/**
 * The panel of a learn page (the atlas, a region, the quiz): at the side on a wide screen, a
 * bottom sheet with its grip on a phone; the notices first, then the page's content, then the
 * reminder that the patterns describe and do not diagnose.
 */
export function LearnSheet({
  className,
  label,
  children,
}: {
  className: string;
  label: UiKey;
  children: ReactNode;
}) {
  const t = useT();
  const [sheet, setSheet] = useState<number>(SHEET_STOPS[1]);
  return (
    <aside
      className={`side-panel ${className}`}
      aria-label={t(label)}
      style={{ '--sheet-height': `${sheet}%` } as CSSProperties}
    >
      <SheetHandle height={sheet} onHeight={setSheet} />
      <Notices />
      <div className="panel-body">{children}</div>
      <footer className="panel-footer">
        <p>{t('atlas.footer')}</p>
      </footer>
    </aside>
  );
}
