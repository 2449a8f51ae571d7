// @vitest-environment jsdom
import { act, cleanup, render, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { atlas } from '../../data/index.ts';
import { App } from '../../src/app/App.tsx';
import { currentPath, currentSearch } from '../../src/app/hashLocation.ts';
import { modeOf } from '../../src/app/modes.ts';
import { parseUrlState } from '../../src/app/urlState.ts';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import { resetNoticeStore } from '../../src/state/noticeStore.ts';
import { resetSafetyStore } from '../../src/state/safetyStore.ts';
import { INJECTED, PWNED, hostileLink } from '../helpers/hostileLinks.ts';

// jsdom has no WebGL: each page derives its display from the address as in the browser, and its
// body draws nothing (the browser sample in tests/e2e/links.test.ts draws it).
vi.mock('../../src/app/BodyView.tsx', () => ({ BodyView: () => null }));

/** Links per run; FUZZ_RUNS=5000 for a deeper search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const index = createAtlasIndex(atlas);

let consoleError: ReturnType<typeof vi.spyOn>;
beforeAll(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterAll(() => consoleError.mockRestore());

/** Everything in the page that markup in a link could have made. */
function injected(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.hasAttribute(INJECTED)) found.push(`[${INJECTED}] ${el.tagName}`);
    // The app draws SVG of its own (icons, the diary's charts): an injected one carries the mark.
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) found.push(el.tagName);
    for (const attr of el.getAttributeNames()) {
      if (attr.startsWith('on')) found.push(`${el.tagName} ${attr}`);
    }
    const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
    if (/^\s*(javascript|data):/i.test(href)) found.push(`${el.tagName} ${href.slice(0, 30)}`);
  }
  return found;
}

/** Sets the address as a pasted link or Back would, and lets the app answer. */
async function go(link: string) {
  await act(async () => {
    window.history.replaceState(null, '', `/#${link}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe(`URL fuzzing: ${RUNS} generated hostile links opened in the rendered app (jsdom)`, () => {
  it(
    'never throws or fails an area, never renders markup from the link, is never blank, and says what it left out',
    { timeout: 600_000 },
    async () => {
      // One app, every link pasted into its address in turn (a fresh load of each is the
      // browser sample's job): rendering the whole app again for each is too slow here.
      window.history.replaceState(null, '', '/#/');
      const { container } = render(<App />);
      await act(async () => {});
      await fc.assert(
        fc.asyncProperty(hostileLink, async (link) => {
          resetNoticeStore();
          resetSafetyStore();
          consoleError.mockClear();
          window.history.replaceState(null, '', `/#${link}`);
          const mode = modeOf(currentPath());
          const unknownPage = !mode;
          // The explorer reads the address (an unknown page hands it on); other pages check
          // their own, in their own tests.
          const explorerReads = unknownPage || mode.id === 'explorer';
          const ignoresSome =
            explorerReads && parseUrlState(`?${currentSearch()}`, index).ignored.length > 0;
          await go(link);
          expect(container.querySelector('[data-failed-area]')).toBeNull();
          expect(consoleError).not.toHaveBeenCalled();
          expect(injected(document.body)).toEqual([]);
          expect((window as unknown as Record<string, unknown>)[PWNED]).toBeUndefined();
          // Never blank: the header and a page with something to read and use.
          expect(container.querySelector('h1')?.textContent).toContain('Referral Explorer');
          // A page loaded on demand (the diary) arrives a moment later.
          await waitFor(
            () =>
              expect(container.querySelector('main')?.textContent?.length ?? 0).toBeGreaterThan(
                200,
              ),
            { timeout: 10_000 },
          );
          const notices = [...container.querySelectorAll('.notice')].map((n) => n.textContent);
          const said = notices.join(' ');
          if (unknownPage) expect(said).toContain('That page does not exist');
          if (ignoresSome) expect(said).toContain('could not be read and was left out');
          if (explorerReads && !unknownPage && !ignoresSome) expect(notices).toEqual([]);
        }),
        { numRuns: RUNS, seed: 16_1202 },
      );
      cleanup();
    },
  );
});
