import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, collectErrors, launch, settle, waitForBody } from './browser.ts';

const baseUrl = inject('baseUrl');

const markers = (page: Page) =>
  page.evaluate(() => window.__referralExplorer?.markers() ?? { count: -1, labels: [] });

/** Opens the nth result of the explorer's list and adds it to the session; returns its muscle. */
async function addResult(page: Page, nth: number): Promise<string> {
  const result = page.locator('.result').nth(nth);
  await result.waitFor();
  await result.click();
  const title = (await page.locator('#details-title').textContent()) ?? '';
  await page.getByRole('button', { name: 'Add to session' }).click();
  await expect.poll(() => page.locator('.add-to-session').textContent()).toMatch(/number \d/);
  await page.getByRole('button', { name: '← All results' }).click();
  return title.replace(/·.*$/, '').trim();
}

describe('a therapist’s session in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gathers three trigger points from the explorer and shows them numbered on one body, kept across a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}#/?areas=left.temple`);
    expect(await waitForBody(page)).toBe('ready');
    const muscles = [await addResult(page, 0), await addResult(page, 1), await addResult(page, 2)];
    expect(new Set(muscles).size).toBe(3);

    await page
      .getByRole('navigation', { name: 'Modes' })
      .getByRole('link', { name: 'Session' })
      .click();
    await expect.poll(() => page.url()).toMatch(/#\/session$/);
    expect(await waitForBody(page)).toBe('ready');
    await expect.poll(() => markers(page)).toEqual({ count: 3, labels: ['1', '2', '3'] });
    const items = page.locator('.finding');
    await expect.poll(() => items.count()).toBe(3);
    for (const [i, muscle] of muscles.entries())
      expect(await items.nth(i).textContent()).toContain(`${i + 1}. ${muscle}`);
    await expect
      .poll(() => page.locator('.session-chips .chip').allTextContents())
      .toEqual(['Left temple×']);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/session-01-three-findings.png` });

    // Reorder and annotate; a reload keeps it all (saved on this device only).
    await page.getByRole('button', { name: 'Move number 3 up' }).click();
    await page
      .getByRole('textbox', { name: 'Note' })
      .first()
      .fill('active, brings on the headache');
    await expect.poll(() => items.nth(1).textContent()).toContain(`2. ${muscles[2]}`);
    await page.waitForTimeout(300);
    await page.reload();
    expect(await waitForBody(page)).toBe('ready');
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.nth(1).textContent()).toContain(`2. ${muscles[2]}`);
    expect(await page.getByRole('textbox', { name: 'Note' }).first().inputValue()).toBe(
      'active, brings on the headache',
    );
    await expect.poll(() => markers(page)).toEqual({ count: 3, labels: ['1', '2', '3'] });
    expect(errors).toEqual([]);
    await context.close();
  });
});
