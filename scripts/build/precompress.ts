/**
 * Precompressed assets: the build writes a `.br` (brotli, quality 11) and a `.gz` (gzip, level 9)
 * beside every text file and model in dist/ that compression makes smaller, once, at the best
 * settings, so a host sends them without compressing on every request (README, "Host it").
 * `vite preview` (npm start, the tests, the bench) then serves them to a browser that accepts
 * them, with the same headers a host would send.
 */
import {
  createReadStream,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What each compressible file is, as a host would label it. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
};

/** Files under this size are sent as they are: a compressed copy would save less than a packet. */
const MIN_BYTES = 1024;

/** Writes the .br and .gz copies of one file's bytes; returns which were worth writing. */
export function precompressFile(path: string): ('br' | 'gz')[] {
  const bytes = readFileSync(path);
  if (bytes.length < MIN_BYTES) return [];
  const written: ('br' | 'gz')[] = [];
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  if (br.length < bytes.length) {
    writeFileSync(`${path}.br`, br);
    written.push('br');
  }
  const gz = gzipSync(bytes, { level: 9 });
  if (gz.length < bytes.length) {
    writeFileSync(`${path}.gz`, gz);
    written.push('gz');
  }
  return written;
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/**
 * The encoding to send for a request: brotli if the browser takes it and a copy exists, else
 * gzip, else none. Pure, for the tests.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  has: (encoding: 'br' | 'gz') => boolean,
): 'br' | 'gzip' | undefined {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
      .map(([name]) => name!.trim().toLowerCase()),
  );
  if (accepted.has('br') && has('br')) return 'br';
  if (accepted.has('gzip') && has('gz')) return 'gzip';
  return undefined;
}

export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'referral-explorer:precompress',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      handler() {
        if (!existsSync(outDir)) return;
        for (const path of [...files(outDir)]) {
          if (CONTENT_TYPES[extname(path)]) precompressFile(path);
        }
      },
    },
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        let path: string;
        try {
          path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        } catch {
          return next();
        }
        if (path.endsWith('/')) path += 'index.html';
        const file = normalize(join(root, path));
        if (!file.startsWith(root + sep)) return next();
        const type = CONTENT_TYPES[extname(file)];
        if (!type || !existsSync(file)) return next();
        const encoding = chooseEncoding(req.headers['accept-encoding'], (e) =>
          existsSync(`${file}.${e}`),
        );
        if (!encoding) return next();
        const copy = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
        send(res, copy, type, encoding, req.method === 'HEAD');
      });
    },
  };
}

function send(
  res: ServerResponse,
  copy: string,
  type: string,
  encoding: 'br' | 'gzip',
  headOnly: boolean,
) {
  res.statusCode = 200;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', statSync(copy).size);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cache-Control', 'no-cache');
  if (headOnly) res.end();
  else createReadStream(copy).pipe(res);
}
