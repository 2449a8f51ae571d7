/**
 * The build steps for a fast first visit: precompressed copies of the assets, the encoding the
 * preview server picks for a browser, and the 3D chunk preloaded beside the app.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { chooseEncoding, precompressFile } from '../../scripts/build/precompress.ts';
import { chunksToPreload } from '../../scripts/build/preloadBody.ts';

describe('precompressed assets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-precompress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes brotli and gzip copies that decompress to the very same bytes', () => {
    const file = join(dir, 'app.js');
    const text = 'export const words = "where it hurts";\n'.repeat(200);
    writeFileSync(file, text);
    expect(precompressFile(file)).toEqual(['br', 'gz']);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(text);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(text);
    expect(readFileSync(`${file}.br`).length).toBeLessThan(text.length / 10);
  });

  it('leaves small files alone: a copy would save less than a packet', () => {
    const file = join(dir, 'tiny.svg');
    writeFileSync(file, '<svg/>');
    expect(precompressFile(file)).toEqual([]);
    expect(existsSync(`${file}.br`)).toBe(false);
  });

  it('writes no copy that is larger than the file (already compressed bytes)', () => {
    const file = join(dir, 'noise.glb');
    let seed = 7;
    const noise = Buffer.alloc(4096, 0).map(() => (seed = (seed * 1103515245 + 12345) % 256));
    writeFileSync(file, noise);
    const written = precompressFile(file);
    for (const e of ['br', 'gz'] as const) {
      expect(existsSync(`${file}.${e}`)).toBe(written.includes(e));
      if (written.includes(e)) expect(readFileSync(`${file}.${e}`).length).toBeLessThan(4096);
    }
  });
});

describe('the encoding sent to a browser', () => {
  const both = () => true;
  it.each([
    ['gzip, deflate, br, zstd', both, 'br'],
    ['gzip, deflate', both, 'gzip'],
    ['br;q=0, gzip', both, 'gzip'],
    ['BR', both, 'br'],
    ['identity', both, undefined],
    [undefined, both, undefined],
  ] as const)('"%s" gets %s when both copies exist', (accept, has, expected) => {
    expect(chooseEncoding(accept, has)).toBe(expected);
  });

  it('falls back to gzip, then to the file itself, when a copy is missing', () => {
    expect(chooseEncoding('br, gzip', (e) => e === 'gz')).toBe('gzip');
    expect(chooseEncoding('br', (e) => e === 'gz')).toBeUndefined();
  });
});

describe('preloading the 3D chunk', () => {
  const chunk = (fileName: string, facade: string | null, imports: string[]) =>
    ({ type: 'chunk', fileName, facadeModuleId: facade, imports }) as unknown as Rollup.OutputChunk;
  const bundle = {
    'assets/index.js': chunk('assets/index.js', '/app/src/app/main.tsx', ['assets/react.js']),
    'assets/react.js': chunk('assets/react.js', null, []),
    'assets/BodyCanvas.js': chunk('assets/BodyCanvas.js', '/app/src/scene/BodyCanvas.tsx', [
      'assets/react.js',
      'assets/three.js',
    ]),
    'assets/three.js': chunk('assets/three.js', null, ['assets/react.js']),
  } as unknown as Rollup.OutputBundle;

  it('preloads the chunk and what it imports that the page does not load already', () => {
    const loaded = new Set(['assets/index.js', 'assets/react.js']);
    expect(chunksToPreload(bundle, 'src/scene/BodyCanvas.tsx', loaded)).toEqual([
      'assets/BodyCanvas.js',
      'assets/three.js',
    ]);
  });

  it('fails the build when the chunk is gone, rather than preloading nothing unnoticed', () => {
    expect(() => chunksToPreload(bundle, 'src/scene/Gone.tsx', new Set())).toThrow(/Gone\.tsx/);
  });
});
