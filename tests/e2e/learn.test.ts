import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, collectErrors, launch, settle, waitForBody } from './browser.ts';
import { decodePng, shareOfColour, type Image } from './png.ts';
import { atlas } from '../../data/index.ts';
import { english } from '../../scripts/i18n/english.ts';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import { createRound } from '../../src/domain/quiz.ts';
import { areaNameIn } from '../helpers/english.ts';

const index = createAtlasIndex(atlas);
const muscleName = (id: string) => english.fmt(english.atlas.muscles[id]!);

const baseUrl = inject('baseUrl');
const WHICH_SIDE = english.fmt('details.whichSide');

/** The body's first two pattern colours (src/scene/regionMaterial.ts). */
const RED: [number, number, number] = [0xcc, 0x17, 0x19];
const PURPLE: [number, number, number] = [0x6a, 0x3d, 0x9a];

async function bodyShot(page: Page, name: string): Promise<Image> {
  await settle(page, 1200);
  return decodePng(
    await page
      .getByRole('region', { name: 'Body', exact: true })
      .screenshot({ path: `${SCREENSHOTS}/${name}` }),
  );
}

describe('the learn mode in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('browses the atlas: filters, opens a muscle with all its trigger points on the body, one alone, back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    await page.goto(baseUrl);
    await waitForBody(page);
    // The header offers the learn mode; following it opens the atlas.
    await page
      .getByRole('navigation', { name: 'Modes' })
      .getByRole('link', { name: 'Learn' })
      .click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/learn');
    expect(await waitForBody(page)).toBe('ready');
    await expect
      .poll(() => page.getByRole('link', { name: 'Learn' }).getAttribute('aria-current'))
      .toBe('page');
    await page.getByRole('heading', { name: 'All muscles' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/learn-01-atlas.png` });

    await page.getByRole('searchbox', { name: 'Find a muscle' }).fill('trap');
    await expect.poll(() => page.getByRole('button', { name: /trapezius/i }).count()).toBe(3);
    await page.getByRole('button', { name: /Upper trapezius/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Upper trapezius' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toBe('#/learn?muscle=upper-trapezius');
    await page.getByText('Starts at').waitFor();

    // Both trigger points' patterns are on the body, each in its own colour.
    const both = await bodyShot(page, 'learn-02-upper-trapezius-all.png');
    await page.screenshot({ path: `${SCREENSHOTS}/learn-03-card.png` });
    expect(shareOfColour(both, RED, 60)).toBeGreaterThan(0.001);
    expect(shareOfColour(both, PURPLE, 60)).toBeGreaterThan(0.001);

    // The second alone: its colour stays, the first's red pattern goes.
    await page.getByRole('button', { name: /Show only 2/ }).click();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toContain('point=upper-trapezius-tp2');
    const alone = await bodyShot(page, 'learn-04-upper-trapezius-tp2.png');
    expect(shareOfColour(alone, PURPLE, 60)).toBeGreaterThan(0.001);
    expect(shareOfColour(alone, RED, 60)).toBeLessThan(shareOfColour(both, RED, 60) / 3);

    // Back goes to the list (showing one alone replaced the address), filter kept.
    await page.goBack();
    await page.getByRole('heading', { name: 'All muscles' }).waitFor();
    expect(await page.getByRole('searchbox').inputValue()).toBe('trap');

    // A link opens a muscle directly; one naming no muscle says so and shows the list.
    await page.goto(`${baseUrl}#/learn?muscle=gluteus-medius&side=right`);
    await page.getByRole('heading', { level: 2, name: 'Gluteus medius' }).waitFor();
    await bodyShot(page, 'learn-05-gluteus-medius-right.png');
    await page.goto(`${baseUrl}#/learn?muscle=no-such-muscle`);
    await page.getByText(/names a muscle the atlas does not have/).waitFor();
    await page.getByRole('heading', { name: 'All muscles' }).waitFor();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/learn');
    await page.screenshot({ path: `${SCREENSHOTS}/learn-07-unknown-muscle.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});

describe('the learn mode without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ webgl: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists every pattern in words when the body cannot be drawn', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${baseUrl}#/learn`);
    expect(await waitForBody(page)).toBe('unavailable');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('listed in words in the panel');
    await page.getByRole('button', { name: /Infraspinatus/ }).click();
    await page
      .getByText(/Main pain: Left front of shoulder/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/learn-06-no-webgl.png` });
    await page.close();
  }, 300_000);
});

describe('the quiz in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays a known round with the keyboard and with clicks: right and wrong answers marked', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    const seed = 7;
    const round = createRound(index, { seed, area: 'head-neck' });
    await page.goto(`${baseUrl}#/learn/quiz?area=head-neck&seed=${seed}`);
    expect(await waitForBody(page)).toBe('ready');
    let right = 0;
    const shot = new Set<string>();
    for (const [i, q] of round.entries()) {
      await expect.poll(() => page.getByText(`Question ${i + 1} of 10`).count()).toBe(1);
      const wantRight = i % 2 === 0;
      if (q.kind === 'refers') {
        const picks = wantRight
          ? q.essential
          : [
              q.options.find(
                (o) =>
                  !q.essential.some((e) => e.region === o.region && e.side === o.side) &&
                  !q.spillover.some((e) => e.region === o.region && e.side === o.side),
              )!,
            ];
        if (wantRight && !shot.has('refers-body')) {
          // Pick on the body itself: the real pointer path.
          for (const area of picks) {
            await settle(page);
            const point = await page.evaluate(
              ([r, s]) =>
                window.__referralExplorer?.screenPointOf(r!, s as 'left' | 'right') ?? null,
              [area.region, area.side],
            );
            if (point) await page.mouse.click(point.x, point.y);
            else await page.getByRole('checkbox', { name: areaNameIn(area) }).check();
          }
          shot.add('refers-body');
        } else {
          for (const area of picks)
            await page.getByRole('checkbox', { name: areaNameIn(area) }).check();
        }
        await expect
          .poll(() => page.getByRole('checkbox', { checked: true }).count())
          .toBe(picks.length);
        if (!shot.has('refers-picked')) {
          await bodyShot(page, `learn-quiz-${i + 1}-refers-picked.png`);
          shot.add('refers-picked');
        }
        await page.getByRole('button', { name: 'Check' }).click();
      } else {
        const name = wantRight
          ? muscleName(q.muscleId)
          : muscleName(q.choices.find((c) => c !== q.muscleId)!);
        if (!shot.has(q.kind)) {
          await bodyShot(page, `learn-quiz-${i + 1}-${q.kind}-asked.png`);
          shot.add(q.kind);
        }
        const button = page.getByRole('group', { name: 'Choices' }).getByRole('button', { name });
        if (wantRight) {
          // The keyboard alone: focus the choice and press Enter.
          await button.focus();
          await page.keyboard.press('Enter');
        } else await button.click();
      }
      if (wantRight) right++;
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: /Right:|Not this time/ })
            .count(),
        )
        .toBe(1);
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: /Right:/ })
          .count(),
      ).toBe(wantRight ? 1 : 0);
      const key = `${q.kind}-${wantRight ? 'right' : 'wrong'}`;
      if (!shot.has(key)) {
        await bodyShot(page, `learn-quiz-${i + 1}-${key}.png`);
        await page.screenshot({ path: `${SCREENSHOTS}/learn-quiz-${i + 1}-${key}-page.png` });
        shot.add(key);
      }
      // The next button has the focus: Enter goes on.
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: `${right} of 10 right` }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/learn-quiz-summary.png` });

    // The progress is kept on the device: after a reload, head and neck shows ten asked.
    await page.getByRole('button', { name: 'Choose other questions' }).click();
    const headRow = page.getByRole('row', { name: /Head & neck/ });
    await expect.poll(() => headRow.textContent()).toMatch(/^Head & neck10 of \d+/);
    await page.goto(`${baseUrl}#/learn/quiz`);
    await page.reload();
    await expect.poll(() => headRow.textContent()).toMatch(/^Head & neck10 of \d+/);
    await page.screenshot({ path: `${SCREENSHOTS}/learn-quiz-progress.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});

describe('a region’s page and progress in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the left temple from a card: main pain first, the points on the body; the side switches', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}#/learn?muscle=upper-trapezius`);
    expect(await waitForBody(page)).toBe('ready');
    await page.getByRole('link', { name: 'Left temple' }).first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/learn/region/temple');
    await page.getByRole('heading', { level: 2, name: 'Left temple' }).waitFor();
    const main = page.getByRole('region', { name: /^Main pain here/ });
    await expect.poll(() => main.getByRole('link').first().textContent()).toBe('Upper trapezius');
    expect(await page.getByRole('region', { name: /^Sometimes spreads here/ }).count()).toBe(1);
    await bodyShot(page, 'learn-region-01-left-temple-body.png');
    await page.screenshot({ path: `${SCREENSHOTS}/learn-region-02-left-temple.png` });
    await page
      .getByRole('complementary')
      .getByRole('group', { name: WHICH_SIDE })
      .getByRole('button', { name: 'Your right' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Right temple' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toBe('#/learn/region/temple?side=right');
    // A muscle of the list opens its card.
    await main.getByRole('link', { name: 'Upper trapezius' }).click();
    await page.getByRole('heading', { level: 2, name: 'Upper trapezius' }).waitFor();
    // An area the atlas does not have: said, and the atlas instead.
    await page.goto(`${baseUrl}#/learn/region/no-such-place`);
    await page.getByText(/names an area the atlas does not have/).waitFor();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/learn');
    // From the atlas's list of areas.
    await page.getByRole('button', { name: 'Where it hurts' }).click();
    await page.getByRole('link', { name: /^heel/i }).click();
    await page.getByRole('heading', { level: 2, name: 'Left heel' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('keeps each muscle’s progress after a reload, and forgets it once confirmed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = collectErrors(page);
    const round = createRound(index, { seed: 5, area: 'thigh', kinds: ['point'] });
    await page.goto(`${baseUrl}#/learn/quiz?area=thigh&kinds=point&seed=5`);
    expect(await waitForBody(page)).toBe('ready');
    const q = round[0]!;
    if (q.kind === 'refers') throw new Error('expected a choice');
    await page
      .getByRole('group', { name: 'Choices' })
      .getByRole('button', { name: muscleName(q.muscleId) })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: /Right:/ })
      .waitFor();
    await page.goto(`${baseUrl}#/learn`);
    await page.reload();
    const asked = page.getByRole('button', { name: new RegExp(`^${muscleName(q.muscleId)}`) });
    await expect.poll(() => asked.textContent()).toMatch(/Asked 1 of \d+/);
    await page.screenshot({ path: `${SCREENSHOTS}/learn-progress-01-atlas.png` });
    await page.getByRole('button', { name: 'Forget my progress' }).click();
    await page.getByRole('alertdialog', { name: 'Forget my progress' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/learn-progress-02-confirm.png` });
    await page.getByRole('button', { name: 'Yes, forget it' }).click();
    await page.getByText(/Your progress is forgotten/).waitFor();
    await page.reload();
    await expect.poll(() => asked.textContent()).toMatch(/New$/);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('fits a phone (390×844): atlas, card, region page and quiz, nothing wider than the screen', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const errors = collectErrors(page);
    const wide = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const pages = [
      ['atlas', '#/learn'],
      ['card', '#/learn?muscle=upper-trapezius'],
      ['region', '#/learn/region/temple'],
      ['quiz', '#/learn/quiz?area=head-neck&seed=7'],
    ] as const;
    for (const [name, hash] of pages) {
      await page.goto(`${baseUrl}${hash}`);
      await waitForBody(page);
      await settle(page, 800);
      expect(await wide(), name).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENSHOTS}/learn-phone-${name}.png` });
    }
    // The quiz's choices can be reached and used on the phone.
    const choice = page.getByRole('group', { name: 'Choices' }).getByRole('button').first();
    const areas = page.getByRole('checkbox').first();
    const target = (await choice.count()) > 0 ? choice : areas;
    await target.scrollIntoViewIfNeeded();
    await target.click();
    await page.screenshot({ path: `${SCREENSHOTS}/learn-phone-quiz-answered.png` });
    expect(await wide()).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
