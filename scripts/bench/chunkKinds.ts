/**
 * Build step for the benchmark: records, for every file the build writes, what it holds — the
 * bytes of each JS chunk that come from the atlas (data/ and its message catalogues) and the
 * rest (code) — so `npm run bench` can say how much of a first visit is atlas and how much is
 * code. Written beside the build, never into it (dist/ is what a host serves).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Where the record goes: out of dist/, refreshed by every production build. */
export const CHUNK_KINDS_FILE = 'node_modules/.cache/referral-explorer-bench/chunks.json';

export interface ChunkRecord {
  /** The chunk's source name without its hash ("index", "BodyCanvas", "upper-trapezius"). */
  name: string;
  /** Rendered bytes (before minification's last step) from the atlas, and in all. */
  atlasBytes: number;
  totalBytes: number;
  /** Its largest modules (path from the project root, rendered bytes): what to trim first. */
  largest: { module: string; bytes: number }[];
}

/** Is a module part of the atlas (the dataset and its catalogues) rather than code? */
export function isAtlasModule(id: string, root: string): boolean {
  if (id.includes('i18n-catalog:')) return true;
  const path = relative(root, id.split('?')[0]!);
  return path.startsWith('data/') || path.startsWith(`data\\`);
}

export function chunkKindsPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'referral-explorer:bench-chunk-kinds',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_, bundle) {
      const chunks: Record<string, ChunkRecord> = {};
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        let atlasBytes = 0;
        let totalBytes = 0;
        for (const [id, module] of Object.entries(output.modules)) {
          totalBytes += module.renderedLength;
          if (isAtlasModule(id, root)) atlasBytes += module.renderedLength;
        }
        const largest = Object.entries(output.modules)
          .map(([id, module]) => ({
            module: relative(root, id.replace(/^\0/, '').split('?')[0]!),
            bytes: module.renderedLength,
          }))
          .sort((a, b) => b.bytes - a.bytes)
          .slice(0, 20);
        chunks[file] = { name: output.name, atlasBytes, totalBytes, largest };
      }
      const out = resolve(root, CHUNK_KINDS_FILE);
      mkdirSync(dirname(out), { recursive: true });
      // A new file renamed into place: a worktree whose node_modules are hard links of another's
      // would otherwise write into the other's record too.
      writeFileSync(`${out}.${process.pid}`, JSON.stringify({ chunks }, null, 1));
      renameSync(`${out}.${process.pid}`, out);
    },
  };
}
