import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { SCREENSHOTS, collectErrors, launch, settle, waitForBody } from './browser.ts';
import {
  DIARY_WITH_ENTRIES,
  PLAN,
  SESSION_WITH_FINDINGS,
  answerQuestion,
  putStored,
} from './stored.ts';

const baseUrl = inject('baseUrl');

/**
 * axe-core, read from node_modules and evaluated in the page through the DevTools protocol
 * (page.evaluate). The built app's Content Security Policy forbids inline scripts, so
 * page.addScriptTag({ content }) would be blocked (and reported: tests/e2e/setup.ts fails on any
 * violation); an evaluation from the driver is not page script, so the app keeps its real policy
 * (no bypassCSP) while it is checked. Nothing is fetched.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface View {
  name: string;
  /** The address to open (after `#`), with the database seeded first when `seed` is given. */
  hash: string;
  seed?: Record<string, unknown>;
  /** What to do on the page before it is checked (open search, answer a question...). */
  act?: (page: Page) => Promise<void>;
}

const VIEWS: View[] = [
  { name: 'explorer, empty', hash: '/' },
  { name: 'explorer, a selection', hash: '/?areas=left.temple' },
  {
    name: 'explorer, a point open with its safety gate',
    hash: '/?areas=left.temple&tp=left.upper-trapezius-tp1',
    act: async (page) => {
      await page.getByRole('heading', { level: 2, name: /Upper trapezius/ }).waitFor();
      await page.getByRole('checkbox', { name: /none of them applies to me/ }).waitFor();
    },
  },
  {
    name: 'explorer, search open',
    hash: '/',
    act: async (page) => {
      const search = page.getByRole('combobox', { name: /Search muscles, areas and complaints/ });
      await search.fill('neck');
      await page.getByRole('option').first().waitFor();
    },
  },
  { name: 'session', hash: '/session', seed: { sessions: SESSION_WITH_FINDINGS } },
  { name: 'present', hash: '/session/present', seed: { sessions: SESSION_WITH_FINDINGS } },
  {
    name: 'plan',
    hash: PLAN,
    act: async (page) => {
      await page.getByRole('heading', { name: 'Before you start' }).waitFor();
    },
  },
  { name: 'learn, atlas', hash: '/learn' },
  {
    name: 'learn, a muscle card',
    hash: '/learn?muscle=upper-trapezius',
    act: async (page) => {
      await page
        .getByRole('heading', { name: /Upper trapezius/ })
        .first()
        .waitFor();
    },
  },
  {
    name: 'quiz, a question',
    hash: '/learn/quiz?area=head-neck&seed=7',
    act: (page) => page.getByText(/^Question \d+ of \d+/).waitFor(),
  },
  {
    name: 'quiz, an answer',
    hash: '/learn/quiz?area=head-neck&seed=7',
    act: answerQuestion,
  },
  { name: 'diary, log', hash: '/diary', seed: { diary: DIARY_WITH_ENTRIES } },
  { name: 'diary, history', hash: '/diary/history', seed: { diary: DIARY_WITH_ENTRIES } },
];

const SCREENS: { name: string; options: BrowserContextOptions }[] = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  {
    name: 'phone',
    options: {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    },
  },
];

/** What fails the check: anything serious or critical, and any colour contrast failure. */
const failing = (v: Result) =>
  v.impact === 'serious' || v.impact === 'critical' || v.id === 'color-contrast';

const describeViolation = (v: Result) =>
  `${v.impact} ${v.id}: ${v.help}\n` +
  v.nodes
    .slice(0, 6)
    .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`)
    .join('\n');

const counts: Record<
  string,
  Record<string, { failing: number; other: number; ids: string[] }>
> = {};

async function check(page: Page): Promise<AxeResults> {
  await page.evaluate(AXE);
  const options: RunOptions = { resultTypes: ['violations'] };
  return page.evaluate(
    (opts) =>
      (
        window as unknown as {
          axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
        }
      ).axe.run(document, opts),
    options,
  );
}

describe('accessibility (axe-core) on every view and mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/axe.json', JSON.stringify(counts, null, 2));
  });

  for (const screen of SCREENS) {
    for (const view of VIEWS) {
      it(`${view.name} (${screen.name}): no serious or critical violation, no contrast failure`, async () => {
        const context = await browser.newContext(screen.options);
        const page = await context.newPage();
        const errors = collectErrors(page);
        if (view.seed) {
          await page.goto(`${baseUrl}#/learn`);
          await putStored(page, view.seed);
        }
        await page.goto(`${baseUrl}#${view.hash}`);
        if (view.seed) await page.reload();
        if (!view.hash.startsWith('/plan')) await waitForBody(page);
        await view.act?.(page);
        await settle(page, 400);
        const results = await check(page);
        const bad = results.violations.filter(failing);
        (counts[view.name] ??= {})[screen.name] = {
          failing: bad.reduce((n, v) => n + v.nodes.length, 0),
          other: results.violations.filter((v) => !failing(v)).length,
          ids: results.violations.map((v) => `${v.id}×${v.nodes.length} (${v.impact})`),
        };
        const slug = view.name.replace(/[^a-z]+/gi, '-').toLowerCase();
        await page.screenshot({ path: `${SCREENSHOTS}/a11y-${screen.name}-${slug}.png` });
        expect(bad.map(describeViolation).join('\n'), 'axe violations').toBe('');
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});
