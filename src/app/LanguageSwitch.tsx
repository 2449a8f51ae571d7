import { LANGUAGES, isLocale, setLocale, useI18nStore, useT, type Locale } from '../state/i18n.ts';
import { currentPath, currentSearch, navigate } from './hashLocation.ts';

/** A language's name in that language ("Deutsch", "Français"), for the switch. */
export function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : locale;
  } catch {
    return locale;
  }
}

/** Puts the language in the address (English, the default, needs none), keeping the rest. */
function keepInAddress(locale: Locale): void {
  const params = new URLSearchParams(currentSearch());
  if (locale === 'en') params.delete('lang');
  else params.set('lang', locale);
  const query = params.toString();
  navigate(`${currentPath()}${query ? `?${query}` : ''}`, { replace: true });
}

/**
 * The language switch in the header: each language named in itself. It appears only once the
 * app has a second language, so it never offers a choice of one.
 */
export function LanguageSwitch({ languages = LANGUAGES }: { languages?: readonly Locale[] }) {
  const t = useT();
  const locale = useI18nStore((s) => s.locale);
  if (languages.length < 2) return null;
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={locale}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next)) return;
          keepInAddress(next);
          void setLocale(next);
        }}
      >
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageName(l)}
          </option>
        ))}
      </select>
    </label>
  );
}
