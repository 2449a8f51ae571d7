import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, takeOffOriginRequests, waitForBody } from './browser.ts';

const baseUrl = inject('baseUrl');

describe('network isolation of the end-to-end browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the app loads the body using nothing but its own origin', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const origins = new Set<string>();
    page.on('request', (r) => {
      if (!/^(data|blob):/.test(r.url())) origins.add(new URL(r.url()).origin);
    });
    await page.goto(baseUrl);
    expect(await waitForBody(page)).toBe('ready');
    expect([...origins]).toEqual([new URL(baseUrl).origin]);
    expect(takeOffOriginRequests()).toEqual([]);
    await page.close();
  });

  it('blocks and records a fetch, an image and a WebSocket to another origin, from any context', async () => {
    // Without the app's security policy, which would refuse these before the network does.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(baseUrl);
    const outcome = await page.evaluate(async () => {
      const fetched = await fetch('https://example.com/track?where=left.temple').then(
        () => 'sent',
        () => 'blocked',
      );
      const image = await new Promise<string>((done) => {
        const img = new Image();
        img.onload = () => done('sent');
        img.onerror = () => done('blocked');
        img.src = 'http://127.0.0.2:9/pixel.png';
      });
      const socket = await new Promise<string>((done) => {
        const ws = new WebSocket('wss://example.org/live');
        ws.onopen = () => done('open');
        ws.onclose = () => done('closed');
        ws.onerror = () => done('closed');
      });
      return { fetched, image, socket };
    });
    expect(outcome).toEqual({ fetched: 'blocked', image: 'blocked', socket: 'closed' });
    // Taken here so this test passes; left alone, the shared check after each test fails it.
    expect(takeOffOriginRequests().sort()).toEqual([
      'GET http://127.0.0.2:9/pixel.png',
      'GET https://example.com/track?where=left.temple',
      'WebSocket wss://example.org/live',
    ]);
    await context.close();
  });
});
