import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, collectErrors, launch, settle, waitForBody } from './browser.ts';

const baseUrl = inject('baseUrl');

declare global {
  interface Window {
    __spoken?: { text: string; lang: string; voice: string }[];
    __wakeLock?: { requested: number; released: number };
  }
}

/**
 * Runs before the app: a speechSynthesis that records every utterance instead of speaking (with
 * one English voice, as a phone would have), and a wake lock that counts requests and releases.
 */
function stubSpeechAndWakeLock() {
  const spoken: { text: string; lang: string; voice: string }[] = [];
  window.__spoken = spoken;
  const voice = {
    name: 'Recorder English',
    lang: 'en-GB',
    default: true,
    localService: true,
    voiceURI: 'recorder',
  };
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => [voice],
      speak: (u: SpeechSynthesisUtterance) =>
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? '' }),
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
      speaking: false,
      pending: false,
      paused: false,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    },
  });
  // A real SpeechSynthesisUtterance refuses a voice object that is not the browser's own.
  class Utterance {
    text: string;
    lang = '';
    voice: unknown = null;
    rate = 1;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    value: Utterance,
  });
  const lock = { requested: 0, released: 0 };
  window.__wakeLock = lock;
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: {
      request: () => {
        lock.requested++;
        return Promise.resolve({
          release: () => {
            lock.released++;
            return Promise.resolve();
          },
        });
      },
    },
  });
}

const spoken = (page: Page) => page.evaluate(() => (window.__spoken ?? []).map((s) => s.text));

/** Moves the page's clock on in steps, so the timer ticks and the page renders in between. */
async function runFor(page: Page, ms: number) {
  for (let left = ms; left > 0; left -= 5_000) {
    await page.clock.runFor(Math.min(5_000, left));
  }
}

describe('the voice-guided timer in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('talks a pressure timer through to the end, pauses on a tap, and logs itself in the diary', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(stubSpeechAndWakeLock);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.clock.install();
    await page.goto(`${baseUrl}#/?tp=left.upper-trapezius-tp1`);
    expect(await waitForBody(page)).toBe('ready');
    await page.getByRole('checkbox', { name: /none of them applies to me/ }).check();
    const start = page.getByRole('button', { name: 'Start guided pressure: 3 × 30 s' });
    await start.scrollIntoViewIfNeeded();
    await start.click();
    expect(await spoken(page)).toEqual(['Round 1 of 3.', 'Press now, about 6 out of 10.']);
    expect(await page.evaluate(() => window.__spoken?.[0]?.voice)).toBe('Recorder English');
    const timer = page.getByRole('group', { name: 'Pressure timer' });
    await expect.poll(() => page.evaluate(() => window.__wakeLock?.requested)).toBe(1);
    await timer.screenshot({ path: `${SCREENSHOTS}/voice-01-running.png` });

    // A tap on the clock pauses; the screen may sleep; Space goes on.
    await timer.getByText(/^0:\d\d$/).click();
    await expect
      .poll(() => timer.getByRole('status').first().textContent())
      .toBe('Paused. Tap the timer, or press Space, to go on.');
    const pausedAt = await timer.getByText(/^0:\d\d$/).textContent();
    await runFor(page, 20_000);
    expect(await timer.getByText(/^0:\d\d$/).textContent()).toBe(pausedAt);
    expect(await page.evaluate(() => window.__wakeLock?.released)).toBe(1);
    await timer.screenshot({ path: `${SCREENSHOTS}/voice-02-paused.png` });
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => window.__wakeLock?.requested)).toBe(2);

    // Three rounds of 30 s with 30 s rests: 150 s in all.
    await runFor(page, 155_000);
    await timer.getByText('Done', { exact: true }).waitFor();
    expect(await spoken(page)).toEqual([
      'Round 1 of 3.',
      'Press now, about 6 out of 10.',
      '10 seconds left.',
      'Release. Rest for 30 seconds.',
      'Round 2 of 3.',
      'Press now, about 6 out of 10.',
      '10 seconds left.',
      'Release. Rest for 30 seconds.',
      'Round 3 of 3.',
      'Press now, about 6 out of 10.',
      '10 seconds left.',
      'Release. All rounds done.',
    ]);
    expect(await page.evaluate(() => window.__wakeLock)).toEqual({ requested: 2, released: 2 });

    // The finished timer offers to log itself; one tap saves it.
    await expect
      .poll(() => timer.getByText(/^For your diary: Pressure on Upper trapezius/).textContent())
      .toMatch(/, your left \(3 × 30 s\)$/);
    await timer.screenshot({ path: `${SCREENSHOTS}/voice-03-offer.png` });
    await timer.getByRole('button', { name: 'Add to my diary' }).click();
    await timer.getByText('Added to your diary.').waitFor();
    await timer.screenshot({ path: `${SCREENSHOTS}/voice-04-logged.png` });

    // ...and the entry opens in the diary, to add how it feels now.
    await timer.getByRole('link', { name: 'Add how it feels now' }).click();
    expect(page.url()).toMatch(/#\/diary$/);
    await page.getByRole('heading', { name: 'Change this entry' }).waitFor();
    const form = page.getByRole('group', { name: 'What you did for it' });
    expect(await form.textContent()).toMatch(
      /Pressure on Upper trapezius: .+, your left \(3 × 30 s\)/,
    );
    const entries = page.getByRole('region', { name: /^Your entries/ }).getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(1);
    expect(await entries.first().textContent()).toMatch(/Pressure on Upper trapezius/);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/voice-05-diary-entry.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, a muted timer says nothing, and stays muted after a reload', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await context.addInitScript(stubSpeechAndWakeLock);
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/?tp=left.upper-trapezius-tp1`);
    await waitForBody(page);
    await page.getByRole('checkbox', { name: /none of them applies to me/ }).check();
    const stretch = page.getByRole('group', { name: 'Stretch timer' });
    await stretch.getByRole('button', { name: 'Mute' }).click();
    await expect
      .poll(() => stretch.getByRole('button', { name: 'Mute' }).getAttribute('aria-pressed'))
      .toBe('true');
    // The confirmation of the warnings is kept for this tab; the sound setting for good.
    await page.reload();
    await waitForBody(page);
    const mute = page.getByRole('group', { name: 'Pressure timer' }).getByRole('button', {
      name: 'Mute',
    });
    await expect.poll(() => mute.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: /Start guided pressure/ }).click();
    await settle(page, 300);
    expect(await spoken(page)).toEqual([]);
    // A tap (a touch, not a click) anywhere on the timer pauses it.
    await page.getByRole('group', { name: 'Pressure timer' }).getByText(/^0:\d\d$/).tap();
    await page
      .getByRole('group', { name: 'Pressure timer' })
      .getByText('Paused. Tap the timer, or press Space, to go on.')
      .waitFor();
    // The panel is a sheet over the body: pulled up, the whole timer shows.
    await page.getByRole('button', { name: 'Show more of the panel' }).click();
    await page.getByRole('group', { name: 'Pressure timer' }).scrollIntoViewIfNeeded();
    await settle(page, 400);
    await page.screenshot({ path: `${SCREENSHOTS}/voice-06-phone-muted-paused.png` });
    await context.close();
  });
});
