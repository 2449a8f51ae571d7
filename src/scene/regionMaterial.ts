import * as THREE from 'three';
import { REGION_CODE_COUNT } from '../domain/regions.ts';

/** Per-area display state, packed into one texel per region code. */
export interface AreaDisplay {
  referral: 'none' | 'spillover' | 'essential';
  selected: boolean;
  hovered: boolean;
}

/** One texel per region code. The codes are stored in 8 bits in the body model (`_REGION`), so
 * 256 is as many as there can ever be: 128 region ids, each with two sides. */
const TEXTURE_WIDTH = 256;
if (REGION_CODE_COUNT > TEXTURE_WIDTH) throw new Error('region state texture too small');

export const SKIN = new THREE.Color('#dcc3ab');

/**
 * The body's material: a soft clay-toned standard material whose colour per area comes from a
 * small state texture indexed by the `_region` vertex attribute, so changing what is lit up is a
 * 1 KB texture upload, never a geometry change. Referral zones follow the Trigger Point
 * Manual's convention: essential zones solid red, spillover zones red stipple. Selected pain
 * areas are blue; where pain and pattern overlap, red and blue stripes.
 */
export function createRegionMaterial(): {
  material: THREE.MeshStandardMaterial;
  state: THREE.DataTexture;
  setAreas: (display: (code: number) => AreaDisplay) => void;
} {
  const data = new Uint8Array(TEXTURE_WIDTH * 4);
  const state = new THREE.DataTexture(data, TEXTURE_WIDTH, 1, THREE.RGBAFormat);
  state.magFilter = THREE.NearestFilter;
  state.minFilter = THREE.NearestFilter;
  state.needsUpdate = true;

  const material = new THREE.MeshStandardMaterial({
    color: SKIN,
    roughness: 0.72,
    metalness: 0,
  });
  material.onBeforeCompile = (shader) => {
    shader.uniforms.regionState = { value: state };
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nattribute float _region;\nflat varying float vRegion;',
      )
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvRegion = _region;');
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
uniform sampler2D regionState;
flat varying float vRegion;`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
{
  vec4 st = texture2D(regionState, vec2((vRegion + 0.5) / ${TEXTURE_WIDTH}.0, 0.5));
  vec3 red = vec3(0.80, 0.09, 0.10);
  vec3 pink = vec3(0.96, 0.80, 0.78);
  vec3 blue = vec3(0.20, 0.42, 0.86);
  bool selected = st.g > 0.5;
  vec3 base = selected ? mix(diffuseColor.rgb, blue, 0.62) : diffuseColor.rgb;
  vec2 frag = gl_FragCoord.xy;
  if (st.r > 0.75) {
    // Essential zone: solid red; over a selected area, diagonal red/blue stripes.
    bool stripe = mod(frag.x + frag.y, 16.0) < 8.0;
    base = selected && stripe ? base : red;
  } else if (st.r > 0.25) {
    // Spillover zone: red stipple on a pale ground (or on the blue of a selected area).
    vec2 cell = mod(frag, 7.0) - 3.5;
    bool inDot = dot(cell, cell) < 4.5;
    base = inDot ? red : (selected ? base : mix(diffuseColor.rgb, pink, 0.7));
  }
  if (st.b > 0.5) base = mix(base, vec3(1.0), 0.22);
  diffuseColor.rgb = base;
}`,
      );
  };
  // One program for every instance of this material.
  material.customProgramCacheKey = () => 'region-material-v1';

  const setAreas = (display: (code: number) => AreaDisplay) => {
    for (let code = 0; code < REGION_CODE_COUNT; code++) {
      const d = display(code);
      data[code * 4] = d.referral === 'essential' ? 255 : d.referral === 'spillover' ? 128 : 0;
      data[code * 4 + 1] = d.selected ? 255 : 0;
      data[code * 4 + 2] = d.hovered ? 255 : 0;
      data[code * 4 + 3] = 255;
    }
    state.needsUpdate = true;
  };
  return { material, state, setAreas };
}
