import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { DisplayBuilder } from '../../src/domain/display.ts';
import { regionCode } from '../../src/domain/encoding.ts';
import type { BodyArea } from '../../src/domain/regions.ts';
import { AREA_CODE_ATTRIBUTE } from '../../src/scene/bodyMesh.ts';
import { REFERRAL_BLEND_ATTRIBUTE, createRegionMaterial } from '../../src/scene/regionMaterial.ts';

const TEMPLE: BodyArea = { region: 'temple', side: 'left' };
const EYE: BodyArea = { region: 'eye', side: 'left' };

/**
 * A strip of three squares, temple | eye | nothing, split at the borders as the model splits
 * its vertices (each square its own four corners), so the two borders are twin vertices.
 */
function strip(): { geometry: THREE.BufferGeometry; at: (x: number) => number[] } {
  const codes = [regionCode(TEMPLE), regionCode(EYE), 0];
  const positions: number[] = [];
  const area: number[] = [];
  const index: number[] = [];
  codes.forEach((code, s) => {
    const v = positions.length / 3;
    for (const [x, y] of [
      [s, 0],
      [s + 1, 0],
      [s + 1, 1],
      [s, 1],
    ]) {
      positions.push(x!, y!, 0);
      area.push(code);
    }
    index.push(v, v + 1, v + 2, v, v + 2, v + 3);
  });
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(new Float32Array(positions), 3));
  geometry.setAttribute(AREA_CODE_ATTRIBUTE, new THREE.BufferAttribute(new Float32Array(area), 1));
  geometry.setIndex(index);
  // The vertices at (x, 0), in the order of the squares.
  const at = (x: number) =>
    positions.flatMap((p, i) => (i % 3 === 0 && p === x && positions[i + 1] === 0 ? [i / 3] : []));
  return { geometry, at };
}

function compiled(material: THREE.MeshStandardMaterial) {
  const shader = {
    uniforms: {} as Record<string, { value: unknown }>,
    vertexShader: '#include <common>\n#include <begin_vertex>',
    fragmentShader: '#include <common>\n#include <color_fragment>',
  };
  material.onBeforeCompile(shader as never, undefined as never);
  return shader;
}

describe('the region material', () => {
  it('draws soft, ragged pattern edges when it has the model, and flat areas without it', () => {
    const { geometry } = strip();
    const soft = createRegionMaterial(geometry);
    expect(soft.material.defines).toEqual({ SOFT_PATTERN_EDGES: 1 });
    expect(soft.geometry?.getAttribute(REFERRAL_BLEND_ATTRIBUTE)).toBeDefined();
    const shader = compiled(soft.material);
    expect(shader.vertexShader).toContain(`attribute vec3 ${REFERRAL_BLEND_ATTRIBUTE}`);
    expect(shader.fragmentShader).toContain('zoneCover(referralWeight, ragged)');
    expect(shader.fragmentShader, 'overlap hatching, not screen-space stripes').not.toContain(
      'mod(frag.x + frag.y, 16.0)',
    );
    const flat = createRegionMaterial();
    expect(flat.material.defines).toEqual({ SOFT_PATTERN_EDGES: 0 });
    expect(flat.geometry).toBeUndefined();
    expect(flat.material.customProgramCacheKey()).not.toBe(soft.material.customProgramCacheKey());
  });

  it('blends essential into spillover and spillover into bare skin across the twin border vertices', () => {
    const { geometry, at } = strip();
    const { geometry: drawn, paint } = createRegionMaterial(geometry);
    paint(
      new DisplayBuilder()
        .paint(TEMPLE, { referral: 'essential', pattern: 2 })
        .paint(EYE, { referral: 'spillover', pattern: 2 })
        .build(),
    );
    const blend = drawn!.getAttribute(REFERRAL_BLEND_ATTRIBUTE);
    const value = (v: number) => [blend.getX(v), blend.getY(v), blend.getZ(v)];
    const [outerTemple] = at(0);
    const [templeSide, eyeSide] = at(1);
    const [eyeEdge, bareEdge] = at(2);
    const [bare] = at(3);
    // Twins at one position carry one value: no seam where the areas meet.
    expect(value(templeSide!)).toEqual(value(eyeSide!));
    expect(value(eyeEdge!)).toEqual(value(bareEdge!));
    // Essential falls from the temple across the eye; referral holds until the bare skin.
    expect(blend.getX(outerTemple!)).toBeGreaterThan(blend.getX(templeSide!));
    expect(blend.getX(templeSide!)).toBeGreaterThan(blend.getX(eyeEdge!));
    expect(blend.getY(templeSide!)).toBeGreaterThan(blend.getY(eyeEdge!));
    expect(blend.getY(templeSide!)).toBeGreaterThan(0.5);
    expect(blend.getY(eyeEdge!)).toBeGreaterThan(blend.getY(bare!));
    expect(blend.getY(eyeEdge!)).toBeLessThan(1);
    // The pattern index over referral gives the pattern back (2) wherever it is painted.
    expect(blend.getZ(eyeEdge!) / blend.getY(eyeEdge!)).toBeCloseTo(2, 5);

    paint(new DisplayBuilder().build());
    expect(value(templeSide!), 'a new display clears the last').toEqual([0, 0, 0]);
  });
});
