import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, collectErrors, launch, settle, waitForBody } from './browser.ts';
import { buildSession } from './sessionSteps.ts';

/** The PDF tools of poppler-utils the checks read the printed handout with. */
const TOOLS = ['pdfinfo', 'pdftotext', 'pdftoppm', 'pdfimages'] as const;
const missing = TOOLS.filter((tool) => spawnSync(tool, ['-v']).error);
if (missing.length > 0) {
  console.warn(
    `Skipping the printed handout checks: ${missing.join(', ')} not found. ` +
      'Install poppler-utils (Debian/Ubuntu: apt-get install -y poppler-utils).',
  );
}

const PDFS = 'test-results/pdf';
const PAPERS = ['A4', 'Letter'] as const;

/** Whitespace made single spaces, and the curly quotes and dashes a PDF's text keeps. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Printed {
  pages: number;
  /** Each page's text, flattened. */
  text: string[];
  images: number;
}

/** What a PDF holds, read by poppler: its pages' text and how many images it has. */
function readPdf(path: string): Printed {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const text = Array.from({ length: pages }, (_, i) =>
    flat(
      execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, path, '-'], {
        encoding: 'utf8',
      }),
    ),
  );
  // One line per image after two header lines.
  const list = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n');
  return { pages, text, images: Math.max(0, list.length - 2) };
}

/** Each page of a PDF as a PNG in the screenshots folder, named `<name>-<page>.png`. */
function pagesToPng(path: string, name: string): string[] {
  const dir = join(PDFS, `${name}-pages`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-r', '80', '-png', path, join(dir, 'page')]);
  return readdirSync(dir)
    .sort()
    .map((file, i) => {
      const to = `${SCREENSHOTS}/${name}-${i + 1}.png`;
      renameSync(join(dir, file), to);
      return to;
    });
}

/** What the handout on the page says of each point: its title, steps and last line. */
async function handoutPoints(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.handout-point')].map((point) => ({
      // The heading as printed (its "Point 1:" is for screen readers only).
      // with its muscle line, which no other point's words repeat.
      title: `${point.querySelector('h2')?.lastChild?.textContent ?? ''} ${point.querySelector('h2 + p')?.textContent ?? ''}`,
      steps: [...point.querySelectorAll('.steps li')].map((li) => li.textContent ?? ''),
      last: [...point.querySelectorAll('li')].at(-1)?.textContent ?? '',
    })),
  );
}

async function redFlagTitles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.handout-warnings .red-flag strong')].map((s) =>
      (s.textContent ?? '').replace(/\.$/, ''),
    ),
  );
}

/** Stands in for the print dialog (headless Chromium has none) and counts the calls. */
async function catchPrint(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
  return () => page.evaluate(() => (window as unknown as { printed: number }).printed);
}

/** The pictures of the handout, drawn and loaded: their count and pixel widths. */
async function pictureWidths(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLImageElement>('.handout-picture img')].map((img) =>
      img.complete ? img.naturalWidth : 0,
    ),
  );
}

/** Prints the page at A4 and Letter and checks each PDF; returns the PNG pages of each. */
async function printBoth(page: Page, name: string, expectImages: number) {
  mkdirSync(PDFS, { recursive: true });
  const points = await handoutPoints(page);
  const flags = await redFlagTitles(page);
  expect(points.length).toBe(3);
  expect(flags.length).toBeGreaterThan(0);
  const shots: Record<string, string[]> = {};
  for (const format of PAPERS) {
    const path = join(PDFS, `${name}-${format}.pdf`);
    await page.pdf({ path, format, preferCSSPageSize: false, printBackground: true });
    const pdf = readPdf(path);
    // Three points with all their steps, and the warnings: a few pages, not one a paragraph.
    expect(pdf.pages, `${format} pages`).toBeGreaterThanOrEqual(2);
    expect(pdf.pages, `${format} pages`).toBeLessThanOrEqual(8);
    expect(pdf.images, `${format} pictures`).toBe(expectImages);
    const all = pdf.text.join(' ');
    // The warnings come first: every red flag is on a page before point 1's.
    const first = pdf.text.findIndex((text) => text.includes(flat(points[0]!.title)));
    const before = pdf.text.slice(0, first).join(' ');
    for (const flag of flags) expect(before, `${format}: ${flag}`).toContain(flat(flag));
    for (const [i, point] of points.entries()) {
      const at = pdf.text.findIndex((text) => text.includes(flat(point.title)));
      expect(at, `${format}: point ${i + 1} (${point.title})`).toBeGreaterThanOrEqual(0);
      expect(point.steps.length).toBeGreaterThan(3);
      for (const step of point.steps)
        expect(all, `${format}: a step of ${point.title}`).toContain(flat(step));
      // Never split across pages: the point's last line is on the page of its title.
      expect(pdf.text[at], `${format}: the end of ${point.title}`).toContain(flat(point.last));
    }
    expect(pdf.text.at(-1)).toContain('it does not diagnose');
    shots[format] = pagesToPng(path, `${name}-${format.toLowerCase()}`);
  }
  return shots;
}

