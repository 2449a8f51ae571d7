import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, collectErrors, launch, settle, waitForBody } from './browser.ts';
import { decodePng, shareOfRed } from './png.ts';
import {
  PLAN,
  SESSION_WITH_FINDINGS,
  answerQuestion,
  envelope,
  putStored,
  readStored,
} from './stored.ts';

const baseUrl = inject('baseUrl');

const bodyStatus = (page: Page) => page.getAttribute('[data-body-status]', 'data-body-status');
const probe = <T>(page: Page, read: (p: NonNullable<Window['__referralExplorer']>) => T) =>
  page.evaluate(`(${read.toString()})(window.__referralExplorer)`) as Promise<T>;
const viewportRed = async (page: Page, name: string) => {
  await settle(page, 600);
  const shot = await page.locator('.viewport').screenshot({ path: `${SCREENSHOTS}/${name}` });
  return shareOfRed(decodePng(shot));
};

/** Adds an area from the panel's list (the path that needs no body). */
async function pickFromList(page: Page, region: string) {
  const area = page.getByRole('combobox', { name: 'Area', exact: true });
  // Without a body the list is open already; a click on its summary would close it.
  if (!(await area.isVisible())) await page.getByText('Pick an area from a list').first().click();
  await area.selectOption(region);
  await page.getByRole('button', { name: 'Add', exact: true }).first().click();
}

