import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('the end-to-end browser rule', () => {
  it.each([
    "import { chromium } from 'playwright-core';\nexport const c = chromium;",
    "import playwright from 'playwright-core';\nexport const p = playwright;",
    "import { firefox as f } from 'playwright-core';\nexport const x = f;",
  ])('forbids an e2e test file from launching its own browser: %s', async (code) => {
    const messages = await restricted('tests/e2e/new-mode.test.ts', code);
    expect(messages.join('\n')).toMatch(/launch\(\) in tests\/e2e\/browser\.ts/);
  });

  it('lets test files use the shared launch() and playwright-core types', async () => {
    const code =
      "import type { Page } from 'playwright-core';\nimport { launch } from './browser.ts';\nexport const x: [typeof launch, Page | null] = [launch, null];";
    expect(await restricted('tests/e2e/new-mode.test.ts', code)).toEqual([]);
  });

  it('lets the browser helper itself launch Chromium', async () => {
    const code = "import { chromium } from 'playwright-core';\nexport const c = chromium;";
    expect(await restricted('tests/e2e/browser.ts', code)).toEqual([]);
  });
});
