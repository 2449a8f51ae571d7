import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, collectErrors, launch, settle, waitForBody } from './browser.ts';
import { decodePng, shareOfColour, type Image } from './png.ts';

const baseUrl = inject('baseUrl');

/** The body's first two pattern colours (src/scene/regionMaterial.ts). */
const RED: [number, number, number] = [0xcc, 0x17, 0x19];
const PURPLE: [number, number, number] = [0x6a, 0x3d, 0x9a];

async function bodyShot(page: Page, name: string): Promise<Image> {
  await settle(page, 1200);
  return decodePng(await page.locator('.viewport').screenshot({ path: `${SCREENSHOTS}/${name}` }));
}

describe('the learn mode in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('browses the atlas: filters, opens a muscle with all its trigger points on the body, one alone, back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    await waitForBody(page);
    // The header offers the learn mode; following it opens the atlas.
    await page
      .getByRole('navigation', { name: 'Modes' })
      .getByRole('link', { name: 'Learn' })
      .click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/learn');
    expect(await waitForBody(page)).toBe('ready');
    await expect
      .poll(() => page.getByRole('link', { name: 'Learn' }).getAttribute('aria-current'))
      .toBe('page');
    await page.getByRole('heading', { name: 'All muscles' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/learn-01-atlas.png` });

    await page.getByRole('searchbox', { name: 'Find a muscle' }).fill('trap');
    await expect.poll(() => page.locator('.atlas-muscle').count()).toBe(3);
    await page.getByRole('button', { name: /Upper trapezius/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Upper trapezius' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toBe('#/learn?muscle=upper-trapezius');
    await page.getByText('Starts at').waitFor();

    // Both trigger points' patterns are on the body, each in its own colour.
    const both = await bodyShot(page, 'learn-02-upper-trapezius-all.png');
    await page.screenshot({ path: `${SCREENSHOTS}/learn-03-card.png` });
    expect(shareOfColour(both, RED, 60)).toBeGreaterThan(0.001);
    expect(shareOfColour(both, PURPLE, 60)).toBeGreaterThan(0.001);

    // The second alone: its colour stays, the first's red pattern goes.
    await page.getByRole('button', { name: /Show only 2/ }).click();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toContain('point=upper-trapezius-tp2');
    const alone = await bodyShot(page, 'learn-04-upper-trapezius-tp2.png');
    expect(shareOfColour(alone, PURPLE, 60)).toBeGreaterThan(0.001);
    expect(shareOfColour(alone, RED, 60)).toBeLessThan(shareOfColour(both, RED, 60) / 3);

    // Back goes to the list (showing one alone replaced the address), filter kept.
    await page.goBack();
    await page.getByRole('heading', { name: 'All muscles' }).waitFor();
    expect(await page.getByRole('searchbox').inputValue()).toBe('trap');

    // A link opens a muscle directly; one naming no muscle says so and shows the list.
    await page.goto(`${baseUrl}#/learn?muscle=gluteus-medius&side=right`);
    await page.getByRole('heading', { level: 2, name: 'Gluteus medius' }).waitFor();
    await bodyShot(page, 'learn-05-gluteus-medius-right.png');
    await page.goto(`${baseUrl}#/learn?muscle=no-such-muscle`);
    await page.getByText(/names a muscle the atlas does not have/).waitFor();
    await page.getByRole('heading', { name: 'All muscles' }).waitFor();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/learn');
    await page.screenshot({ path: `${SCREENSHOTS}/learn-07-unknown-muscle.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the learn mode without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ webgl: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists every pattern in words when the body cannot be drawn', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${baseUrl}#/learn`);
    expect(await waitForBody(page)).toBe('unavailable');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('listed in words in the panel');
    await page.getByRole('button', { name: /Infraspinatus/ }).click();
    await page
      .getByText(/Main pain: Left front of shoulder/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/learn-06-no-webgl.png` });
    await page.close();
  });
});