describe('the 3D view lost and restored during use', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the left temple with a trigger point chosen and the body turned by hand. */
  async function inUse(page: Page) {
    await page.goto(`${baseUrl}#/?areas=left.temple&tp=left.upper-trapezius-tp1`);
    expect(await waitForBody(page)).toBe('ready');
    await page.getByRole('heading', { level: 2, name: /Upper trapezius/ }).waitFor();
    const box = (await page.locator('.viewport').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 90, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await settle(page);
    // Keep the extension before the loss: a lost context gives out no extensions.
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.viewport canvas')!;
      const gl = canvas.getContext('webgl2')!;
      (window as unknown as { lose: WEBGL_lose_context }).lose =
        gl.getExtension('WEBGL_lose_context')!;
    });
  }

  const lose = (page: Page) =>
    page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.loseContext());
  const lostNotice = (page: Page) =>
    page.getByRole('alert').filter({ hasText: 'The 3D view stopped' });

  it('says the view was lost, and once restored shows the same selection, point and camera', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    await inUse(page);
    const url = page.url();
    const camera = await probe(page, (p) => p.cameraPosition());
    const markers = await probe(page, (p) => p.markers());
    const redBefore = await viewportRed(page, 'webgl-01-before-loss.png');
    expect(redBefore).toBeGreaterThan(0.002);

    await lose(page);
    await expect.poll(() => bodyStatus(page)).toBe('lost');
    await lostNotice(page).waitFor();
    expect(await lostNotice(page).textContent()).toContain('comes back by itself');
    // The panel carries on meanwhile.
    expect(await page.getByRole('heading', { level: 2, name: /Upper trapezius/ }).isVisible()).toBe(
      true,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/webgl-02-lost.png` });

    await page.evaluate(() =>
      (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext(),
    );
    await expect.poll(() => bodyStatus(page)).toBe('ready');
    expect(await lostNotice(page).count()).toBe(0);
    // three starts its counters afresh with the new context: frames drawn since the restore.
    await expect.poll(() => probe(page, (p) => p.renderer().frames)).toBeGreaterThan(0);
    const redAfter = await viewportRed(page, 'webgl-03-restored.png');
    expect(page.url()).toBe(url);
    expect(await probe(page, (p) => p.cameraPosition())).toEqual(camera);
    expect(await probe(page, (p) => p.markers())).toEqual(markers);
    // The same pattern is drawn again, in the same place (within a few pixels' antialiasing).
    expect(Math.abs(redAfter - redBefore)).toBeLessThan(redBefore * 0.05);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('when the device does not give the view back, "Try again" starts it afresh with the same selection and point', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    await inUse(page);
    const url = page.url();
    const markers = await probe(page, (p) => p.markers());
    await lose(page);
    await lostNotice(page).waitFor();
    await lostNotice(page).getByRole('button', { name: 'Try again' }).click();
    expect(await waitForBody(page)).toBe('ready');
    expect(await lostNotice(page).count()).toBe(0);
    expect(page.url()).toBe(url);
    await expect.poll(() => probe(page, (p) => p.markers())).toEqual(markers);
    expect(await viewportRed(page, 'webgl-04-try-again.png')).toBeGreaterThan(0.002);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('no WebGL at all: every mode through its list path', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ webgl: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('explorer, session, present, plan, learn, quiz and diary all work from their lists', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const shoot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/nowebgl-${name}.png` });
    const said = (text: string | RegExp) => page.getByRole('alert').filter({ hasText: text });

    // Explorer: an area from the list, its ranked causes, one opened.
    await page.goto(baseUrl);
    expect(await waitForBody(page)).toBe('unavailable');
    await said('cannot show the 3D body').waitFor();
    await pickFromList(page, 'temple');
    await page.getByRole('heading', { name: /^Most likely/ }).waitFor();
    await page
      .getByRole('button', { name: /Upper trapezius/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: /Upper trapezius/ }).waitFor();
    await shoot('explorer');
    expect(await page.locator('canvas').count()).toBe(0);

    // Session and present view: the findings listed, numbered.
    await putStored(page, { sessions: SESSION_WITH_FINDINGS });
    await page.goto(`${baseUrl}#/session`);
    await page.reload();
    expect(await waitForBody(page)).toBe('unavailable');
    await page
      .getByText(/1\. Upper trapezius/)
      .first()
      .waitFor();
    await page
      .getByText(/2\. Levator scapulae/)
      .first()
      .waitFor();
    await shoot('session');
    await page.goto(`${baseUrl}#/session/present`);
    expect(await waitForBody(page)).toBe('unavailable');
    await page
      .getByText(/Muscle: Upper trapezius/)
      .first()
      .waitFor();
    await shoot('present');

    // Home plan: the warnings first, then the points with their steps.
    await page.goto(`${baseUrl}#${PLAN}`);
    await page.getByRole('heading', { name: 'Before you start' }).waitFor();
    await page.getByRole('checkbox', { name: /^I have read these warnings/ }).check();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Stretch' }).count())
      .toBeGreaterThan(0);
    await shoot('plan');

    // Learn: the atlas list, a muscle's card with its patterns in words.
    await page.goto(`${baseUrl}#/learn`);
    expect(await waitForBody(page)).toBe('unavailable');
    await page.getByRole('searchbox', { name: 'Find a muscle' }).fill('trap');
    await page.getByRole('button', { name: /Upper trapezius/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Upper trapezius' }).waitFor();
    await page.getByText('Starts at').first().waitFor();
    await shoot('learn');

    // Quiz: a question answered from the panel.
    await page.goto(`${baseUrl}#/learn/quiz?area=head-neck&seed=7`);
    expect(await waitForBody(page)).toBe('unavailable');
    await answerQuestion(page);
    await shoot('quiz');

    // Diary: an entry logged from the list, then its history.
    await page.goto(`${baseUrl}#/diary`);
    expect(await waitForBody(page)).toBe('unavailable');
    const form = page.getByRole('form', { name: 'Add an area from a list' });
    if (!(await form.isVisible())) await page.getByText('Pick an area from a list').click();
    await form.getByRole('combobox').selectOption('neck-back');
    await form.getByRole('radio', { name: 'Right' }).check();
    await form.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('slider', { name: 'Right back of neck' }).fill('5');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByText('Saved in your diary.').waitFor();
    await page.goto(`${baseUrl}#/diary/history`);
    await page
      .getByText(/Right back of neck: once/)
      .first()
      .waitFor();
    await shoot('diary');

    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('every stored key damaged at once', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows what it could not read on each page, keeps every copy aside, and works on', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const shoot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/damaged-${name}.png` });
    const damaged = {
      diary: '{"app":"referral-explorer","key":"diary","version":1,"data":{"entr',
      sessions: { theme: 'dark', items: [1, 2, 3] },
      learn: envelope('learn', { cards: {} }, 99),
    };
    const confirmations = '["heart-attack|neck-artery"'; // cut short
    await page.goto(`${baseUrl}#/learn`);
    await putStored(page, damaged);
    await page.evaluate(
      (text) => sessionStorage.setItem('referral-explorer:confirmed-warnings', text),
      confirmations,
    );

    // Explorer: the confirmations notice, and the explorer works (the gate asks again).
    await page.goto(`${baseUrl}#/?areas=left.temple`);
    await page.reload();
    expect(await waitForBody(page)).toBe('ready');
    await page
      .getByRole('status')
      .filter({ hasText: 'The warnings you confirmed in this tab could not be read' })
      .waitFor();
    await page
      .getByRole('button', { name: /Upper trapezius/ })
      .first()
      .click();
    const gate = page.getByRole('checkbox', { name: /none of them applies to me/ });
    expect(await gate.isChecked()).toBe(false);
    await gate.check();
    await shoot('explorer');

    // Session: said, and a new session works.
    await page.goto(`${baseUrl}#/session`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'Something other than the app’s sessions was found' })
      .waitFor();
    await page.getByRole('heading', { name: 'No trigger points yet' }).waitFor();
    await shoot('session');

    // Learn: the quiz says the progress is from a newer version, and a question can be answered.
    await page.goto(`${baseUrl}#/learn/quiz?area=head-neck&seed=7`);
    await page
      .getByRole('status')
      .filter({ hasText: 'Your saved quiz progress comes from a newer version' })
      .waitFor();
    await answerQuestion(page);
    await shoot('quiz');

    // Diary: said, and an entry can be logged.
    await page.goto(`${baseUrl}#/diary`);
    await page
      .getByRole('alert')
      .filter({
        hasText: 'Your saved pain diary could not be read because the saved copy is damaged',
      })
      .waitFor();
    await pickFromList(page, 'temple');
    await page
      .getByRole('slider', { name: /Left temple|Right temple/ })
      .first()
      .fill('4');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByText('Saved in your diary.').waitFor();
    await shoot('diary');

    // Every damaged copy is kept aside exactly as it was found.
    const stored = await readStored(page);
    for (const [key, value] of Object.entries(damaged)) {
      const aside = Object.entries(stored).filter(([k]) => k.startsWith(`aside:${key}:`));
      expect(
        aside.map(([, v]) => v),
        key,
      ).toEqual([value]);
    }
    const tabAside = await page.evaluate(() =>
      Object.keys(sessionStorage)
        .filter((k) => k.startsWith('referral-explorer:aside:confirmed-warnings:'))
        .map((k) => sessionStorage.getItem(k)),
    );
    expect(tabAside).toEqual([confirmations]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
