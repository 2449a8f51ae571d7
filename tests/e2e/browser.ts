import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Finds a Chromium or Chrome binary, or explains how to get one. */
export function findChromium(): string {
  const found = CANDIDATES.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium or Chrome found for the end-to-end tests.\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        '  Or set CHROMIUM_PATH to a Chrome/Chromium executable.',
    );
  }
  return found;
}

export const SCREENSHOTS = 'test-results/screenshots';

/**
 * Launches headless Chromium with software WebGL (SwiftShader), as on a machine with no GPU.
 * Playwright gives every launch a fresh, empty profile directory of its own.
 */
export async function launch(options: { webgl?: boolean } = {}): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-unsafe-swiftshader',
    '--use-angle=swiftshader',
  ];
  if (options.webgl === false)
    args.push('--disable-webgl', '--disable-webgl2', '--disable-3d-apis');
  return chromium.launch({ executablePath: findChromium(), headless: true, args });
}

/** Waits until the body model is drawn (or the app has said it cannot draw it). */
export async function waitForBody(page: Page): Promise<string> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-body-status]')?.getAttribute('data-body-status');
      return (
        status === 'ready' || status === 'unavailable' || status === 'error' || status === 'lost'
      );
    },
    undefined,
    { timeout: 60_000 },
  );
  const status = (await page.getAttribute('[data-body-status]', 'data-body-status')) ?? '';
  if (status === 'ready') {
    await page.waitForFunction(() => Boolean(window.__referralExplorer), undefined, {
      timeout: 30_000,
    });
    await settle(page);
  }
  return status;
}

/** Lets pending frames render (camera moves take about half a second). */
export async function settle(page: Page, ms = 900): Promise<void> {
  await page.waitForTimeout(ms);
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}
