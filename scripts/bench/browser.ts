/**
 * The bench's browser part: the production build (dist/) served by `vite preview`, driven in
 * headless Chromium launched as the end-to-end tests launch it (tests/e2e/browser.ts: a system
 * Chromium, else the one bundled in @sparticuz/chromium; software WebGL). The app marks what
 * it does on the performance timeline (src/state/perfMarks.ts); this reads the marks.
 *
 * Timings are medians (cold starts) or percentiles over many samples, because this machine is
 * shared: one slow run must not fail a budget, a slower app must.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launch } from '../../tests/e2e/browser.ts';
import type {} from '../../src/scene/probes.ts';
import { MARKS } from '../../src/state/perfMarks.ts';
import { median, percentile, type Measurement } from './budgets.ts';

const VIEWPORT = { width: 1280, height: 860 };
const TIMEOUT = 60_000;

export interface BrowserRun {
  measurements: Measurement[];
  /** The files (paths inside dist/) a first visit fetches by itself, in the order asked for. */
  firstVisitFiles: string[];
  /** Which Chromium ran, for the results file. */
  browser: string;
}

export interface BrowserOptions {
  coldStarts: number;
  clicks: number;
  selections: number;
  log: (line: string) => void;
}

export async function browserMeasurements(options: BrowserOptions): Promise<BrowserRun> {
  const { preview } = await import('vite');
  const server = await preview({
    preview: { host: '127.0.0.1', port: 4320, strictPort: false, open: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  const browser = await launch({ origin: url });
  try {
    const cold = await coldStarts(url, options, (context) => browser.newContext(context));
    options.log(`cold starts done (${options.coldStarts})`);
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const session = await warmSession(await context.newPage(), context, url, options);
      return {
        measurements: [...cold.measurements, ...session],
        firstVisitFiles: cold.files,
        browser: `Chromium ${browser.version()}`,
      };
    } finally {
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The path inside dist/ of a URL the app fetched from the preview server. */
function distPath(base: string, requested: string): string | undefined {
  if (!requested.startsWith(base)) return undefined;
  const path = new URL(requested).pathname.replace(/^\//, '');
  return path === '' ? 'index.html' : path;
}

async function coldStarts(
  url: string,
  options: BrowserOptions,
  newContext: (o: { viewport: typeof VIEWPORT }) => Promise<BrowserContext>,
) {
  const firstPaint: number[] = [];
  const bodyDrawn: number[] = [];
  const firstClick: number[] = [];
  const chunkAsked: number[] = [];
  const modelAsked: number[] = [];
  let files: string[] | undefined;
  for (let run = 0; run < options.coldStarts; run++) {
    // A fresh context is a fresh profile: empty cache, no stored data.
    const context = await newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      const requested: string[] = [];
      let recording = true;
      page.on('request', (request) => {
        const path = distPath(url, request.url());
        if (recording && path && !requested.includes(path)) requested.push(path);
      });
      await page.goto(url);
      await waitForMark(page, MARKS.bodyDrawn);
      // Whatever the app fetches by itself after that (its warnings' words) is part of the visit.
      await page.waitForLoadState('networkidle');
      recording = false;
      const times = await page.evaluate(
        ([drawn]) => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          drawn: performance.getEntriesByName(drawn!)[0]!.startTime,
        }),
        [MARKS.bodyDrawn],
      );
      firstPaint.push(times.paint);
      bodyDrawn.push(times.drawn);
      // When the 3D chunk and the model were asked for, after the main chunk (resource timing).
      // A string, not a function: the script runner's helpers do not exist in the page.
      const asked = (await page.evaluate(`(() => {
        const at = (part) => performance.getEntriesByType('resource')
          .find((e) => new URL(e.name).pathname.includes(part))?.startTime ?? NaN;
        const main = at('/assets/index-');
        return [at('/assets/BodyCanvas-') - main, at('/models/body.glb') - main];
      })()`)) as [number, number];
      chunkAsked.push(asked[0]);
      modelAsked.push(asked[1]);
      await waitForProbes(page);
      firstClick.push(await clickArea(page, 'temple', 'left'));
      options.log(
        `cold start ${run + 1}: paint ${times.paint.toFixed(0)} ms, body ${times.drawn.toFixed(0)} ms, first click ${firstClick.at(-1)!.toFixed(0)} ms`,
      );
      // The test probes load only under automation: not part of what a visitor fetches.
      const visit = requested.filter((f) => !/\/probes-[^/]*\.js$/.test(f));
      if (!files) files = visit;
      else if (visit.join() !== files.join()) {
        options.log(`cold start ${run + 1} fetched other files: ${visit.join(', ')}`);
        files = [...new Set([...files, ...visit])];
      }
    } finally {
      await context.close();
    }
  }
  const spread = (xs: number[]) =>
    `median of ${xs.length}, min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}`;
  return {
    files: files ?? [],
    measurements: [
      {
        id: 'coldStart.firstPaint',
        label: 'cold start: first paint of the UI',
        value: median(firstPaint),
        unit: 'ms',
        detail: spread(firstPaint),
      },
      {
        id: 'coldStart.bodyChunkAsked',
        label: 'cold start: 3D chunk asked for, after the main chunk',
        value: median(chunkAsked),
        unit: 'ms',
        detail: spread(chunkAsked),
      },
      {
        id: 'coldStart.modelAsked',
        label: 'cold start: body model asked for, after the main chunk',
        value: median(modelAsked),
        unit: 'ms',
        detail: spread(modelAsked),
      },
      {
        id: 'coldStart.bodyDrawn',
        label: 'cold start: body drawn',
        value: median(bodyDrawn),
        unit: 'ms',
        detail: spread(bodyDrawn),
      },
      {
        id: 'coldStart.firstClick',
        label: 'cold start: first click on the body → list painted',
        value: median(firstClick),
        unit: 'ms',
        detail: spread(firstClick),
      },
    ] satisfies Measurement[],
  };
}

async function warmSession(
  page: Page,
  context: BrowserContext,
  url: string,
  options: BrowserOptions,
): Promise<Measurement[]> {
  const cdp = await context.newCDPSession(page);
  /** Live JS heap after a full garbage collection, in MB. */
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  };
  await page.goto(url);
  await waitForMark(page, MARKS.bodyDrawn);
  await waitForProbes(page);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const heapAfterLoad = await heap();

  // Areas to click, seen from the front: every area half the probes find on screen.
  const areas = await page.evaluate(() => {
    const probes = window.__referralExplorer!;
    const found: { x: number; y: number }[] = [];
    for (const region of ['temple', 'jaw', 'shoulder-front', 'chest', 'upper-abdomen']) {
      for (const side of ['left', 'right'] as const) {
        const point = probes.screenPointOf(region, side);
        if (point) found.push(point);
      }
    }
    return found;
  });
  if (areas.length < 3) throw new Error(`Only ${areas.length} areas are clickable on the body.`);
  // One area stays selected, the others go on and off in turn: every click changes the list.
  // Clicking an area does not move the camera, so the points found stay valid.
  const [anchor, ...others] = areas;
  await clickAt(page, anchor!);
  let toggle = 0;
  const nextPoint = () => others[Math.floor(toggle++ / 2) % others.length]!;

  const clickLatency: number[] = [];
  for (let i = 0; i < options.clicks; i++) clickLatency.push(await clickAt(page, nextPoint()));
  options.log(`${options.clicks} clicks done`);
  // What clicking needs is loaded by now; from here the heap should stay where it is.
  const heapWarm = await heap();
  const rendererWarm = await renderer(page);
  // The selections go through the body's own click handling (pointer events → raycast → area →
  // store → list), dispatched inside the page: driven from outside, each click waits for a
  // round trip and a frame, which on a loaded machine takes a second. A frame is let through
  // every tenth selection, so what is drawn is drawn (and would be counted if it were kept).
  const registered = await page.evaluate(
    `(async () => {
      const canvas = document.querySelector('.viewport canvas');
      const lastClick = () => performance.getEntriesByName('${MARKS.areaClick}').at(-1)?.startTime;
      let registered = 0;
      const points = ${JSON.stringify(others)};
      const fire = (type, Kind, p) => canvas.dispatchEvent(new Kind(type, {
        bubbles: true, cancelable: true, clientX: p.x, clientY: p.y, pointerId: 1,
        pointerType: 'mouse', isPrimary: true, button: 0, buttons: type === 'pointerdown' ? 1 : 0,
      }));
      for (let i = 0; i < ${options.selections - 1}; i++) {
        const p = points[Math.floor((${toggle} + i) / 2) % points.length];
        fire('pointermove', PointerEvent, p);
        fire('pointerdown', PointerEvent, p);
        fire('pointerup', PointerEvent, p);
        const before = lastClick();
        fire('click', MouseEvent, p);
        if (lastClick() !== before) registered++;
        await new Promise((r) => (i % 10 === 9 ? requestAnimationFrame(r) : setTimeout(r, 0)));
      }
      return registered;
    })()`,
  );
  if (registered !== options.selections - 1) {
    throw new Error(
      `Only ${String(registered)} of ${options.selections - 1} selections registered.`,
    );
  }
  toggle += options.selections - 1;
  // The last one waits for its list to be painted; an even count leaves the anchor alone.
  await clickAt(page, nextPoint());
  const heapAfter = await heap();
  const rendererAfter = await renderer(page);
  options.log(`${options.selections} selections done`);

  const orbit = await orbitFrames(page);
  // A trigger point chosen: its pattern on the body, then orbit around it.
  await page.locator('.result button, .result').first().click();
  await page.waitForTimeout(1500);
  const orbitPattern = await orbitFrames(page);
  return [
    {
      id: 'click.list.p50',
      label: `click on the body → list painted, p50 of ${clickLatency.length}`,
      value: percentile(clickLatency, 50),
      unit: 'ms',
    },
    {
      id: 'click.list.p95',
      label: `click on the body → list painted, p95 of ${clickLatency.length}`,
      value: percentile(clickLatency, 95),
      unit: 'ms',
      detail: `max ${Math.max(...clickLatency).toFixed(0)}`,
    },
    {
      id: 'orbit.frame.p50',
      label: 'frame time while orbiting, median',
      value: orbit.p50,
      unit: 'ms',
      detail: `p95 ${orbit.p95.toFixed(0)} ms, ${orbit.frames} frames drawn`,
    },
    {
      id: 'orbit.pattern.frame.p50',
      label: 'frame time while orbiting with a pattern shown, median',
      value: orbitPattern.p50,
      unit: 'ms',
      detail: `p95 ${orbitPattern.p95.toFixed(0)} ms, ${orbitPattern.frames} frames drawn`,
    },
    {
      id: 'heap.afterLoad',
      label: 'JS heap after load',
      value: heapAfterLoad,
      unit: 'MB',
    },
    {
      id: 'heap.growth',
      label: `JS heap growth over ${options.selections} selections`,
      value: heapAfter - heapWarm,
      unit: 'MB',
      detail: `${heapWarm.toFixed(2)} → ${heapAfter.toFixed(2)} MB`,
    },
    {
      id: 'gpu.growth',
      label: `geometries and textures added over ${options.selections} selections`,
      value:
        rendererAfter.geometries -
        rendererWarm.geometries +
        (rendererAfter.textures - rendererWarm.textures),
      unit: 'count',
      detail: `geometries ${rendererWarm.geometries} → ${rendererAfter.geometries}, textures ${rendererWarm.textures} → ${rendererAfter.textures}`,
    },
  ];
}

function renderer(page: Page) {
  return page.evaluate(() => window.__referralExplorer!.renderer());
}

async function waitForMark(page: Page, name: string) {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, {
    timeout: TIMEOUT,
  });
}

async function waitForProbes(page: Page) {
  await page.waitForFunction(() => Boolean(window.__referralExplorer), undefined, {
    timeout: TIMEOUT,
  });
}

/** Clicks an area half with the mouse; the time from the click to the list painted. */
async function clickArea(page: Page, region: string, side: 'left' | 'right'): Promise<number> {
  const point = await page.evaluate(
    ([r, s]) => window.__referralExplorer!.screenPointOf(r!, s as 'left' | 'right'),
    [region, side],
  );
  if (!point) throw new Error(`The ${side} ${region} is not on screen.`);
  return clickAt(page, point);
}

/**
 * Clicks at a point of the body and returns the time from the click to the list painted, both
 * as the app marked them.
 */
async function clickAt(page: Page, point: { x: number; y: number }): Promise<number> {
  const before = await page.evaluate(
    (n) => performance.getEntriesByName(n).at(-1)?.startTime ?? -1,
    MARKS.resultsPainted,
  );
  await page.mouse.click(point.x, point.y);
  const handle = await page.waitForFunction(
    ([clickName, paintedName, previous]) => {
      const click = performance.getEntriesByName(clickName as string).at(-1);
      const painted = performance.getEntriesByName(paintedName as string).at(-1);
      if (!click || !painted) return false;
      if (painted.startTime <= (previous as number) || painted.startTime < click.startTime)
        return false;
      return painted.startTime - click.startTime;
    },
    [MARKS.areaClick, MARKS.resultsPainted, before] as const,
    { timeout: TIMEOUT },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Drags across the body and times the frames (intervals between animation frames). The drag
 * runs inside the page, one pointer move per frame, for 60 frames or 3 s, whichever is first:
 * driven from outside, each move would wait for its own round trip and the figure would be the
 * driver's, not the app's.
 */
async function orbitFrames(page: Page) {
  const box = (await page.locator('.viewport canvas').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const framesBefore = (await renderer(page)).frames;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // A string, not a function: the script runner's helpers do not exist in the page.
  const stamps = (await page.evaluate(`new Promise((done) => {
    const canvas = document.querySelector('.viewport canvas');
    const stamps = [];
    const step = (t) => {
      stamps.push(t);
      const i = stamps.length;
      const clientX = ${x} + 180 * Math.sin(i / 8);
      canvas.dispatchEvent(new PointerEvent('pointermove', {
        bubbles: true, clientX, clientY: ${y}, pointerId: 1, pointerType: 'mouse',
        isPrimary: true, buttons: 1,
      }));
      if (i < 60 && t - stamps[0] < 3000) requestAnimationFrame(step);
      else done(stamps);
    };
    requestAnimationFrame(step);
  })`)) as number[];
  await page.mouse.up();
  const frames = (await renderer(page)).frames - framesBefore;
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
  return { p50: percentile(intervals, 50), p95: percentile(intervals, 95), frames };
}
