/**
 * The 3D view is a chunk of its own, loaded by a dynamic import once the app runs; left alone,
 * the browser would only ask for it after the main chunk has arrived and run. This adds
 * `<link rel="modulepreload">` tags to index.html for it and the chunks it needs that the main
 * chunk does not, so they download in parallel with the app (the model has its own
 * `<link rel="preload">` in index.html). Fetching is all a preload does: nothing runs early.
 */
import type { Plugin, Rollup } from 'vite';

/** The chunks to preload: the one built from `entry` and its static imports, minus `loaded`. */
export function chunksToPreload(
  bundle: Rollup.OutputBundle,
  entry: string,
  loaded: ReadonlySet<string>,
): string[] {
  const root = Object.values(bundle).find(
    (c) => c.type === 'chunk' && c.facadeModuleId?.replace(/\\/g, '/').endsWith(entry),
  );
  if (!root) throw new Error(`No chunk is built from ${entry}: is it still loaded lazily?`);
  const files: string[] = [];
  const visit = (file: string) => {
    if (files.includes(file) || loaded.has(file)) return;
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk') return;
    files.push(file);
    chunk.imports.forEach(visit);
  };
  visit(root.fileName);
  return files;
}

export function preloadBodyPlugin(entry = 'src/scene/BodyCanvas.tsx'): Plugin {
  return {
    name: 'referral-explorer:preload-body',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_, ctx) {
        const bundle = ctx.bundle;
        if (!bundle || !ctx.chunk) return [];
        // What the page loads anyway: the entry chunk and its static imports.
        const loaded = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (loaded.has(file) || chunk?.type !== 'chunk') return;
          loaded.add(file);
          chunk.imports.forEach(visit);
        };
        visit(ctx.chunk.fileName);
        return chunksToPreload(bundle, entry, loaded).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
