import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { atlas } from '../../data/index.ts';
import { modeOf } from '../../src/app/modes.ts';
import { parseUrlState } from '../../src/app/urlState.ts';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import { INJECTED, PAYLOADS, PWNED, sampleLinks } from '../helpers/hostileLinks.ts';
import { SCREENSHOTS, collectErrors, launch, waitForBody } from './browser.ts';

const baseUrl = inject('baseUrl');
const index = createAtlasIndex(atlas);

/** A fixed sample of the generated links (the unit fuzz runs over 1,000; a browser is slower),
 * and a markup payload in every parameter and in the page. */
const LINKS = [
  ...sampleLinks(26),
  `/?areas=left.${encodeURIComponent(PAYLOADS[1]!)}&tp=${encodeURIComponent(PAYLOADS[0]!)}`,
  `/?view=${encodeURIComponent(PAYLOADS[2]!)}&body=${encodeURIComponent(PAYLOADS[4]!)}`,
  `/${PAYLOADS[1]!}?lang=${encodeURIComponent(PAYLOADS[5]!)}`,
  `/?areas=${Array.from({ length: 3000 }, (_, i) => `left.r${i}`).join(',')}`,
];

/** What the app should say about a link: split as src/app/hashLocation.ts splits the fragment. */
function expected(href: string) {
  const raw = new URL(href).hash.replace(/^#/, '');
  const at = raw.indexOf('?');
  const path = at < 0 ? raw : raw.slice(0, at);
  const search = at < 0 ? '' : raw.slice(at + 1);
  const mode = modeOf(path.startsWith('/') ? path : `/${path}`);
  // The explorer reads the address (an unknown page hands it on); other pages check their own.
  const explorerReads = !mode || mode.id === 'explorer';
  return {
    unknownPage: !mode,
    explorerReads,
    ignoresSome: explorerReads && parseUrlState(`?${search}`, index).ignored.length > 0,
  };
}

async function look(page: Page) {
  return page.evaluate(
    ([injected, pwned]) => ({
      failed: document.querySelectorAll('[data-failed-area]').length,
      injected: document.querySelectorAll(`[${injected}], script:not([src]), iframe`).length,
      ran: (window as unknown as Record<string, unknown>)[pwned!] !== undefined,
      text: document.getElementById('root')?.innerText.length ?? 0,
      notices: [...document.querySelectorAll('.notice')].map((n) => n.textContent ?? ''),
    }),
    [INJECTED, PWNED],
  );
}

async function openEach(page: Page, links: readonly string[], first: number, drawn: boolean) {
  const errors = collectErrors(page);
  for (const [n, link] of links.entries()) {
    const i = first + n;
    const href = new URL(`#${link}`, baseUrl).href;
    const { unknownPage, explorerReads, ignoresSome } = expected(href);
    await page.goto('about:blank', { waitUntil: 'commit' });
    await page.goto(href, { waitUntil: 'domcontentloaded' });
    if (drawn) expect(await waitForBody(page), link.slice(0, 120)).toBe('ready');
    await page.waitForFunction(
      () => (document.getElementById('root')?.innerText.length ?? 0) > 200,
      undefined,
      { timeout: 30_000 },
    );
    if (unknownPage || ignoresSome) await page.waitForSelector('.notice', { timeout: 10_000 });
    const seen = await look(page);
    const what = `link ${i}: ${link.slice(0, 160)}`;
    expect(seen.failed, what).toBe(0);
    expect(seen.injected, what).toBe(0);
    expect(seen.ran, what).toBe(false);
    expect(seen.text, what).toBeGreaterThan(200);
    const said = seen.notices.join(' ');
    if (unknownPage) expect(said, what).toContain('That page does not exist');
    if (ignoresSome) expect(said, what).toContain('could not be read and was left out');
    if (explorerReads && !unknownPage && !ignoresSome) expect(seen.notices, what).toEqual([]);
    if (drawn || n < 2 || n >= links.length - 4) {
      await page.screenshot({ path: `${SCREENSHOTS}/link-fuzz-${String(i).padStart(2, '0')}.png` });
    }
    expect(errors, what).toEqual([]);
  }
}

/** How many links are opened with the body drawn (the slow part); the rest without WebGL. */
const DRAWN = 3;

describe(`URL fuzzing in Chromium: ${LINKS.length} hostile links`, () => {
  let browser: Browser;
  let noWebGL: Browser;
  beforeAll(async () => {
    [browser, noWebGL] = await Promise.all([launch(), launch({ webgl: false })]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), noWebGL?.close()]);
  });

  it(`opens ${DRAWN} with the body drawn, whatever the link says`, async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await openEach(page, LINKS.slice(-DRAWN), LINKS.length - DRAWN, true);
    await page.close();
  });

  // In groups, each within its own time limit: the machine is slow and a page load takes seconds.
  const rest = LINKS.slice(0, -DRAWN);
  const GROUP = 9;
  for (let first = 0; first < rest.length; first += GROUP) {
    const group = rest.slice(first, first + GROUP);
    it(`opens links ${first + 1}–${first + group.length} of ${rest.length} more: never blank, no failed area, no injected markup, no error, and says what each left out`, async () => {
      const page = await noWebGL.newPage({ viewport: { width: 1100, height: 800 } });
      await openEach(page, group, first, false);
      await page.close();
    });
  }
});
