/**
 * Generates the bodies the app shows: public/models/body.glb (the default, male figure) and
 * public/models/body-female.glb. Run with `npm run build:model`. The output is deterministic:
 * running it again gives the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DEFAULT_BODY, FEMALE_BODY } from './model/body.ts';
import { buildBodyGlb } from './model/pipeline.ts';

const models = resolve(dirname(fileURLToPath(import.meta.url)), '../public/models');
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
mkdirSync(models, { recursive: true });
for (const [file, params] of [
  ['body.glb', DEFAULT_BODY],
  ['body-female.glb', FEMALE_BODY],
] as const) {
  const started = performance.now();
  const glb = await buildBodyGlb(params);
  const out = resolve(models, file);
  writeFileSync(out, glb);
  console.log(
    `wrote ${out}: ${kb(glb.byteLength)} (${kb(gzipSync(glb).byteLength)} gzipped) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
