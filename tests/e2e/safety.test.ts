import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, collectErrors, launch, waitForBody } from './browser.ts';

const baseUrl = inject('baseUrl');

/** Types into the search box and picks the first option whose text matches. */
async function searchAndPick(page: Page, query: string, option: RegExp) {
  const search = page.getByRole('combobox', { name: /Search muscles, areas and complaints/ });
  await search.fill(query);
  const target = page.getByRole('option', { name: option }).first();
  await expect.poll(() => target.count(), { message: `"${query}" offers ${option}` }).toBe(1);
  await target.dispatchEvent('mousedown');
}

const warnings = (page: Page) => page.getByRole('region', { name: 'Before you start' });

/**
 * Photographs the whole "Before you start" box. It sits in a scrolling panel, so on a normal
 * screen its lower part is cut off; the page is made tall enough to show all of it first.
 */
async function shootWarnings(page: Page, name: string) {
  const height = await warnings(page).evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.max(860, height + 900) });
  await warnings(page).scrollIntoViewIfNeeded();
  await warnings(page).screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
const emergency = (page: Page) =>
  page
    .getByRole('alert')
    .filter({ hasText: /Could this be an emergency\?|Could this need a doctor today\?/ });

describe('safety on every path', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the chest picked from the list names the heart emergency before any muscle is chosen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    await waitForBody(page);
    await page.getByText('Pick an area from a list').click();
    await page.getByRole('combobox', { name: 'Area', exact: true }).selectOption('chest');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => emergency(page).textContent()).toMatch(/Chest pain or pressure/);
    expect(await emergency(page).textContent()).toContain('Call emergency services now');
    // The notice comes first and the results are still there below it.
    const notice = await emergency(page).boundingBox();
    const firstResult = await page.getByRole('heading', { name: /^Most likely/ }).boundingBox();
    expect(notice!.y).toBeLessThan(firstResult!.y);
    await page.screenshot({ path: `${SCREENSHOTS}/safety-01-chest-emergency.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('search "chest pain" → a chest muscle: the heart warning first, steps and timers locked until confirmed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(baseUrl);
    await waitForBody(page);
    await searchAndPick(page, 'chest pain', /Pectoralis major/i);
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /Pectoralis major/ }).count())
      .toBe(1);
    await expect.poll(() => warnings(page).textContent()).toMatch(/Chest pain or pressure/);
    expect(await emergency(page).count()).toBe(1);
    const start = page.getByRole('button', { name: /Start guided/ });
    expect(await start.count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/safety-02-search-chest-locked.png` });
    await page.getByRole('checkbox', { name: /none of them applies to me/ }).check();
    await expect.poll(() => start.count()).toBe(2);
    await page.close();
  });

  it('search "sciatica" → piriformis: the saddle numbness and bladder warning', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(baseUrl);
    await waitForBody(page);
    // "Sciatica" is a complaint: it selects the buttock and the back of the leg, and the saddle
    // warning is named at once; then piriformis is picked from the results.
    await searchAndPick(page, 'sciatica', /Sciatica/i);
    await expect.poll(() => emergency(page).textContent()).toMatch(/saddle area/i);
    await page
      .getByRole('button', { name: /Piriformis/ })
      .first()
      .click();
    await expect.poll(() => warnings(page).textContent()).toMatch(/saddle area/i);
    expect(await warnings(page).textContent()).toMatch(/bladder/i);
    await shootWarnings(page, 'safety-03-sciatica-piriformis');
    await page.close();
  });

  it('heel pain → a calf point: the blood clot warning, because you press on the calf', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${baseUrl}?areas=left.heel`);
    await waitForBody(page);
    await page
      .getByRole('button', { name: /Soleus/ })
      .first()
      .click();
    const clot = warnings(page)
      .getByRole('listitem')
      .filter({ hasText: /calf or leg that is hot/ });
    await expect.poll(() => clot.textContent()).toContain('Shown because you press on your calf.');
    // The heel also brings a torn Achilles tendon and a diabetic foot.
    expect(await warnings(page).textContent()).toMatch(/sudden snap at the back of the ankle/);
    expect(await warnings(page).textContent()).toMatch(/foot problem when you have diabetes/);
    await shootWarnings(page, 'safety-04-heel-soleus-clot');
    await page.close();
  });

  it.each([
    ['pelvic-floor', /saddle area/, 'safety-06-pelvic-floor-emergency'],
    ['achilles', /sudden snap at the back of the ankle/, 'safety-07-achilles-at-once'],
  ])(
    'the %s picked from the list names its warning at once, before any muscle',
    async (region, text, shot) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      const errors = collectErrors(page);
      await page.goto(baseUrl);
      await waitForBody(page);
      await page.getByText('Pick an area from a list').click();
      await page.getByRole('combobox', { name: 'Area', exact: true }).selectOption(region);
      await page.getByRole('button', { name: 'Add' }).click();
      await expect.poll(() => emergency(page).textContent()).toMatch(text);
      await page.screenshot({ path: `${SCREENSHOTS}/${shot}.png` });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('a reload keeps the view and the confirmation for this tab; a fresh visit asks again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}?areas=left.temple&tp=left.upper-trapezius-tp1`);
    await waitForBody(page);
    await page.getByRole('checkbox', { name: /none of them applies to me/ }).check();
    await page.reload();
    await waitForBody(page);
    await expect.poll(() => page.getByRole('button', { name: /Start guided/ }).count()).toBe(2);
    const fresh = await context.newPage();
    await fresh.goto(page.url());
    await waitForBody(fresh);
    await expect
      .poll(() => fresh.getByRole('checkbox', { name: /none of them applies/ }).isChecked())
      .toBe(false);
    expect(await fresh.getByRole('button', { name: /Start guided/ }).count()).toBe(0);
    await context.close();
  });

  it('on a phone, the emergency notice sits at the top of the sheet', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    await page.goto(`${baseUrl}?areas=left.chest`);
    await waitForBody(page);
    const notice = await emergency(page).boundingBox();
    const sheet = await page
      .getByRole('complementary', { name: 'Results and techniques' })
      .boundingBox();
    expect(notice).not.toBeNull();
    // Within the top of the sheet, fully on screen.
    expect(notice!.y - sheet!.y).toBeLessThan(60);
    expect(notice!.y + notice!.height).toBeLessThan(844);
    await page.screenshot({ path: `${SCREENSHOTS}/safety-05-phone-emergency.png` });
    await page.close();
  });
});

describe('safety without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ webgl: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('names the emergency and locks the technique on the list path too', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(baseUrl);
    expect(await waitForBody(page)).toBe('unavailable');
    await page.getByRole('combobox', { name: 'Area', exact: true }).selectOption('low-back');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => emergency(page).textContent()).toMatch(/saddle area/i);
    await page
      .getByRole('button', { name: /Quadratus lumborum/ })
      .first()
      .click();
    await expect.poll(() => warnings(page).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Start guided/ }).count()).toBe(0);
    await page.close();
  });
});
