import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, collectErrors, launch, waitForBody } from './browser.ts';

const baseUrl = inject('baseUrl');

/** The code and style files of the pages other than the explorer (App.tsx, LazyPage.tsx). */
const PAGE_FILES =
  /\/assets\/(SessionPage|PresentPage|PlanPage|LearnPage|QuizPage|DiaryPage|LearnBody)-[^/]+\.(js|css)$/;

/** Every file of the app a page asks for, from now on. */
function requested(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(baseUrl)) files.push(new URL(r.url()).pathname);
  });
  return files;
}

describe('pages loaded when first opened', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ webgl: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a first visit to the explorer fetches no other page’s code or styles, nor the warnings’ words', async () => {
    const webgl = await launch();
    try {
      const page = await webgl.newPage({ viewport: { width: 1280, height: 860 } });
      const files = requested(page);
      await page.goto(baseUrl);
      expect(await waitForBody(page)).toBe('ready');
      await page.waitForLoadState('networkidle');
      expect(files.filter((f) => PAGE_FILES.test(f))).toEqual([]);
      expect(files.filter((f) => /\/safety-[^/]+\.js$/.test(f))).toEqual([]);
      // Choosing an area brings the warnings' words: the emergency they may be a sign of.
      await page.getByText('Pick an area from a list').click();
      await page.getByRole('combobox', { name: 'Area', exact: true }).selectOption('chest');
      await page.getByRole('button', { name: 'Add' }).click();
      await expect
        .poll(() => page.getByRole('alert').filter({ hasText: 'Chest pain or pressure' }).count())
        .toBe(1);
      await page.close();
    } finally {
      await webgl.close();
    }
  });

  it.each([
    ['#/learn', 'heading', 'All muscles'],
    ['#/learn/quiz', 'heading', 'Test yourself'],
    ['#/session', 'heading', 'This session'],
    ['#/plan?p=1abc', 'heading', 'Your home plan'],
    ['#/diary', 'navigation', 'Diary pages'],
  ] as const)('a direct link to %s opens its page', async (link, role, name) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    const files = requested(page);
    await page.goto(`${baseUrl}${link}`);
    await expect
      .poll(() => page.getByRole(role, { name, exact: true }).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(files.some((f) => PAGE_FILES.test(f))).toBe(true);
    expect(await page.locator('[data-failed-area]').count()).toBe(0);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^Opening/ })
        .count(),
    ).toBe(0);
    const shot = link.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
    await page.screenshot({ path: `${SCREENSHOTS}/pages-direct-${shot}.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page whose code does not arrive says so, and "Try again" opens it once it can', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const chunk = /\/assets\/LearnPage-[^/]+\.js$/;
    await page.route(chunk, (route) => route.abort('connectionreset'));
    await page.goto(`${baseUrl}#/learn`);
    const alert = page.locator('[data-failed-area="page"]');
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
    expect(await alert.getByRole('heading').textContent()).toBe('This page stopped working');
    // The header still works.
    expect(await page.getByRole('navigation', { name: 'Modes' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/pages-code-missing.png` });
    await page.unroute(chunk);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'All muscles' }).count(), { timeout: 30_000 })
      .toBe(1);
    expect(await alert.count()).toBe(0);
    await page.close();
  });
});
