/**
 * Bytes of a first visit, from the files in dist/: each file's size raw, gzipped (level 9) and
 * brotli-compressed (quality 11), as a host serving precompressed files sends them. Which files
 * a first visit fetches comes from the browser (scripts/bench/browser.ts); the sizes are then
 * exact and the same on every machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Measurement } from './budgets.ts';
import { CHUNK_KINDS_FILE, type ChunkRecord } from './chunkKinds.ts';

export const KINDS = ['html', 'js', 'css', 'model', 'atlas', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface FileSize {
  /** Path inside dist/, e.g. "assets/index-BylOUOHD.js". */
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
  /** The share of the file that is atlas (dataset and catalogues) rather than code, 0–1. */
  atlasShare: number;
  kind: Exclude<Kind, 'atlas'>;
}

export function compressedSizes(bytes: Buffer): { raw: number; gzip: number; brotli: number } {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

function kindOf(file: string): FileSize['kind'] {
  switch (extname(file)) {
    case '.html':
      return 'html';
    case '.js':
      return 'js';
    case '.css':
      return 'css';
    case '.glb':
      return 'model';
    default:
      return 'other';
  }
}

export function readChunkRecords(): Record<string, ChunkRecord> {
  if (!existsSync(CHUNK_KINDS_FILE)) {
    throw new Error(`${CHUNK_KINDS_FILE} is missing: run \`npm run build\` first.`);
  }
  return (
    JSON.parse(readFileSync(CHUNK_KINDS_FILE, 'utf8')) as { chunks: Record<string, ChunkRecord> }
  ).chunks;
}

export function sizeFiles(dist: string, files: readonly string[]): FileSize[] {
  const records = readChunkRecords();
  return files.map((file) => {
    const kind = kindOf(file);
    const record = records[file];
    if (kind === 'js' && !record) {
      throw new Error(`${file} is not in the last build's record: run \`npm run build\` again.`);
    }
    return {
      file,
      kind,
      atlasShare: record && record.totalBytes > 0 ? record.atlasBytes / record.totalBytes : 0,
      ...compressedSizes(readFileSync(join(dist, file))),
    };
  });
}

/** The chunk's name without its content hash: "assets/index-BylOUOHD.js" → "index.js". */
export function chunkName(file: string): string {
  const base = file.split('/').at(-1)!;
  return base.replace(/-[A-Za-z0-9_-]{8}(\.[a-z]+)$/, '$1');
}

/**
 * The first-visit rows: totals raw, gzip and brotli; gzip and brotli by kind (atlas counts the
 * atlas share of every chunk, split by source size); and one row per file (no budget).
 */
export function firstVisitMeasurements(sizes: readonly FileSize[]): Measurement[] {
  const sum = (pick: (f: FileSize) => number) => Math.round(sizes.reduce((n, f) => n + pick(f), 0));
  const rows: Measurement[] = [
    {
      id: 'firstVisit.gzip',
      label: `first visit, gzip (${sizes.length} files)`,
      value: sum((f) => f.gzip),
      unit: 'B',
    },
    {
      id: 'firstVisit.brotli',
      label: 'first visit, brotli',
      value: sum((f) => f.brotli),
      unit: 'B',
    },
    {
      id: 'firstVisit.raw',
      label: 'first visit, uncompressed',
      value: sum((f) => f.raw),
      unit: 'B',
    },
  ];
  for (const kind of KINDS) {
    const share = (f: FileSize) =>
      kind === 'atlas'
        ? f.atlasShare
        : f.kind === kind
          ? kind === 'js'
            ? 1 - f.atlasShare
            : 1
          : 0;
    const files = sizes.filter((f) => share(f) > 0);
    if (files.length === 0) continue;
    const gzip = sum((f) => f.gzip * share(f));
    const brotli = sum((f) => f.brotli * share(f));
    const what = kind === 'js' ? 'JS code' : kind === 'atlas' ? 'atlas (data, prose)' : kind;
    rows.push({
      id: `firstVisit.${kind}.gzip`,
      label: `  ${what}, gzip`,
      value: gzip,
      unit: 'B',
      detail: `brotli ${(brotli / 1024).toFixed(1)} KB`,
    });
  }
  const seen = new Map<string, number>();
  for (const f of [...sizes].sort((a, b) => b.gzip - a.gzip)) {
    const name = chunkName(f.file).replace(/[^A-Za-z0-9.-]/g, '-');
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    rows.push({
      id: `chunk.${name}${n > 1 ? `-${n}` : ''}.gzip`,
      label: `  ${f.file}`,
      value: f.gzip,
      unit: 'B',
      detail: `raw ${(f.raw / 1024).toFixed(1)} KB, brotli ${(f.brotli / 1024).toFixed(1)} KB${
        f.atlasShare > 0 ? `, ${Math.round(f.atlasShare * 100)}% atlas` : ''
      }`,
    });
  }
  return rows;
}
