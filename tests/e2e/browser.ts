import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

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

/** Which browser a run uses, said once in the test output and in the summary of `npm test`. */
export interface BrowserChoice {
  executablePath: string;
  /** "system" for an installed Chromium or Chrome, "bundled" for the one in the npm package. */
  kind: 'system' | 'bundled';
}

/** The bundled Chromium's version, in the name of its folder: another version's files there
 * break the launch, so each version unpacks into a folder of its own. */
const BUNDLED_VERSION = '143.0.4';

/**
 * An installed Chromium or Chrome if there is one, else the Chromium inside the
 * `@sparticuz/chromium` package (unpacked on first use into node_modules/.cache), so a machine
 * with no browser still runs the suite. `E2E_BROWSER=bundled` forces the bundled one,
 * `E2E_BROWSER=system` refuses it.
 */
export async function chooseBrowser(): Promise<BrowserChoice> {
  const wanted = process.env.E2E_BROWSER;
  if (wanted !== 'bundled') {
    const found = CANDIDATES.find((path) => path && existsSync(path));
    if (found) return { executablePath: found, kind: 'system' };
    if (wanted === 'system') {
      throw new Error(
        'E2E_BROWSER=system, but no Chromium or Chrome was found.\n' +
          '  Debian/Ubuntu: sudo apt-get install chromium\n' +
          '  Or set CHROMIUM_PATH to a Chrome/Chromium executable, or leave E2E_BROWSER unset.',
      );
    }
  }
  return { executablePath: await unpackBundledChromium(), kind: 'bundled' };
}

async function unpackBundledChromium(): Promise<string> {
  const dir = resolve('node_modules/.cache', `chromium-${BUNDLED_VERSION}`);
  mkdirSync(dir, { recursive: true });
  // The package unpacks into the system temp folder; point it at our own folder for the call.
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    const { default: bundled } = await import('@sparticuz/chromium');
    return await bundled.executablePath();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}

let choice: Promise<BrowserChoice> | undefined;

export const SCREENSHOTS = 'test-results/screenshots';

/**
 * Launches headless Chromium with software WebGL (SwiftShader), as on a machine with no GPU.
 * Playwright gives every launch a fresh, empty profile directory of its own.
 */
export async function launch(
  options: { webgl?: boolean; origin?: string } = {},
): Promise<Browser> {
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
  choice ??= chooseBrowser();
  const { executablePath, kind } = await choice;
  // The bundled build runs without a zygote process (it ships no sandbox helper).
  if (kind === 'bundled') args.push('--no-zygote', '--use-gl=angle');
  const browser = await chromium.launch({ executablePath, headless: true, args });
  // Inside the test run the origin is the server the global setup started; a script outside
  // Vitest (the bench) names its own.
  return isolated(browser, new URL(options.origin ?? inject('baseUrl')).origin);
}

/**
 * Requests a page made to anywhere but the app's own origin, since the last call: each was
 * blocked (never sent) and is reported here. The app must work offline from its own server;
 * health data never leaves the device. tests/e2e/setup.ts fails the test that made any, so
 * every e2e file is covered without saying so.
 */
export function takeOffOriginRequests(): string[] {
  return offOrigin.splice(0);
}

const offOrigin: string[] = [];

/**
 * Content Security Policy violations any page reported since the last call (the directive and
 * what it blocked). The built app runs under a strict policy (scripts/csp.ts); tests/e2e/setup.ts
 * fails the test in which any was reported.
 */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

const cspViolations: string[] = [];

/** URLs that never reach a network: inline data, in-page blobs, the empty page. */
const LOCAL = /^(data:|blob:|about:)/;

/** A pattern for every URL that is not on `origin` and not local: matched inside the browser, so
 * the app's own requests are never routed through the test process (a regex, not a function). */
function elsewhere(origin: string): RegExp {
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?!${escaped}(?:/|$))(?!data:|blob:|about:)`);
}

/** Every context (and so every page: newPage makes one) of `browser` blocks and records
 * requests that leave `origin`, WebSockets included. */
function isolated(browser: Browser, origin: string): Browser {
  const pattern = elsewhere(origin);
  const newContext = browser.newContext.bind(browser);
  const isolate = async (context: BrowserContext) => {
    await context.route(pattern, (route) => {
      const request = route.request();
      if (LOCAL.test(request.url())) return route.fallback();
      offOrigin.push(`${request.method()} ${request.url()}`);
      return route.abort('blockedbyclient');
    });
    await context.routeWebSocket(pattern, (socket) => {
      offOrigin.push(`WebSocket ${socket.url()}`);
      void socket.close();
    });
  };
  const watchPolicy = async (context: BrowserContext) => {
    await context.exposeBinding('__reportCspViolation', (_source, said: string) => {
      cspViolations.push(said);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __reportCspViolation?: (s: string) => void })
          .__reportCspViolation;
        report?.(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        );
      });
    });
  };
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await Promise.all([isolate(context), watchPolicy(context)]);
    return context;
  };
  return browser;
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
