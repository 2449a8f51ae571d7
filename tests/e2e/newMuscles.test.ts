import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, collectErrors, launch, waitForBody } from './browser.ts';

const baseUrl = inject('baseUrl');
const warnings = (page: Page) => page.getByRole('region', { name: 'Before you start' });

/** The muscles added from the rest of the manuals, opened the way a link or a shortcut opens them. */
describe('the rest of the manuals’ muscles in the app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the pelvic floor ranks its own muscles, and bulbospongiosus opens for a therapist only, with its reason and no guided pressing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}?areas=left.pelvic-floor&tp=left.bulbospongiosus-tp`);
    await waitForBody(page);
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /Bulbospongiosus/ }).count())
      .toBe(1);
    await expect
      .poll(() => page.getByText(/pelvic health physiotherapist/).count())
      .toBeGreaterThan(0);
    await expect.poll(() => warnings(page).textContent()).toMatch(/saddle area/i);
    expect(await page.getByRole('button', { name: /Start guided pressure/ }).count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/muscles-01-bulbospongiosus.png` });
    const reason = page.locator('.therapist-only');
    await reason.scrollIntoViewIfNeeded();
    expect(await reason.textContent()).toMatch(/consent/);
    await page.screenshot({ path: `${SCREENSHOTS}/muscles-02-bulbospongiosus-reason.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the intercostals open below the shoulder blade with the heart and lung-clot warnings before the steps', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}?areas=left.mid-back,left.side-ribs&tp=left.intercostals-tp`);
    await waitForBody(page);
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /Intercostals/ }).count())
      .toBe(1);
    await expect.poll(() => warnings(page).textContent()).toMatch(/Chest pain or pressure/);
    expect(await warnings(page).textContent()).toMatch(/blood clot in the lung|lung/i);
    await page.screenshot({ path: `${SCREENSHOTS}/muscles-03-intercostals.png` });
    const steps = page.getByText(/groove between two ribs/).first();
    await steps.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/muscles-04-intercostals-steps.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