describe.skipIf(missing.length > 0)('the printed handout in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints a session of three points at A4 and Letter: the name, the warnings first, each point whole with its picture and steps', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const muscles = await buildSession(page);
    await page.goto(`${page.url().split('#')[0]}#/session`);
    expect(await waitForBody(page)).toBe('ready');
    await page.getByRole('textbox', { name: 'Client’s name on the handout' }).fill('Alex Example');
    const printed = await catchPrint(page);
    await page.getByRole('button', { name: 'Print handout' }).click();
    await expect.poll(printed, { timeout: 60_000 }).toBe(1);
    // Every picture was drawn from the model, at its full size.
    expect(await pictureWidths(page)).toEqual([720, 720, 720]);
    await page.getByRole('button', { name: 'Print handout' }).scrollIntoViewIfNeeded();
    await settle(page, 300);
    await page.screenshot({ path: `${SCREENSHOTS}/handout-00-session-button.png` });

    await page.emulateMedia({ media: 'print' });
    const pictures = page.getByRole('img', { name: /^Your body seen from/ });
    expect(await pictures.count()).toBe(3);
    // No app chrome in print: the handout alone.
    expect(await page.getByRole('navigation', { name: 'Modes' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print handout' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: null });

    const shots = await printBoth(page, 'handout', 3);
    const text = readPdf(join(PDFS, 'handout-A4.pdf')).text.join(' ');
    expect(text).toContain('For Alex Example');
    for (const muscle of muscles) expect(text).toContain(`Muscle: ${muscle}`);
    // The name never goes into the link.
    const link = await page.getByRole('textbox', { name: 'Link to the home plan' }).inputValue();
    expect(link).not.toContain('Alex');
    expect(shots.A4!.length).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the client’s home plan from its link, the pictures drawn when Print handout is pressed', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await buildSession(page);
    await page.goto(`${page.url().split('#')[0]}#/session`);
    const link = await page.getByRole('textbox', { name: 'Link to the home plan' }).inputValue();
    await context.close();

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const client = await phone.newPage();
    const errors = collectErrors(client);
    await client.goto(link);
    await client.locator('.plan-point').nth(2).waitFor();
    // Nothing is drawn, and no 3D code fetched, until the client asks for the handout.
    expect(await pictureWidths(client)).toEqual([]);
    await client.getByRole('textbox', { name: 'Your name on the handout' }).fill('Sam');
    const printed = await catchPrint(client);
    await client.getByRole('button', { name: 'Print handout' }).click();
    await expect.poll(printed, { timeout: 60_000 }).toBe(1);
    expect(await pictureWidths(client)).toEqual([720, 720, 720]);
    await printBoth(client, 'handout-plan', 3);
    expect(readPdf(join(PDFS, 'handout-plan-A4.pdf')).text[0]).toContain('For Sam');
    expect(errors).toEqual([]);
    await phone.close();
  });

  it('without WebGL still prints every point, each pattern in words, and says why there is no picture', async () => {
    const plain = await launch({ webgl: false });
    const context = await plain.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await buildSession(page, 'unavailable');
    await page.goto(`${page.url().split('#')[0]}#/session`);
    await page.locator('.finding').nth(2).waitFor();
    expect(
      await page.getByRole('status').filter({ hasText: 'cannot draw the 3D body' }).count(),
    ).toBe(1);
    const printed = await catchPrint(page);
    await page.getByRole('button', { name: 'Print handout' }).click();
    await expect.poll(printed).toBe(1);
    await printBoth(page, 'handout-no-webgl', 0);
    const text = readPdf(join(PDFS, 'handout-no-webgl-A4.pdf')).text.join(' ');
    expect(text).toContain('describes where each point sends pain in words');
    expect(text.match(/Main pain:/g)?.length).toBe(3);
    expect(errors.filter((e) => !/WebGL/i.test(e))).toEqual([]);
    await plain.close();
  });
});
