import react from '@vitejs/plugin-react';
import { chunkKindsPlugin } from './scripts/bench/chunkKinds.ts';
import { precompressPlugin } from './scripts/build/precompress.ts';
import { preloadBodyPlugin } from './scripts/build/preloadBody.ts';
import { catalogPlugin } from './scripts/i18n/catalogPlugin.ts';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [catalogPlugin(), react(), preloadBodyPlugin(), chunkKindsPlugin(), precompressPlugin()],
  // Relative base so the built app also works from a sub-path or a file server.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
