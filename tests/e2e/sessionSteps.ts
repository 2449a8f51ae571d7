import { expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForBody } from './browser.ts';

/** Opens the nth result of the explorer's list and adds it to the session; returns its muscle. */
export async function addResult(page: Page, nth: number): Promise<string> {
  const result = page.locator('.result').nth(nth);
  await result.waitFor();
  await result.click();
  const title = (await page.locator('#details-title').textContent()) ?? '';
  await page.getByRole('button', { name: 'Add to session' }).click();
  await expect.poll(() => page.locator('.add-to-session').textContent()).toMatch(/number \d/);
  await page.getByRole('button', { name: '← All results' }).click();
  return title.replace(/·.*$/, '').trim();
}

/**
 * A session of three trigger points gathered from the explorer's list for the left temple
 * (`body` is what the body should come to: "ready", or "unavailable" without WebGL).
 */
export async function buildSession(page: Page, body = 'ready'): Promise<string[]> {
  await page.goto(`${inject('baseUrl')}#/?areas=left.temple`);
  expect(await waitForBody(page)).toBe(body);
  return [await addResult(page, 0), await addResult(page, 1), await addResult(page, 2)];
}
