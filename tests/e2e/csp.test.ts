import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../scripts/csp.ts';
import { launch, takeCspViolations, waitForBody } from './browser.ts';

const baseUrl = inject('baseUrl');

describe('the Content Security Policy in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is the first thing in the built page, and the page has no inline script', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    expect(head).toMatch(/^<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
    expect(head.replaceAll('&#39;', "'")).toContain(CONTENT_SECURITY_POLICY);
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? []).toEqual([]);
  });

  it('lets the app draw the body, rank and search with no violation, and blocks what it forbids', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${baseUrl}#/?areas=left.temple`);
    expect(await waitForBody(page)).toBe('ready');
    await page.locator('.result').first().click();
    await page.getByRole('combobox', { name: /Search muscles, areas and complaints/ }).fill('jaw');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    expect(takeCspViolations()).toEqual([]);

    // What the policy is for: an injected inline script and an inline style are refused (eval is
    // too, but the test's own evaluate is exempt, so it cannot be tried from here).
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__cspRan = true';
      document.head.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { background: red }';
      document.head.append(style);
      await new Promise((r) => setTimeout(r, 100));
      return {
        script: (window as unknown as { __cspRan?: boolean }).__cspRan === true,
        styled: getComputedStyle(document.body).backgroundColor === 'rgb(255, 0, 0)',
      };
    });
    expect(ran).toEqual({ script: false, styled: false });
    await page.waitForTimeout(500);
    const reported = takeCspViolations();
    expect(reported.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(reported.some((v) => v.startsWith('style-src'))).toBe(true);
    await page.close();
  });
});
