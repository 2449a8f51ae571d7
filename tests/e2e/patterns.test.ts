import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SCREENSHOTS, collectErrors, launch, settle, waitForBody } from './browser.ts';

const baseUrl = inject('baseUrl');

/**
 * Referral patterns drawn as the manuals draw them: the main zone solid, the spillover stippled,
 * with ragged edges instead of the areas' straight borders; the person's own pain under a
 * pattern shows as blue hatching over it. Each case opens a link to a trigger point, with pain
 * away from its pattern (no overlap) and inside it (overlap).
 */
const CASES = [
  {
    name: 'upper-trapezius',
    heading: /Upper trapezius/,
    tp: 'left.upper-trapezius-tp1',
    view: 'left',
    away: 'left.shoulder-top',
    inside: 'left.neck-side',
  },
  {
    name: 'infraspinatus',
    heading: /Infraspinatus/,
    tp: 'left.infraspinatus-tp1',
    view: 'left',
    // Its main zone is the front of the shoulder: turn the body to see it.
    turn: 'Front',
    away: 'left.shoulder-blade',
    inside: 'left.shoulder-front',
  },
  {
    name: 'gluteus-minimus',
    heading: /Gluteus minimus/,
    tp: 'left.gluteus-minimus-anterior',
    view: 'left',
    away: 'left.groin',
    inside: 'left.thigh-outer',
  },
] as const;

describe('referral patterns like the manuals', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const c of CASES) {
    it(`${c.name}: its pattern, with the person's pain away from it and inside it`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      const errors = collectErrors(page);
      for (const [kind, area] of [
        ['apart', c.away],
        ['overlap', c.inside],
      ] as const) {
        await page.goto(`${baseUrl}?areas=${area}&tp=${c.tp}&view=${c.view}`);
        await waitForBody(page);
        await expect
          .poll(() => page.getByRole('heading', { level: 2, name: c.heading }).count())
          .toBe(1);
        await expect.poll(() => page.getByText('Main referred pain').count()).toBeGreaterThan(0);
        await expect.poll(() => page.getByText('Sometimes').count()).toBeGreaterThan(0);
        if ('turn' in c) await page.getByRole('button', { name: c.turn, exact: true }).click();
        await settle(page, 1500);
        await page.screenshot({ path: `${SCREENSHOTS}/patterns-${c.name}-${kind}.png` });
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
