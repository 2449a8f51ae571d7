// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageSwitch, languageName } from '../../src/app/LanguageSwitch.tsx';
import { LANGUAGES, PSEUDO_LOCALE, setLocale, useI18nStore } from '../../src/state/i18n.ts';

describe('the language switch', () => {
  afterEach(async () => {
    await setLocale('en');
    window.history.replaceState(null, '', '/');
  });

  it('is not shown while the app has one language', () => {
    expect(LANGUAGES).toHaveLength(1);
    const { container } = render(<LanguageSwitch />);
    expect(container).toBeEmptyDOMElement();
  });

  it('with two languages, names each in itself, switches, and keeps the choice in the address', async () => {
    window.history.replaceState(null, '', '/#/session?areas=x');
    render(<LanguageSwitch languages={['en', PSEUDO_LOCALE]} />);
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(screen.getByRole('option', { name: 'English' })).toHaveAttribute('lang', 'en');
    await userEvent.selectOptions(select, PSEUDO_LOCALE);
    // The pseudo-locale's catalogue is built on demand; on a loaded machine that takes seconds.
    await waitFor(() => expect(useI18nStore.getState().locale).toBe(PSEUDO_LOCALE), {
      timeout: 15_000,
    });
    expect(window.location.hash).toBe(`#/session?areas=x&lang=${PSEUDO_LOCALE}`);
    expect(document.documentElement.lang).toBe(PSEUDO_LOCALE);
  });

  it('names a language in its own words', () => {
    expect(languageName('de')).toBe('Deutsch');
    expect(languageName('fr')).toBe('Français');
  });
});
