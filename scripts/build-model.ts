/**
 * Generates public/models/body.glb, the body the app shows. Run with `npm run build:model`.
 * The output is deterministic: running it again gives the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildBodyGlb } from './model/pipeline.ts';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../public/models/body.glb');
const started = performance.now();
const glb = await buildBodyGlb();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, glb);
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `wrote ${out}: ${kb(glb.byteLength)} (${kb(gzipSync(glb).byteLength)} gzipped) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
