/**
 * Draws the app's icons (scripts/icons/mark.ts) into PNGs in public/icons/, through headless
 * Chromium (the one the end-to-end tests use), so no image library is needed. Run it after
 * changing the mark: `npm run build:icons`. The PNGs are committed; the build copies them.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { chooseBrowser } from '../tests/e2e/browser.ts';
import { ICONS, iconSvg } from './icons/mark.ts';

const { executablePath, kind } = await chooseBrowser();
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', ...(kind === 'bundled' ? ['--no-zygote'] : [])],
});
try {
  for (const spec of ICONS) {
    const page = await browser.newPage({
      viewport: { width: spec.size, height: spec.size },
      deviceScaleFactor: 1,
    });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${iconSvg(spec)}</body></html>`,
    );
    const path = join('public', spec.file);
    mkdirSync(dirname(path), { recursive: true });
    await page.locator('svg').screenshot({ path, omitBackground: spec.shape === 'any' });
    await page.close();
    console.log(`${path} (${spec.size}×${spec.size}, ${spec.shape})`);
  }
} finally {
  await browser.close();
}
