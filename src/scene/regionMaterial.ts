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

/** The per-vertex pattern blend the shader reads: (essential, any referral, pattern × referral). */
export const REFERRAL_BLEND_ATTRIBUTE = 'referralBlend';

/**
 * Which area codes touch each vertex (the areas of the triangles around it), as offsets and a
 * flat list: built once per model, so painting a display is one pass over the vertices.
 */
export interface VertexAreas {
  start: Uint32Array;
  codes: Uint16Array;
  /** Each vertex's neighbours along the triangles' edges, as offsets and a flat list. */
  nStart: Uint32Array;
  neighbours: Uint32Array;
}

export function vertexAreas(geometry: THREE.BufferGeometry): VertexAreas {
  const count = geometry.getAttribute('position').count;
  const area = geometry.getAttribute(AREA_CODE_ATTRIBUTE);
  const index = geometry.getIndex();
  if (!index) throw new Error('The body model has no index.');
  // The model splits its vertices along the areas' borders (each area its own vertices there):
  // twins at one position are welded here, so a border vertex sees the areas on both sides.
  const position = geometry.getAttribute('position');
  const canon = new Uint32Array(count);
  const first = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const key = `${Math.round(position.getX(i) * 1e5)},${Math.round(position.getY(i) * 1e5)},${Math.round(position.getZ(i) * 1e5)}`;
    const found = first.get(key);
    canon[i] = found ?? i;
    if (found === undefined) first.set(key, i);
  }
  const seenAt = Array.from({ length: count }, () => new Set<number>());
  const nearAt = Array.from({ length: count }, () => new Set<number>());
  for (let t = 0; t < index.count; t += 3) {
    // A triangle's area is its first vertex's (the shader's flat varying takes the same one).
    const code = Math.round(area.getX(index.getX(t)));
    for (let k = 0; k < 3; k++) {
      const v = canon[index.getX(t + k)]!;
      seenAt[v]!.add(code);
      nearAt[v]!.add(canon[index.getX(t + ((k + 1) % 3))]!);
      nearAt[v]!.add(canon[index.getX(t + ((k + 2) % 3))]!);
    }
  }
  const seen = Array.from({ length: count }, (_, i) => seenAt[canon[i]!]!);
  const near = Array.from({ length: count }, (_, i) => nearAt[canon[i]!]!);
  const nStart = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) nStart[i + 1] = nStart[i]! + near[i]!.size;
  const neighbours = new Uint32Array(nStart[count]!);
  for (let i = 0; i < count; i++) neighbours.set([...near[i]!], nStart[i]!);
  const start = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) start[i + 1] = start[i]! + seen[i]!.size;
  const codes = new Uint16Array(start[count]!);
  for (let i = 0; i < count; i++) codes.set([...seen[i]!], start[i]!);
  return { start, codes, nStart, neighbours };
}

/**
 * The body's material: a soft clay-toned standard material whose colour per area comes from a
 * small state texture indexed by the area code attribute, so changing what is shown is a
 * 1 KB texture upload, never a geometry change. One texel per area code:
 * R referral (0 none, 128 spillover, 255 essential), G pain (0–255: selected or a heat level),
 * B hovered (bit 0) and quiz mark (bits 1–2), A pattern colour index.
 *
 * Referral zones follow the Trigger Point Manual's convention: essential solid, spillover
 * stippled. Their edges are not the areas' straight borders: each vertex carries how much of
 * the pattern the areas around it hold (`referralBlend`, one vec3 per vertex, refilled on
 * paint), so a zone fades across the border it shares with an unpainted area and runs on
 * unbroken into a painted neighbour; a noise fixed to the skin breaks the fade into the
 * irregular edge the manuals draw. The stipple is a lattice of dots fixed to the skin too, so
 * it turns and shades with the body. Over the person's own pain, the pattern keeps its colour
 * and the pain shows as thin blue hatching on the skin, never screen-wide stripes.
 */
