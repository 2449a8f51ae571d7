import { Link, useLocation } from 'wouter';
import { useT } from '../state/i18n.ts';
import { isPageId, prefetchPage } from './LazyPage.tsx';
import { MODES, modeOf } from './modes.ts';

/**
 * The header's way between modes: one link per mode, the current one marked for screen
 * readers and by style. Hidden while there is only one mode. A phone shows the short labels, so
 * all the modes fit on one row without scrolling sideways.
 */
export function ModeNav() {
  const t = useT();
  const [path] = useLocation();
  if (MODES.length < 2) return null;
  const current = modeOf(path);
  return (
    <nav className="mode-nav" aria-label={t('mode.nav')}>
      <ul>
        {MODES.map((mode) => (
          <li key={mode.id}>
            <Link
              href={mode.path}
              title={t(mode.description)}
              aria-label={t(mode.label)}
              aria-current={current?.id === mode.id ? 'page' : undefined}
              data-mode={mode.id}
              onPointerEnter={() => prefetch(mode.id)}
              onFocus={() => prefetch(mode.id)}
            >
              {/* Both labels are in the page and the style shows one (the short one on a
                  phone); the name read out is the full label, which contains the short one. */}
              <span className="mode-label">{t(mode.label)}</span>
              <span className="mode-label-short">{t(mode.short)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A link pointed at or focused is likely to be followed: start fetching its page's code. */
function prefetch(mode: string) {
  if (isPageId(mode)) prefetchPage(mode);
}
