import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

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