export function createRegionMaterial(geometry?: THREE.BufferGeometry): {
  material: THREE.MeshStandardMaterial;
  /** The geometry to draw: the model's attributes plus this material's pattern blend. */
  geometry: THREE.BufferGeometry | undefined;
  paint: (display: BodyDisplay) => void;
  dispose: () => void;
} {
  const data = new Uint8Array(LABEL_CAPACITY * 4);
  const state = new THREE.DataTexture(data, LABEL_CAPACITY, 1, THREE.RGBAFormat);
  state.magFilter = THREE.NearestFilter;
  state.minFilter = THREE.NearestFilter;
  state.needsUpdate = true;
  const palette = PATTERN_PALETTE.map((hex) => new THREE.Color(hex));

  // The drawn geometry shares the model's buffers and adds its own blend (one per body drawn,
  // so two bodies on one page can show two patterns).
  let drawn: THREE.BufferGeometry | undefined;
  let blend: THREE.BufferAttribute | undefined;
  let around: VertexAreas | undefined;
  if (geometry) {
    drawn = new THREE.BufferGeometry();
    for (const [name, attribute] of Object.entries(geometry.attributes))
      drawn.setAttribute(name, attribute);
    drawn.setIndex(geometry.getIndex());
    drawn.boundingBox = geometry.boundingBox;
    drawn.boundingSphere = geometry.boundingSphere;
    const count = geometry.getAttribute('position').count;
    blend = new THREE.BufferAttribute(new Float32Array(count * 3), 3);
    blend.setUsage(THREE.DynamicDrawUsage);
    drawn.setAttribute(REFERRAL_BLEND_ATTRIBUTE, blend);
    around = vertexAreas(geometry);
  }

  const material = new THREE.MeshStandardMaterial({ color: SKIN, roughness: 0.72, metalness: 0 });
  material.defines = { SOFT_PATTERN_EDGES: drawn ? 1 : 0 };
  material.onBeforeCompile = (shader) => {
    shader.uniforms.regionState = { value: state };
    shader.uniforms.patternPalette = { value: palette };
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute float ${AREA_CODE_ATTRIBUTE};
flat varying float vArea;
varying vec3 vSkin;
#if SOFT_PATTERN_EDGES
attribute vec3 ${REFERRAL_BLEND_ATTRIBUTE};
varying vec3 vBlend;
#endif`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
vArea = ${AREA_CODE_ATTRIBUTE};
vSkin = position;
#if SOFT_PATTERN_EDGES
vBlend = ${REFERRAL_BLEND_ATTRIBUTE};
#endif`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
uniform sampler2D regionState;
uniform vec3 patternPalette[${PATTERN_COLOURS}];
flat varying float vArea;
varying vec3 vSkin;
#if SOFT_PATTERN_EDGES
varying vec3 vBlend;
#endif
// Value noise fixed to the skin (model space, metres): the zones' irregular edges.
float skinHash(vec3 p) { return fract(sin(dot(p, vec3(127.1, 311.7, 74.7))) * 43758.5453); }
float skinNoise(vec3 p) {
  vec3 i = floor(p); vec3 f = fract(p); f = f * f * (3.0 - 2.0 * f);
  return mix(
    mix(mix(skinHash(i), skinHash(i + vec3(1,0,0)), f.x),
        mix(skinHash(i + vec3(0,1,0)), skinHash(i + vec3(1,1,0)), f.x), f.y),
    mix(mix(skinHash(i + vec3(0,0,1)), skinHash(i + vec3(1,0,1)), f.x),
        mix(skinHash(i + vec3(0,1,1)), skinHash(i + vec3(1,1,1)), f.x), f.y), f.z);
}
// How much of a zone covers this point, from its blend weight: a ragged edge near 0.5.
float zoneCover(float weight, float ragged) {
  float w = weight + (ragged - 0.5) * 0.7;
  float edge = max(fwidth(w), 0.02);
  return smoothstep(0.5 - edge, 0.5 + edge, w);
}`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
{
  vec4 st = texture2D(regionState, vec2((vArea + 0.5) / ${LABEL_CAPACITY}.0, 0.5));
#if SOFT_PATTERN_EDGES
  float essentialWeight = vBlend.x;
  float referralWeight = vBlend.y;
  int patternIndex = int(vBlend.z / max(vBlend.y, 1e-3) + 0.5);
#else
  float essentialWeight = st.r > 0.75 ? 1.0 : 0.0;
  float referralWeight = st.r > 0.25 ? 1.0 : 0.0;
  int patternIndex = int(st.a * 255.0 + 0.5);
#endif
  vec3 red = patternPalette[0];
  for (int i = 1; i < ${PATTERN_COLOURS}; i++) if (i == patternIndex) red = patternPalette[i];
  vec3 pale = mix(vec3(1.0), red, 0.22);
  vec3 blue = vec3(0.20, 0.42, 0.86);
  float pain = st.g;
  int flags = int(st.b * 255.0 + 0.5);
  bool hovered = mod(float(flags), 2.0) > 0.5;
  int mark = flags / 2;
  // Pain: blue, full for a selected area, fainter for a lower heat level.
  vec3 skin = pain > 0.0 ? mix(diffuseColor.rgb, blue, 0.2 + 0.42 * pain) : diffuseColor.rgb;
  vec3 base = skin;
  vec2 frag = gl_FragCoord.xy;
  float ragged = 0.65 * skinNoise(vSkin * 28.0) + 0.35 * skinNoise(vSkin * 70.0 + 3.1);
  float zone = referralWeight > 0.0 ? zoneCover(referralWeight, ragged) : 0.0;
  float solid = essentialWeight > 0.0 ? zoneCover(essentialWeight, ragged) : 0.0;
  if (zone > 0.0) {
    // Spillover: dots of the pattern's colour on a pale ground, on a lattice fixed to the skin
    // (so they are bigger where the skin faces the lattice, as a hand stipple is).
    vec3 cell = fract(vSkin * 62.0) - 0.5;
    float d = length(cell);
    float dotEdge = max(fwidth(d), 0.01);
    float inDot = 1.0 - smoothstep(0.25 - dotEdge, 0.25 + dotEdge, d);
    vec3 ground = pain > 0.0 ? skin : mix(diffuseColor.rgb, pale, 0.75);
    vec3 stipple = mix(ground, red, inDot);
    vec3 painted = mix(stipple, red, solid);
    base = mix(skin, painted, zone);
    if (pain > 0.0) {
      // Overlap with the person's pain: thin blue hatching on the skin over the pattern.
      float h = fract(dot(vSkin, vec3(45.0, 45.0, 25.0)));
      float hw = max(fwidth(h), 0.02);
      float line = smoothstep(0.0, hw, h) * (1.0 - smoothstep(0.16, 0.16 + hw, h));
      base = mix(base, blue, line * 0.75 * zone);
    }
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
  // One program for every instance of this material (and one for the flat fallback).
  material.customProgramCacheKey = () => `region-material-v3-${drawn ? 'soft' : 'flat'}`;

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
    if (blend && around) fillBlend(blend.array as Float32Array, around, data);
    if (blend) blend.needsUpdate = true;
  };
  const dispose = () => {
    state.dispose();
    material.dispose();
    drawn?.dispose();
  };
  return { material, geometry: drawn, paint, dispose };
}

/**
 * Each vertex's share of the pattern: the mean, over the areas around it, of essential (1 or 0)
 * and of any referral, and the pattern index weighted by referral (so the shader's ratio of the
 * two interpolated values is the pattern's index wherever one pattern meets the unpainted skin).
 */
export function fillBlend(out: Float32Array, around: VertexAreas, state: Uint8Array): void {
  const { start, codes } = around;
  for (let i = 0; i + 1 < start.length; i++) {
    let essential = 0;
    let referral = 0;
    let pattern = 0;
    const from = start[i]!;
    const to = start[i + 1]!;
    for (let k = from; k < to; k++) {
      const texel = codes[k]! * 4;
      const r = state[texel]!;
      if (r === 0) continue;
      referral += 1;
      if (r === 255) essential += 1;
      pattern += state[texel + 3]!;
    }
    const n = Math.max(1, to - from);
    out[i * 3] = essential / n;
    out[i * 3 + 1] = referral / n;
    out[i * 3 + 2] = pattern / n;
  }
  // Widen the fade over a few rings of vertices, so the noise has room to draw an irregular
  // edge rather than one triangle's jag.
  const { nStart, neighbours } = around;
  let from: Float32Array = out;
  let to: Float32Array = new Float32Array(out.length);
  for (let pass = 0; pass < SMOOTHING_PASSES; pass++) {
    for (let i = 0; i + 1 < nStart.length; i++) {
      const a = nStart[i]!;
      const b = nStart[i + 1]!;
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let k = a; k < b; k++) sum += from[neighbours[k]! * 3 + c]!;
        to[i * 3 + c] = b > a ? 0.5 * from[i * 3 + c]! + (0.5 * sum) / (b - a) : from[i * 3 + c]!;
      }
    }
    [from, to] = [to, from];
  }
  if (from !== out) out.set(from);
}

/** How many rings of vertices a zone's edge fades over (each pass one ring). */
const SMOOTHING_PASSES = 3;
