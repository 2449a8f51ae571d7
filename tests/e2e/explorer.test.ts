import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, collectErrors, launch, settle, waitForBody } from './browser.ts';
import { decodePng, shareOfColour, shareOfRed, topOfFigure } from './png.ts';

const baseUrl = inject('baseUrl');
const BACKGROUND: [number, number, number] = [0xf3, 0xf1, 0xed];

async function clickArea(page: Page, region: string, side: 'left' | 'right') {
  const point = await page.evaluate(
    ([r, s]) => window.__referralExplorer?.screenPointOf(r!, s as 'left' | 'right') ?? null,
    [region, side],
  );
  expect(point, `${side} ${region} is visible on the body`).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  return point!;
}

describe('the explorer in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the body, then clicking the left temple ranks upper trapezius and shows its technique', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    expect(await waitForBody(page)).toBe('ready');

    // The body is really drawn: the viewport is mostly background with a large figure in it.
    const viewport = page.locator('.viewport');
    const shot = decodePng(await viewport.screenshot({ path: `${SCREENSHOTS}/01-front.png` }));
    const background = shareOfColour(shot, BACKGROUND, 24);
    expect(background).toBeLessThan(0.93);
    expect(background).toBeGreaterThan(0.4);

    // Hovering names the area; clicking selects it.
    await clickArea(page, 'temple', 'left');
    await expect.poll(() => page.locator('.hover-tooltip').textContent()).toContain('Left temple');
    await page.screenshot({ path: `${SCREENSHOTS}/02-hover-left-temple.png` });
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => page.locator('.chip').allTextContents()).toEqual(['Left temple×']);

    // The ranked list puts the upper trapezius near the top, on the left side.
    const results = page.locator('.result');
    await expect.poll(() => results.count()).toBeGreaterThan(1);
    const firstThree = (await results.allTextContents()).slice(0, 3).join(' | ');
    expect(firstThree).toMatch(/Upper trapezius[^|]*Left side/i);
    expect(await results.first().textContent()).toContain('Refers to: left temple (main)');
    await page.screenshot({ path: `${SCREENSHOTS}/03-ranked-left-temple.png` });

    // Choosing it shows where it is, its pattern on the body, and how to release it.
    await page
      .locator('.result', { hasText: /Upper trapezius/i })
      .first()
      .click();
    await expect
      .poll(() => page.locator('#details-title').textContent())
      .toMatch(/Upper trapezius/i);
    for (const heading of [
      'Where to find it',
      'Where it sends pain',
      'Pressure (ischaemic compression)',
      'Stretch',
      'Before you start',
      'With this muscle',
      'Sources',
    ]) {
      await expect.poll(() => page.getByRole('heading', { name: heading }).count()).toBe(1);
    }
    await settle(page, 1200);
    const pattern = decodePng(
      await viewport.screenshot({ path: `${SCREENSHOTS}/04-upper-trapezius-pattern.png` }),
    );
    expect(shareOfRed(pattern)).toBeGreaterThan(0.002);
    await page.screenshot({ path: `${SCREENSHOTS}/05-technique-panel.png` });

    // The whole view is in the URL.
    expect(page.url()).toContain('areas=left.temple');
    expect(page.url()).toMatch(/tp=left\.upper-trapezius-tp\d/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('turns the body with the view buttons, and clicking a selected area again unselects it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${baseUrl}?areas=left.low-back`);
    expect(await waitForBody(page)).toBe('ready');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await settle(page);
    await page.locator('.viewport').screenshot({ path: `${SCREENSHOTS}/06-back-low-back.png` });
    await clickArea(page, 'low-back', 'left');
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => page.locator('.chip').count()).toBe(0);
    await page.close();
  });

  it.each(['armpit', 'elbow-front', 'achilles', 'foot-outer', 'foot-inner', 'pelvic-floor'])(
    'a link naming the left %s turns the body to show it, and a click there unselects it',
    async (region) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      await page.goto(`${baseUrl}?areas=left.${region}`);
      expect(await waitForBody(page)).toBe('ready');
      await settle(page);
      await page
        .locator('.viewport')
        .screenshot({ path: `${SCREENSHOTS}/16-link-left-${region}.png` });
      await clickArea(page, region, 'left');
      await page.mouse.down();
      await page.mouse.up();
      await expect.poll(() => page.locator('.chip').count()).toBe(0);
      await page.close();
    },
  );

  it('shows the body from the front, back, both sides and three-quarters; dragging turns it without selecting', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
    await page.goto(baseUrl);
    expect(await waitForBody(page)).toBe('ready');
    const viewport = page.locator('.viewport');
    const shots: Buffer[] = [];
    for (const [name, button] of [
      ['front', 'Front'],
      ['back', 'Back'],
      ['left', 'Your left side'],
      ['right', 'Your right side'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await settle(page);
      shots.push(await viewport.screenshot({ path: `${SCREENSHOTS}/view-${name}.png` }));
    }
    // Every view shows something different.
    for (let i = 0; i < shots.length; i++) {
      for (let j = i + 1; j < shots.length; j++)
        expect(Buffer.compare(shots[i]!, shots[j]!)).not.toBe(0);
    }
    await page.getByRole('button', { name: 'Front', exact: true }).click();
    await settle(page);
    const box = (await viewport.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.45);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 140, box.y + box.height * 0.45, { steps: 12 });
    await page.mouse.up();
    await settle(page);
    await viewport.screenshot({ path: `${SCREENSHOTS}/view-three-quarter.png` });
    expect(await page.locator('.chip').count()).toBe(0);
    expect(
      await page.getByRole('button', { name: 'Front', exact: true }).getAttribute('aria-pressed'),
    ).toBe('false');
    await page.close();
  });

  it('switches to the female figure: the selection and the trigger point stay, and the link keeps the figure', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}?view=front`);
    expect(await waitForBody(page)).toBe('ready');
    const viewport = page.locator('.viewport');
    // The view buttons sit over the top of the viewport: measure the figure below them.
    const below = (shot: Buffer) => {
      const image = decodePng(shot);
      return topOfFigure(
        { ...image, data: image.data.subarray(image.width * 4 * 80), height: image.height - 80 },
        BACKGROUND,
        24,
      );
    };
    const maleTop = below(await viewport.screenshot());
    await page.getByRole('button', { name: 'Female figure' }).click();
    expect(await waitForBody(page)).toBe('ready');
    await expect.poll(() => page.url()).toMatch(/body=female/);
    await settle(page);
    const femaleShot = await viewport.screenshot({ path: `${SCREENSHOTS}/view-female-front.png` });
    // She is 1.63 m against his 1.75 m: the top of her head is lower in the same view.
    expect(below(femaleShot)).toBeGreaterThan(maleTop + 10);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await settle(page);
    await viewport.screenshot({ path: `${SCREENSHOTS}/view-female-back.png` });

    // Clicking works on her body as on his, and a chosen trigger point is drawn on her.
    await page.getByRole('button', { name: 'Front', exact: true }).click();
    await settle(page);
    await clickArea(page, 'temple', 'left');
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => page.locator('.chip').allTextContents()).toEqual(['Left temple×']);
    await page.locator('.result').first().click();
    await settle(page, 1500);
    const pattern = decodePng(
      await viewport.screenshot({ path: `${SCREENSHOTS}/female-upper-trapezius-pattern.png` }),
    );
    expect(shareOfRed(pattern)).toBeGreaterThan(0.002);

    // A reload brings her back, with everything else.
    await page.reload();
    expect(await waitForBody(page)).toBe('ready');
    await expect(
      page.getByRole('button', { name: 'Female figure' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await expect.poll(() => page.locator('.chip').allTextContents()).toEqual(['Left temple×']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a malformed link loads safely, keeps what it can and says what it left out', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    await page.goto(
      `${baseUrl}?areas=left.temple,sideways.knee,left.nowhere&tp=right.no-such-point&view=%E0%A4%A`,
    );
    await waitForBody(page);
    await expect.poll(() => page.locator('.chip').allTextContents()).toEqual(['Left temple×']);
    await expect.poll(() => page.locator('.notice').textContent()).toContain('could not be read');
    await page.screenshot({ path: `${SCREENSHOTS}/07-malformed-link.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the explorer experience in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('selects two areas on the body, opens the top result and runs a guided timer', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    expect(await waitForBody(page)).toBe('ready');
    for (const region of ['temple', 'neck-side']) {
      await clickArea(page, region, 'left');
      await page.mouse.down();
      await page.mouse.up();
    }
    await expect
      .poll(() => page.locator('.chip').allTextContents())
      .toEqual(['Left temple×', 'Left side of neck×']);
    await page.locator('.result').first().click();
    await expect
      .poll(() => page.locator('#details-title').textContent())
      .toMatch(/Upper trapezius/i);
    const start = page.getByRole('button', { name: /Start guided pressure/ });
    expect(await start.count()).toBe(0);
    await page.getByRole('checkbox', { name: /none of them applies to me/ }).check();
    await start.click();
    const clock = page.locator('.timer-clock').first();
    const first = await clock.textContent();
    await page.waitForTimeout(2300);
    const later = await clock.textContent();
    expect(first).not.toBe(later);
    await expect
      .poll(() => page.locator('.timer-phase').first().textContent())
      .toContain('round 1 of');
    await page.locator('.timer').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/10-two-areas-timer.png` });
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await clock.textContent();
    await page.waitForTimeout(1500);
    expect(await clock.textContent()).toBe(paused);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works by keyboard alone: picker, then list, then technique', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(baseUrl);
    await waitForBody(page);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    for (let i = 0; i < 40 && !(await focused()).startsWith('Pick an area from a list'); i++)
      await page.keyboard.press('Tab');
    expect(await focused()).toBe('Pick an area from a list');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('outer elbow');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLSelectElement).value))
      .toBe('elbow-outer');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 5 && (await focused()) !== 'Add'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.chip').allTextContents())
      .toEqual(['Right outer elbow×']);
    for (
      let i = 0;
      i < 40 && !(await page.evaluate(() => document.activeElement?.classList.contains('result')));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toMatch(/Supinator/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-title').textContent()).toMatch(/Supinator/);
    await page.screenshot({ path: `${SCREENSHOTS}/11-keyboard-supinator.png` });
    await page.close();
  });

  it('search "tennis elbow" leads to the supinator or the wrist extensors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(baseUrl);
    await waitForBody(page);
    const search = page.getByRole('combobox', { name: /Search muscles, areas and complaints/ });
    await search.fill('tenis elbow');
    const options = page.getByRole('option');
    // The search engine loads on first use: wait for the answer, not just any option.
    await expect
      .poll(async () => (await options.allTextContents()).join(' '))
      .toMatch(/Supinator|Extensor carpi radialis/i);
    const texts = await options.allTextContents();
    const target = texts.findIndex((t) => /Supinator|Extensor carpi radialis/i.test(t));
    expect(target).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/12-search-tennis-elbow.png` });
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#details-title').textContent())
      .toMatch(/Supinator|Extensor carpi radialis/i);
    await page.close();
  });

  it('Back undoes the last step and a reload restores the whole view', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${baseUrl}?areas=left.heel`);
    await waitForBody(page);
    await page.locator('.result').first().click();
    await expect.poll(() => page.locator('#details-title').count()).toBe(1);
    const url = page.url();
    expect(url).toContain('tp=left.');
    await page.goBack();
    await expect.poll(() => page.locator('#details-title').count()).toBe(0);
    expect(await page.locator('.chip').allTextContents()).toEqual(['Left heel×']);
    await page.goto(url);
    await waitForBody(page);
    await expect.poll(() => page.locator('#details-title').count()).toBe(1);
    await page.close();
  });

  it('keeps working when the graphics context is lost', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    expect(await waitForBody(page)).toBe('ready');
    await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      const gl = canvas?.getContext('webgl2');
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    await expect
      .poll(() => page.getAttribute('[data-body-status]', 'data-body-status'))
      .toBe('lost');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('3D view stopped');
    await page.getByRole('combobox', { name: 'Area', exact: true }).selectOption('heel');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/15-context-lost.png` });
    expect(errors.filter((e) => !/context lost/i.test(e))).toEqual([]);
    await page.close();
  });

  it('fits a phone: body above, panel as a bottom sheet, every mode tab in one row, no horizontal scrolling', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}?areas=left.low-back`);
    expect(await waitForBody(page)).toBe('ready');
    await page.screenshot({ path: `${SCREENSHOTS}/13-phone-results.png` });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Every mode's tab is seen whole: short labels, one row, nothing scrolled out of sight.
    const modes = page.getByRole('navigation', { name: 'Modes' });
    expect(await modes.evaluate((nav) => nav.scrollWidth - nav.clientWidth)).toBeLessThanOrEqual(0);
    const diary = modes.getByRole('link', { name: 'Pain diary' });
    await expect.poll(() => diary.innerText()).toBe('Diary');
    const tabs = await modes.getByRole('link').all();
    const tops = await Promise.all(tabs.map(async (tab) => (await tab.boundingBox())!.y));
    expect(new Set(tops).size, 'the tabs share one row').toBe(1);
    const last = (await tabs.at(-1)!.boundingBox())!;
    expect(last.x + last.width).toBeLessThanOrEqual(390);
    await page.locator('.result').first().tap();
    await expect.poll(() => page.locator('#details-title').count()).toBe(1);
    await page.getByRole('button', { name: 'Show more of the panel' }).tap();
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/14-phone-technique.png` });
    const panel = await page.locator('.side-panel').boundingBox();
    expect(panel!.height).toBeGreaterThan(844 * 0.8);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the explorer without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ webgl: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says the body cannot be shown and still finds and shows a technique from the list', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(baseUrl);
    expect(await waitForBody(page)).toBe('unavailable');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('cannot show the 3D body');
    await page.getByRole('combobox', { name: 'Area', exact: true }).selectOption('low-back');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.locator('.chip').allTextContents()).toEqual(['Left low back×']);
    await page
      .locator('.result', { hasText: /Quadratus lumborum/i })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Pressure (ischaemic compression)' }).count())
      .toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/08-no-webgl.png` });
    await page.close();
  });
});
