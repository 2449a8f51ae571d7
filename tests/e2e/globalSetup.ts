import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chooseBrowser } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Serves the production build (dist/) on 127.0.0.1 for the browser tests. Builds nothing. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'No production build in dist/. Run `npm run build` first (npm test and npm run e2e do).',
    );
  }
  // Say which browser this run uses (the summary of `npm test` repeats it).
  const choice = await chooseBrowser();
  const probe = await chromium.launch({
    executablePath: choice.executablePath,
    headless: true,
    args: ['--no-sandbox', ...(choice.kind === 'bundled' ? ['--no-zygote'] : [])],
  });
  const version = probe.version();
  await probe.close();
  const said = `Chromium ${version} (${choice.kind === 'bundled' ? 'bundled: @sparticuz/chromium' : `system: ${choice.executablePath}`})`;
  console.log(`End-to-end browser: ${said}`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/browser.txt', said);
  server = await preview({
    preview: { host: '127.0.0.1', port: 4310, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
