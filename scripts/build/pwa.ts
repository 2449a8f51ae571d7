/**
 * Offline and installable: the web app manifest and the service worker, through vite-plugin-pwa
 * (Workbox's generateSW). After the first visit the service worker has every file of the build
 * in its cache — all code chunks (the lazily loaded pages, the 3D view), both body models, the
 * atlas and every language's catalogues, the icons — so the app opens and works with the
 * network off. A new deployment waits until the person chooses to reload (registerType
 * 'prompt'; src/app/serviceWorker.ts, src/ui/UpdatePrompt.tsx).
 *
 * The page registers the worker from its own module (virtual:pwa-register), never from an
 * inline script, so the Content Security Policy (scripts/csp.ts) stays strict. The worker
 * fetches only from the app's own origin: Workbox's runtime is bundled beside it, no CDN.
 */
import { readFileSync } from 'node:fs';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';
import { ICON_COLOURS, ICONS } from '../icons/mark.ts';

/** What the precache holds: every file type the build writes, not the .br/.gz copies. */
export const PRECACHE_PATTERNS = ['**/*.{html,js,css,svg,png,glb,webmanifest,json,wasm}'];

/** The largest file the precache takes; the 3D chunk is about 1.2 MB before compression. */
const MAX_PRECACHE_BYTES = 5 * 1024 * 1024;

/** The app's name and description from the interface catalogue, so they are written once. */
function catalogue(): Record<string, string> {
  return JSON.parse(readFileSync('data/i18n/en/ui.json', 'utf8')) as Record<string, string>;
}

/** The web app manifest (what a phone shows when the app is installed and while it starts). */
export function manifest(): Partial<ManifestOptions> {
  const ui = catalogue();
  const icon = (file: string, size: number, purpose: 'any' | 'maskable') => ({
    src: file,
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  return {
    id: './',
    name: ui['app.name'],
    short_name: ui['app.name'],
    description: ui['app.manifest.description'],
    lang: 'en',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    orientation: 'any',
    // The splash is the page's own ground with the icon on it; the bar above matches it.
    background_color: ICON_COLOURS.background,
    theme_color: ICON_COLOURS.background,
    categories: ['health', 'medical', 'education'],
    icons: ICONS.filter((i) => i.file.startsWith('icons/icon-')).map((i) =>
      icon(i.file, i.size, i.shape === 'full' ? 'maskable' : 'any'),
    ),
  };
}

export function pwaPlugin(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    // src/app/serviceWorker.ts registers it through virtual:pwa-register: no inline script.
    injectRegister: false,
    manifest: manifest(),
    // The precache patterns already take public/ (icons, models) as the build copies it.
    includeAssets: [],
    includeManifestIcons: false,
    workbox: {
      globPatterns: PRECACHE_PATTERNS,
      maximumFileSizeToCacheInBytes: MAX_PRECACHE_BYTES,
      // Routes live in the fragment (#/learn), so every page is index.html; an old link with a
      // query (?areas=...) is a navigation the precache does not hold by name.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // A new version waits for the person's "Reload" (the prompt), never takes over a page.
      clientsClaim: false,
      skipWaiting: false,
    },
    // The development server runs without a service worker (nothing cached while editing).
    devOptions: { enabled: false },
  });
}
