import * as THREE from 'three';
import type { BodyDisplay } from '../domain/display.ts';
import { PATTERN_COLOURS } from '../domain/display.ts';
import { LABEL_CAPACITY, regionCode } from '../domain/encoding.ts';
import { AREA_CODE_ATTRIBUTE } from './bodyMesh.ts';

export const SKIN = new THREE.Color('#dcc3ab');

/**
 * Pattern colours: the manuals' red first, then hues that stay apart for common colour vision
 * deficiencies (the markers carry numbers as well, so colour is never the only cue).
 */
export const PATTERN_PALETTE = ['#cc1719', '#6a3d9a', '#0f7c8a', '#d9730d', '#b3246b', '#5a6b12'];
if (PATTERN_PALETTE.length !== PATTERN_COLOURS) throw new Error('one colour per pattern');

const MARK_CODES = { correct: 1, wrong: 2, missed: 3 } as const;

/**
 * The body's material: a soft clay-toned standard material whose colour per area comes from a
 * small state texture indexed by the area code attribute, so changing what is shown is a
 * 1 KB texture upload, never a geometry change. One texel per area code:
 * R referral (0 none, 128 spillover, 255 essential), G pain (0–255: selected or a heat level),
 * B hovered (bit 0) and quiz mark (bits 1–2), A pattern colour index.
 * Referral zones follow the Trigger Point Manual's convention: essential solid, spillover stipple.
 */
export function createRegionMaterial(): {
  material: THREE.MeshStandardMaterial;
  paint: (display: BodyDisplay) => void;
  dispose: () => void;
} {
  const data = new Uint8Array(LABEL_CAPACITY * 4);
  const state = new THREE.DataTexture(data, LABEL_CAPACITY, 1, THREE.RGBAFormat);
  state.magFilter = THREE.NearestFilter;
  state.minFilter = THREE.NearestFilter;
  state.needsUpdate = true;
  const palette = PATTERN_PALETTE.map((hex) => new THREE.Color(hex));

  const material = new THREE.MeshStandardMaterial({ color: SKIN, roughness: 0.72, metalness: 0 });
  material.onBeforeCompile = (shader) => {
    shader.uniforms.regionState = { value: state };
    shader.uniforms.patternPalette = { value: palette };
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>\nattribute float ${AREA_CODE_ATTRIBUTE};\nflat varying float vArea;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>\nvArea = ${AREA_CODE_ATTRIBUTE};`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
uniform sampler2D regionState;
uniform vec3 patternPalette[${PATTERN_COLOURS}];
flat varying float vArea;`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
{
  vec4 st = texture2D(regionState, vec2((vArea + 0.5) / ${LABEL_CAPACITY}.0, 0.5));
  int patternIndex = int(st.a * 255.0 + 0.5);
  vec3 red = patternPalette[0];
  for (int i = 1; i < ${PATTERN_COLOURS}; i++) if (i == patternIndex) red = patternPalette[i];
  vec3 pale = mix(vec3(1.0), red, 0.22);
  vec3 blue = vec3(0.20, 0.42, 0.86);
  float pain = st.g;
  int flags = int(st.b * 255.0 + 0.5);
  bool hovered = mod(float(flags), 2.0) > 0.5;
  int mark = flags / 2;
  bool selected = pain > 0.99;
  // Pain: blue, full for a selected area, fainter for a lower heat level.
  vec3 base = pain > 0.0 ? mix(diffuseColor.rgb, blue, 0.2 + 0.42 * pain) : diffuseColor.rgb;
  vec2 frag = gl_FragCoord.xy;
  if (st.r > 0.75) {
    // Essential zone: solid; over a painful area, diagonal stripes of both.
    bool stripe = mod(frag.x + frag.y, 16.0) < 8.0;
    base = pain > 0.0 && stripe ? base : red;
  } else if (st.r > 0.25) {
    // Spillover zone: a stipple of the pattern's colour on a pale ground (or on the pain's blue).
    vec2 cell = mod(frag, 7.0) - 3.5;
    bool inDot = dot(cell, cell) < 4.5;
    base = inDot ? red : (pain > 0.0 ? base : mix(diffuseColor.rgb, pale, 0.75));
  }
  if (mark == 1) base = mix(base, vec3(0.13, 0.55, 0.25), 0.65);
  else if (mark == 2) base = mix(base, vec3(0.35, 0.35, 0.38), 0.6);
  else if (mark == 3) {
    bool ring = mod(frag.x - frag.y, 12.0) < 4.0;
    base = ring ? mix(base, vec3(0.13, 0.55, 0.25), 0.8) : base;
  }
  if (hovered) base = mix(base, vec3(1.0), 0.22);
  diffuseColor.rgb = base;
}`,
      );
  };
  // One program for every instance of this material.
  material.customProgramCacheKey = () => 'region-material-v2';

  const paint = (display: BodyDisplay) => {
    data.fill(0);
    for (const a of display.areas) {
      const code = regionCode(a.area);
      data[code * 4] = a.referral === 'essential' ? 255 : a.referral === 'spillover' ? 128 : 0;
      data[code * 4 + 1] = Math.round((a.pain ?? 0) * 255);
      data[code * 4 + 2] = (a.hovered ? 1 : 0) + (a.mark ? MARK_CODES[a.mark] * 2 : 0);
      data[code * 4 + 3] = Math.min(PATTERN_COLOURS - 1, Math.max(0, a.pattern ?? 0));
    }
    state.needsUpdate = true;
  };
  const dispose = () => {
    state.dispose();
    material.dispose();
  };
  return { material, paint, dispose };
}
