import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { precompressFile } from '../../scripts/build/precompress.ts';
import { PRECACHE_PATTERNS } from '../../scripts/build/pwa.ts';
import { SCREENSHOTS, collectErrors, launch, settle, waitForBody } from './browser.ts';

const baseUrl = inject('baseUrl');
const VIEWPORT = { width: 1280, height: 860 };

async function clickArea(page: Page, region: string, side: 'left' | 'right') {
  const point = await page.evaluate(
    ([r, s]) => window.__referralExplorer?.screenPointOf(r!, s as 'left' | 'right') ?? null,
    [region, side],
  );
  expect(point, `${side} ${region} is visible on the body`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

/** Waits until the page's service worker is active, then reloads so that it controls the page. */
async function underServiceWorker(page: Page): Promise<void> {
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') {
      await new Promise((r) => worker.addEventListener('statechange', r, { once: true }));
    }
    return worker.state;
  });
  expect(state).toBe('activated');
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
}

/**
 * Puts a changed worker script in dist/ (as the next build would: one file's revision differs,
 * the script keeps its length for the preview server's file list) and its compressed copies;
 * returns what puts the build back as it was.
 */
function deployNewWorker(): () => void {
  const files = ['dist/sw.js', 'dist/sw.js.br', 'dist/sw.js.gz'];
  const before = files.map((f) => readFileSync(f));
  const script = before[0]!.toString('utf8');
  const revision = /url:"index\.html",revision:"([0-9a-f]+)"/.exec(script)?.[1];
  expect(revision, 'the worker lists index.html with a revision').toBeDefined();
  const next = [...revision!].reverse().join('');
  writeFileSync('dist/sw.js', script.replace(revision!, next));
  precompressFile('dist/sw.js');
  return () => files.forEach((f, i) => writeFileSync(f, before[i]!));
}

/** Every file the build wrote that a browser may ask for (not the .br/.gz copies). */
function builtFiles(dir = 'dist'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return builtFiles(path);
    return /\.(br|gz)$/.test(entry.name) ? [] : [relative('dist', path)];
  });
}

describe('the app offline, after the first visit', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext({ viewport: VIEWPORT });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps every file of the build: all chunks, both bodies, every catalogue, the icons', () => {
    const sw = readFileSync('dist/sw.js', 'utf8');
    const cached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!));
    // The worker itself and its runtime are what the browser keeps by itself.
    const expected = builtFiles().filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f));
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.filter((f) => !cached.has(f))).toEqual([]);
    for (const file of ['index.html', 'models/body.glb', 'models/body-female.glb']) {
      expect(cached).toContain(file);
    }
    expect([...cached].some((f) => /^assets\/BodyCanvas-[\w-]+\.js$/.test(f))).toBe(true);
    expect([...cached].some((f) => /^assets\/DiaryPage-[\w-]+\.js$/.test(f))).toBe(true);
    expect(PRECACHE_PATTERNS.join()).toContain('webmanifest');
  });

  it('opens with the network off: the body, a ranking, a technique, the other pages', async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    expect(await waitForBody(page)).toBe('ready');
    await underServiceWorker(page);

    // Installable: Chromium reads the manifest without a complaint and finds nothing missing
    // (a test context is a private profile, which is the one reason it may give).
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(
      installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'),
    ).toEqual([]);
    await cdp.detach();

    await context.setOffline(true);
    // Truly offline: what the worker does not hold cannot be fetched, by the page or by it.
    const fetched = await page.evaluate(() =>
      fetch('./not-in-the-build.txt').then(
        (r) => `status ${r.status}`,
        () => 'failed',
      ),
    );
    expect(fetched).toBe('failed');
    expect(errors.splice(0)).toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);

    await page.reload();
    expect(await waitForBody(page)).toBe('ready');
    await page.screenshot({ path: `${SCREENSHOTS}/offline-01-explorer.png` });

    await clickArea(page, 'temple', 'left');
    await expect.poll(() => page.locator('.chip').allTextContents()).toEqual(['Left temple×']);
    const results = page.locator('.result');
    await expect.poll(() => results.count()).toBeGreaterThan(1);
    await results
      .filter({ hasText: /Upper trapezius/i })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Pressure (ischaemic compression)' }).waitFor();
    await page.getByRole('checkbox', { name: /none of them applies to me/ }).check();
    await page
      .getByRole('button', { name: /Start guided/ })
      .first()
      .waitFor();
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/offline-02-technique.png` });

    // The pages loaded on demand: learn (the atlas) and the diary (its own chunk).
    await page.goto(`${baseUrl}#/learn`);
    await page.getByRole('heading', { name: 'All muscles' }).waitFor();
    await page.goto(`${baseUrl}#/diary`);
    await expect.poll(() => page.getByText('Your diary stays on this device').count()).toBe(1);
    expect(await waitForBody(page)).toBe('ready');
    await page.screenshot({ path: `${SCREENSHOTS}/offline-03-diary.png` });

    // An old link with a query is a page the worker has not seen by name: it still opens.
    await page.goto(`${baseUrl}?areas=left.low-back`);
    expect(await waitForBody(page)).toBe('ready');
    await expect.poll(() => page.locator('.chip').allTextContents()).toEqual(['Left low back×']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loads a second language's words offline (there is only English: the pseudo-locale stands in)", async () => {
    // The same context: its worker is installed, and it is still offline.
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/?lang=en-XA&areas=left.temple`);
    expect(await waitForBody(page)).toBe('ready');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
    const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(title).not.toContain('Referral Explorer');
    expect(title).toMatch(/\P{ASCII}/u);
    // A muscle's own words (a catalogue chunk of its own) come from the worker's cache too.
    const results = page.locator('.result');
    await expect.poll(() => results.count()).toBeGreaterThan(1);
    await results.first().click();
    await expect.poll(() => page.locator('#details-title').textContent()).toMatch(/\P{ASCII}/u);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/offline-04-second-language.png` });
    await page.close();
    await context.setOffline(false);
  });
});

describe('a new version, deployed while the app is open', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('waits for the person: "A new version is ready", and Reload switches to it', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}#/?areas=left.temple`);
    expect(await waitForBody(page)).toBe('ready');
    await underServiceWorker(page);
    const prompt = page.getByRole('status', { name: 'App update' });
    expect(await prompt.textContent()).toBe('');

    // The next deployment: a new build writes a new worker script (its list of files changes).
    const restore = deployNewWorker();
    try {
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration!.update();
      });
      await expect
        .poll(() => prompt.textContent(), { timeout: 30_000 })
        .toContain('A new version of Referral Explorer is ready.');
      await page.screenshot({ path: `${SCREENSHOTS}/offline-05-update-prompt.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await settle(page, 300);
      await page.screenshot({ path: `${SCREENSHOTS}/offline-06-update-prompt-phone.png` });
      // Until the person chooses, the page goes on as it was, under the old worker.
      expect(await page.locator('.chip').allTextContents()).toEqual(['Left temple×']);
      expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

      const reloaded = page.waitForEvent('load');
      await prompt.getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      expect(await waitForBody(page)).toBe('ready');
      expect(await prompt.textContent()).toBe('');
      expect(await page.locator('.chip').allTextContents()).toEqual(['Left temple×']);
      // The waiting version took over: nothing waits any more, and it controls the page.
      const after = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: Boolean(registration?.waiting),
          controlled: Boolean(navigator.serviceWorker.controller),
        };
      });
      expect(after).toEqual({ waiting: false, controlled: true });
    } finally {
      restore();
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
