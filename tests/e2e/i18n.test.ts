import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import pseudolocale from 'pseudolocale';
import { SCREENSHOTS, collectErrors, launch, waitForBody } from './browser.ts';

const baseUrl = inject('baseUrl');

/**
 * Every piece of visible text, and every label a screen reader or a tooltip shows, whose letters
 * are plain ASCII: in the pseudo-locale, every letter that came through a catalogue is accented
 * (the pseudo-localiser leaves only v and x as they are), so these bypassed the catalogues.
 * Citations are exempt (`translate="no"`): they stay as published.
 */
async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const plain = /[A-UWYZa-uwyz]/;
    const found = new Set<string>();
    const skip = (el: Element | null) => Boolean(el?.closest('[translate="no"], script, style'));
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || skip(el)) continue;
      // Hidden descriptions for screen readers count too: they are read out.
      if (!visible(el) && !el.closest('.visually-hidden')) continue;
      if (plain.test(text)) found.add(text.slice(0, 80));
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (skip(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value && plain.test(value)) found.add(`${attr}="${value.slice(0, 60)}"`);
      }
    }
    return [...found];
  });
}

describe('the app in the pseudo-locale', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every string through the catalogues: start, results, warnings, technique, session, search, about, present view, home plan', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}?lang=en-XA`);
    await waitForBody(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
    const seen: string[] = [];
    const look = async (step: string) =>
      seen.push(...(await untranslated(page)).map((t) => `${step}: ${t}`));

    await look('start');
    // Pick an area from the list (the body's words are in the canvas, checked by the catalogue).
    await page.locator('details.picker-details > summary').click();
    await page.getByRole('form').getByRole('combobox').selectOption('chest');
    await page.getByRole('form').getByRole('button').click();
    // In this locale no name is known in advance: the first result by its place in the list.
    const firstResult = page.locator('.result-list').getByRole('button').first();
    await firstResult.waitFor();
    await look('results');
    await firstResult.click();
    await page.locator('#before-you-start input[type="checkbox"]').waitFor();
    for (const summary of await page.locator('details summary').all()) await summary.click();
    await look('warnings');
    await page.locator('#before-you-start input[type="checkbox"]').check();
    await page.locator('.timer').first().waitFor();
    await look('technique');
    await page.screenshot({ path: `${SCREENSHOTS}/i18n-pseudo-technique.png`, fullPage: true });
    // The therapist's session: add this point, open the session page from the header.
    await page.locator('.add-to-session-button').click();
    await page.locator('.add-to-session a').waitFor();
    await look('added to session');
    await page.locator('.mode-nav a[data-mode="session"]').click();
    await page.locator('.finding').first().waitFor();
    await look('session');
    await page.screenshot({ path: `${SCREENSHOTS}/i18n-pseudo-session.png` });
    await page.goBack();

    // Search looks through the words of the active language: here, pseudo-English.
    await page
      .getByRole('combobox')
      .first()
      .fill(pseudolocale('pec', { prepend: '', append: '' }));
    await page.getByRole('option').first().waitFor();
    await look('search');
    await page.keyboard.press('Escape');
    await page.getByRole('banner').getByRole('button').click();
    await look('about');
    await page.keyboard.press('Escape');

    // The present view and the client's home plan, in the same language.
    await page.evaluate(() => (window.location.hash = '#/session'));
    await page.locator('.share-qr img').waitFor();
    await look('session share');
    await page.locator('.session-links a').click();
    await page.locator('.present-finding h3').nth(2).waitFor();
    await look('present');
    await page.evaluate(() => (window.location.hash = '#/session'));
    const plan = await page.locator('.share-link').inputValue();
    await page.evaluate((hash) => (window.location.hash = hash), new URL(plan).hash);
    await page.locator('.plan-point .technique-stretch').first().waitFor();
    await page.locator('#before-you-start input[type="checkbox"]').check();
    await look('home plan');
    await page.evaluate(() => (window.location.hash = '#/plan?p=1AAAA'));
    await page.locator('.plan-problem').waitFor();
    await look('damaged plan');

    expect(seen).toEqual([]);
    expect(errors.filter((e) => !/Missing message/.test(e))).toEqual([]);
    await page.close();
  });

  it('shows every string of the learn mode through the catalogues: atlas, card', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}#/learn?lang=en-XA`);
    await waitForBody(page);
    const seen: string[] = [];
    const look = async (step: string) =>
      seen.push(...(await untranslated(page)).map((t) => `${step}: ${t}`));
    await page.locator('.atlas-muscle').first().waitFor();
    await look('atlas');
    await page.locator('.atlas-muscle').nth(4).click();
    await page.locator('.muscle-card dl.facts').waitFor();
    await look('card');
    await page.screenshot({ path: `${SCREENSHOTS}/i18n-pseudo-learn-card.png` });
    // The quiz: its setup, a question, an answer with its feedback.
    await page.goto(`${baseUrl}#/learn/quiz?lang=en-XA`);
    await page.locator('.quiz-setup').waitFor();
    await look('quiz setup');
    await page.locator('.quiz-setup .primary-button').click();
    await page.locator('.quiz-question').waitFor();
    await look('quiz question');
    const choice = page.locator('.quiz-choice').first();
    if (await choice.count()) await choice.click();
    else {
      await page.locator('.quiz-areas input').first().check();
      await page.locator('.quiz-question .primary-button').click();
    }
    await page.locator('.quiz-feedback').waitFor();
    await look('quiz feedback');
    await page.screenshot({ path: `${SCREENSHOTS}/i18n-pseudo-quiz.png` });
    expect(seen).toEqual([]);
    expect(errors.filter((e) => !/Missing message/.test(e))).toEqual([]);
    await page.close();
  });

  it('shows every string of the pain diary through the catalogues: log, entries, history, backup, summary', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}#/diary?lang=en-XA`);
    await waitForBody(page);
    const seen: string[] = [];
    const look = async (step: string) =>
      seen.push(...(await untranslated(page)).map((t) => `${step}: ${t}`));

    await look('diary start');
    const panel = page.locator('.diary-panel');
    await panel.locator('details.picker-details > summary').click();
    await panel.getByRole('form').getByRole('combobox').selectOption('temple');
    await panel.getByRole('form').getByRole('button').click();
    await panel.locator('.diary-done select').nth(1).selectOption({ index: 1 });
    await panel.locator('.diary-done-button').click();
    await panel.locator('.diary-when .link-button').click();
    await look('diary draft');
    await panel.locator('.diary-save').click();
    await panel.locator('.diary-entry').waitFor();
    await panel.locator('.diary-entry-buttons button').nth(1).click();
    await look('diary entries');
    await page.screenshot({ path: `${SCREENSHOTS}/i18n-pseudo-diary.png`, fullPage: true });
    await panel.locator('.diary-tabs a').nth(1).click();
    await panel.locator('.area-chart').first().waitFor();
    for (const summary of await panel.locator('details summary').all()) await summary.click();
    await look('diary history');
    await panel.locator('.diary-tabs a').nth(2).click();
    await panel.locator('input[type="file"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app": "referral-explorer", "ke'),
    });
    await panel.locator('.diary-import-result .diary-problem').waitFor();
    await panel.locator('.diary-backup section').nth(2).getByRole('button').click();
    await look('diary backup');
    await panel.locator('.diary-button-link').click();
    await page.locator('.diary-summary-page').waitFor();
    await look('diary summary');

    expect(seen).toEqual([]);
    expect(errors.filter((e) => !/Missing message/.test(e))).toEqual([]);
    await page.close();
  });
});
