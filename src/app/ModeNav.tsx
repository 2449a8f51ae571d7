import { Link, useLocation } from 'wouter';
import { useT } from '../state/i18n.ts';
import { MODES, modeOf } from './modes.ts';

/**
 * The header's way between modes: one link per mode, the current one marked for screen
 * readers and by style. Hidden while there is only one mode.
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
              aria-current={current?.id === mode.id ? 'page' : undefined}
              data-mode={mode.id}
            >
              {t(mode.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
