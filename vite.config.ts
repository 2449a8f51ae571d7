import react from '@vitejs/plugin-react';
import { chunkKindsPlugin } from './scripts/bench/chunkKinds.ts';
import { precompressPlugin } from './scripts/build/precompress.ts';
import { preloadBodyPlugin } from './scripts/build/preloadBody.ts';
import { pwaPlugin } from './scripts/build/pwa.ts';
import { catalogPlugin } from './scripts/i18n/catalogPlugin.ts';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.ts';
import { defineConfig, type Plugin } from 'vite';

/** Puts the Content Security Policy first in the built page's head (not in development). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'referral-explorer:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    catalogPlugin(),
    react(),
    contentSecurityPolicy(),
    preloadBodyPlugin(),
    chunkKindsPlugin(),
    pwaPlugin(),
    precompressPlugin(),
  ],
  // Relative base so the built app also works from a sub-path or a file server.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
