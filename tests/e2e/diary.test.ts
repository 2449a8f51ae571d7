import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SCREENSHOTS, collectErrors, launch, settle, waitForBody } from './browser.ts';
import { decodePng, type Image } from './png.ts';

/**
 * Share of pixels tinted blue (the diary's heat on the skin) in the upper half of the body's
 * view, below the view buttons and above the colour key.
 */
function shareOfHeat(image: Image): number {
  let n = 0;
  const rows = { from: 70, to: Math.floor(image.height / 2) };
  for (let y = rows.from; y < rows.to; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
      if (r > 90 && b > r + 12 && b > g + 8) n++;
    }
  }
  return n / (image.width * (rows.to - rows.from));
}

const baseUrl = inject('baseUrl');

async function tapArea(page: Page, region: string, side: 'left' | 'right') {
  const point = await page.evaluate(
    ([r, s]) => window.__referralExplorer?.screenPointOf(r!, s as 'left' | 'right') ?? null,
    [region, side],
  );
  expect(point, `${side} ${region} is visible on the body`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

/** The diary's entries, each a list item under "Your entries". */
const entries = (page: Page) =>
  page.getByRole('region', { name: /^Your entries/ }).getByRole('listitem');

/** The file input behind "Choose a backup file…" (hidden, reached by its label). */
const backupFile = (page: Page) => page.getByLabel('Backup file');

/** Every request the page makes, so the test can check none leaves this machine. */
function collectRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

describe('the pain diary in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
    // One context for the whole story: the diary is kept in its IndexedDB across pages.
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('logs an entry from the body and another from the list, and keeps both after a reload', async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    const requests = collectRequests(page);
    await page.goto(baseUrl);
    await page
      .getByRole('navigation', { name: 'Modes' })
      .getByRole('link', { name: 'Pain diary' })
      .click();
    expect(page.url()).toMatch(/#\/diary$/);
    expect(await waitForBody(page)).toBe('ready');
    await expect.poll(() => page.getByText('Your diary stays on this device').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/diary-01-empty.png` });

    // First entry: the left temple, tapped on the body, at 7; aching; pressure done; a note.
    await tapArea(page, 'temple', 'left');
    const temple = page.getByRole('slider', { name: 'Left temple' });
    await temple.waitFor();
    await temple.fill('7');
    await page.getByRole('checkbox', { name: 'Aching' }).check({ force: true });
    await page.getByRole('combobox', { name: 'Where (optional)' }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Add', exact: true }).last().click();
    await page
      .getByRole('textbox', { name: 'Note (optional)' })
      .fill('After a long day at the desk');
    await settle(page, 300);
    await page.screenshot({ path: `${SCREENSHOTS}/diary-02-draft.png` });
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => page.getByText('Saved in your diary.').count()).toBe(1);

    // Second entry, yesterday evening: from the list, the right back of the neck at 3, and the
    // left temple at 4 after pressure.
    const yesterday = new Date(Date.now() - 86_400_000);
    yesterday.setHours(19, 30, 0, 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = `${yesterday.getFullYear()}-${pad(yesterday.getMonth() + 1)}-${pad(yesterday.getDate())}T19:30`;
    await page.getByRole('button', { name: 'Another time' }).click();
    await page.getByLabel('When').fill(local);
    await page.getByText('Pick an area from a list').click();
    await page
      .getByRole('form', { name: 'Add an area from a list' })
      .getByRole('combobox')
      .selectOption('neck-back');
    await page
      .getByRole('form', { name: 'Add an area from a list' })
      .getByRole('radio', { name: 'Right' })
      .check();
    await page
      .getByRole('form', { name: 'Add an area from a list' })
      .getByRole('button', { name: 'Add' })
      .click();
    await page.getByRole('slider', { name: 'Right back of neck' }).fill('3');
    await tapArea(page, 'temple', 'left');
    await page.getByRole('slider', { name: 'Left temple' }).fill('4');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => entries(page).count()).toBe(2);
    await page.screenshot({ path: `${SCREENSHOTS}/diary-03-two-entries.png` });

    await page.reload();
    await expect.poll(() => entries(page).count()).toBe(2);
    const texts = await entries(page).allTextContents();
    expect(texts.join(' | ')).toMatch(/Left temple 7/);
    expect(texts.join(' | ')).toMatch(/After a long day at the desk/);
    expect(texts.join(' | ')).toMatch(/Right back of neck 3/);

    // Changing an entry puts it back in the form; deleting asks first.
    await page
      .getByRole('button', { name: /^Change the entry of/ })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Change this entry' }).count())
      .toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).click();

    // History: the body painted by how much each area hurt, a chart per area, the weeks.
    await page.getByRole('link', { name: 'History' }).click();
    expect(page.url()).toMatch(/#\/diary\/history$/);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Each area over time' }).count())
      .toBe(1);
    const chart = page.getByRole('img', {
      name: /How strong the pain in your left temple was over time/,
    });
    await expect.poll(() => chart.count()).toBe(1);
    expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
    await page.getByText('The numbers for the left temple, as a table').click();
    const rows = page.getByRole('table').first().getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(
      await page
        .getByRole('region', { name: 'This week and last week' })
        .getByRole('list')
        .textContent(),
    ).toMatch(/Left temple: new this week, 5\.5 on average/);
    await settle(page);
    const heat = decodePng(
      await page
        .getByRole('region', { name: 'Body', exact: true })
        .screenshot({ path: `${SCREENSHOTS}/diary-05-history-body.png` }),
    );
    expect(shareOfHeat(heat)).toBeGreaterThan(0.0005);
    await page.screenshot({ path: `${SCREENSHOTS}/diary-05-history.png` });

    expect(errors).toEqual([]);
    expect(
      requests.filter(
        (u) =>
          !u.startsWith(baseUrl.replace(/\/$/, '')) &&
          !u.startsWith('data:') &&
          !u.startsWith('blob:'),
      ),
    ).toEqual([]);
    await page.close();
  });

  it('downloads a backup and a CSV, clears the diary, imports the backup back and refuses a broken file', async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}#/diary/backup`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Take your diary with you' }).count())
      .toBe(1);

    const [backup] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    expect(backup.suggestedFilename()).toMatch(/^referral-explorer-diary-\d{4}-\d\d-\d\d\.json$/);
    const backupPath = `test-results/diary-backup.json`;
    await backup.saveAs(backupPath);
    const file = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(file).toMatchObject({ app: 'referral-explorer', key: 'diary', version: 1 });
    expect(file.data.entries).toHaveLength(2);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click(),
    ]);
    const csvPath = `test-results/diary.csv`;
    await csv.saveAs(csvPath);
    const lines = readFileSync(csvPath, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('entry,time,region,side,intensity,qualities,done,note');
    // Three rows: the temple today, the neck and the temple yesterday.
    expect(lines).toHaveLength(4);

    // Clearing asks first.
    await page.getByRole('button', { name: 'Clear all entries…' }).click();
    await page.getByRole('button', { name: 'Keep my diary' }).click();
    await page.getByRole('button', { name: 'Clear all entries…' }).click();
    await page.getByText('Remove all 2 entries from this device?').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/diary-06-clear-confirm.png` });
    await page.getByRole('button', { name: 'Yes, remove everything' }).click();
    await page.getByText('Your diary is empty now.').waitFor();

    // The backup brings both entries back.
    await backupFile(page).setInputFiles(backupPath);
    await page.getByText('Added 2 entries from the backup.').waitFor();

    // A broken file and another app's file are refused, and nothing changes.
    await backupFile(page).setInputFiles({
      name: 'diary.json',
      mimeType: 'application/json',
      buffer: Buffer.from(readFileSync(backupPath, 'utf8').slice(0, 120)),
    });
    await page
      .getByText(
        'This copy of your pain diary could not be read. It may be damaged or cut short. Nothing in your diary has changed.',
      )
      .waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/diary-07-import-broken.png` });
    await backupFile(page).setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ app: 'another-app', entries: [] })),
    });
    await page
      .getByText('This is not a copy of your pain diary from Referral Explorer.', { exact: false })
      .waitFor();

    // The printable summary, printed to PDF and looked at page by page.
    await page.getByRole('link', { name: 'Print a summary for a visit' }).click();
    expect(page.url()).toMatch(/#\/diary\/summary$/);
    await page.getByRole('heading', { name: 'Pain diary: a summary' }).waitFor();
    await expect.poll(() => page.getByRole('img', { name: /left temple/ }).count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/diary-08-summary.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(
      false,
    );
    const pdf = await page.pdf({ path: 'test-results/diary-summary.pdf', format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('link', { name: '← Back to the diary' }).click();

    await page.reload();
    await page.getByRole('link', { name: 'Log' }).click();
    await expect.poll(() => entries(page).count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone: the body above, the form in the sheet below', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}#/diary`);
    expect(await waitForBody(page)).toBe('ready');
    await expect.poll(() => entries(page).count()).toBe(2);
    await page.screenshot({ path: `${SCREENSHOTS}/diary-04-phone.png` });
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'Each area over time' }).waitFor();
    await page.getByRole('button', { name: 'Show more of the panel' }).click();
    await settle(page, 400);
    await page.screenshot({ path: `${SCREENSHOTS}/diary-09-phone-history.png` });
    await page.goto(`${baseUrl}#/diary/summary`);
    await page.getByRole('heading', { name: 'Pain diary: a summary' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/diary-10-phone-summary.png` });
    await page.close();
  });
});
