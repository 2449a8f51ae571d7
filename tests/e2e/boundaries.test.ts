import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SCREENSHOTS, launch, waitForBody } from './browser.ts';

const baseUrl = inject('baseUrl');

describe('one area failing in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('when the 3D code cannot load, the panel still ranks causes, and "Try again" brings the body back once it can', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    // The body's code chunk fails to arrive, as on a connection that drops.
    const chunk = /\/assets\/BodyCanvas-[^/]+\.js$/;
    await page.route(chunk, (route) => route.abort('connectionreset'));
    await page.goto(`${baseUrl}#/?areas=left.temple`);
    const alert = page.locator('[data-failed-area="body"]');
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
    expect(await alert.getByRole('heading').textContent()).toBe('The 3D body stopped working');
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: 'Area', exact: true }).selectOption('heel');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect
      .poll(() => page.locator('.chip').allTextContents())
      .toEqual(['Left temple×', 'Left heel×']);
    await page.screenshot({ path: `${SCREENSHOTS}/boundary-body-failed.png` });

    await page.unroute(chunk);
    await alert.getByRole('button', { name: 'Try again' }).click();
    expect(await waitForBody(page)).toBe('ready');
    expect(await alert.count()).toBe(0);
    expect(await page.locator('.chip').allTextContents()).toEqual(['Left temple×', 'Left heel×']);
    await page.close();
  });

  it('"Reload the page" brings the body back with the same selection', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const chunk = /\/assets\/BodyCanvas-[^/]+\.js$/;
    await page.route(chunk, (route) => route.abort('connectionreset'));
    await page.goto(`${baseUrl}#/?areas=right.calf&view=back`);
    const alert = page.locator('[data-failed-area="body"]');
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
    await page.unroute(chunk);
    await alert.getByRole('button', { name: 'Reload the page' }).click();
    expect(await waitForBody(page)).toBe('ready');
    expect(await page.locator('.chip').allTextContents()).toEqual(['Right calf×']);
    expect(page.url()).toContain('view=back');
    await page.close();
  });
});
