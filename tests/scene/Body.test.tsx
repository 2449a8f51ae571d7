// The test renderer draws into a mock canvas of its own: no DOM needed.
// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { ReactThreeTestInstance } from '@react-three/test-renderer/dist/declarations/src/createTestInstance';
import type * as THREE from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { DisplayBuilder, EMPTY_DISPLAY, type BodyDisplay } from '../../src/domain/display.ts';
import { regionCode } from '../../src/domain/encoding.ts';
import type { BodyArea } from '../../src/domain/regions.ts';
import { Body } from '../../src/scene/Body.tsx';
import type { BodyMesh } from '../../src/scene/bodyMesh.ts';
import { loadBodyMesh } from '../../scripts/model/loadBody.ts';

const LEFT_TEMPLE: BodyArea = { region: 'temple', side: 'left' };
const RIGHT_CALF: BodyArea = { region: 'calf', side: 'right' };

let mesh: BodyMesh;
beforeAll(async () => {
  // jsdom's import.meta.url is not a file URL: name the model from the project root.
  mesh = await loadBodyMesh(readFileSync(resolve('public/models/body.glb')));
});

/** The first vertex of the model that lies in `area`: a face starting there is in the area. */
function vertexIn(area: BodyArea): number {
  const count = mesh.geometry.getAttribute('position').count;
  for (let i = 0; i < count; i++) {
    const found = mesh.areaOfFace({ a: i });
    if (found?.region === area.region && found.side === area.side) return i;
  }
  throw new Error(`no vertex in ${area.side} ${area.region}`);
}

async function draw(
  display: BodyDisplay,
  handlers: Parameters<typeof Body>[0] = { mesh, display },
) {
  const renderer = await ReactThreeTestRenderer.create(
    <Body {...handlers} mesh={mesh} display={display} />,
  );
  const body = renderer.scene.findByProps({ name: 'body' });
  return { renderer, body };
}

/** The per-area state texture the body's shader reads (one RGBA texel per area code). */
function paintedState(body: ReactThreeTestInstance): Uint8Array {
  const material = (body.instance as THREE.Mesh).material as THREE.MeshStandardMaterial;
  const shader = {
    uniforms: {} as Record<string, { value: unknown }>,
    vertexShader: '#include <common>\n#include <begin_vertex>',
    fragmentShader: '#include <common>\n#include <color_fragment>',
  };
  material.onBeforeCompile(shader as never, undefined as never);
  return (shader.uniforms.regionState!.value as THREE.DataTexture).image.data as Uint8Array;
}

const texel = (state: Uint8Array, area: BodyArea) => [
  ...state.slice(regionCode(area) * 4, regionCode(area) * 4 + 4),
];

/** The drawn lines (drei's Line as segments: an outline or the hovered area's border). */
const lines = (renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>) =>
  renderer.scene.findAllByType('LineSegments2');

describe('the body as drawn', () => {
  it('paints each area as the display says: pattern zones by kind and colour, pain by strength', async () => {
    const display = new DisplayBuilder()
      .paint(LEFT_TEMPLE, { referral: 'essential', pattern: 2 })
      .paint({ region: 'eye', side: 'left' }, { referral: 'spillover', pattern: 2 })
      .paint(RIGHT_CALF, { pain: 1 })
      .build();
    const { renderer, body } = await draw(display);
    const state = paintedState(body);
    expect(texel(state, LEFT_TEMPLE)).toEqual([255, 0, 0, 2]);
    expect(texel(state, { region: 'eye', side: 'left' })).toEqual([128, 0, 0, 2]);
    expect(texel(state, RIGHT_CALF)).toEqual([0, 255, 0, 0]);
    expect(texel(state, { region: 'temple', side: 'right' })).toEqual([0, 0, 0, 0]);

    await renderer.update(<Body mesh={mesh} display={EMPTY_DISPLAY} />);
    expect(texel(paintedState(body), LEFT_TEMPLE), 'a new display clears the last').toEqual([
      0, 0, 0, 0,
    ]);
    await renderer.unmount();
  });

  it('reports a click on an area, and ignores a drag that ends on it', async () => {
    const clicked: BodyArea[] = [];
    const { renderer, body } = await draw(EMPTY_DISPLAY, {
      mesh,
      display: EMPTY_DISPLAY,
      onAreaClick: (area) => clicked.push(area),
    });
    const face = { a: vertexIn(LEFT_TEMPLE) };
    await renderer.fireEvent(body, 'click', { face, delta: 0, nativeEvent: { timeStamp: 0 } });
    expect(clicked).toEqual([LEFT_TEMPLE]);
    await renderer.fireEvent(body, 'click', { face, delta: 40, nativeEvent: { timeStamp: 0 } });
    expect(clicked, 'a drag turns the body; it selects nothing').toHaveLength(1);
    await renderer.unmount();
  });

  it('names the area under the pointer, and nothing once it leaves the body', async () => {
    const hovered: (BodyArea | null)[] = [];
    const { renderer, body } = await draw(EMPTY_DISPLAY, {
      mesh,
      display: EMPTY_DISPLAY,
      onAreaHover: (area) => hovered.push(area),
    });
    await renderer.fireEvent(body, 'pointerMove', {
      face: { a: vertexIn(RIGHT_CALF) },
      nativeEvent: { clientX: 10, clientY: 20 },
    });
    await renderer.fireEvent(body, 'pointerOut', {});
    expect(hovered).toEqual([RIGHT_CALF, null]);
    await renderer.unmount();
  });

  it('outlines the hovered area and each surface muscle asked for, and no deep muscle', async () => {
    const plain = await draw(EMPTY_DISPLAY);
    expect(lines(plain.renderer)).toHaveLength(0);
    await plain.renderer.unmount();

    const display = new DisplayBuilder()
      .paint(LEFT_TEMPLE, { hovered: true })
      .outline({ muscleId: 'upper-trapezius', side: 'left' })
      .outline({ muscleId: 'piriformis', side: 'left' })
      .build();
    expect(mesh.hasSurfaceMuscle('upper-trapezius')).toBe(true);
    expect(mesh.hasSurfaceMuscle('piriformis')).toBe(false);
    const { renderer } = await draw(display);
    expect(lines(renderer), 'the hover border and the trapezius outline').toHaveLength(2);
    await renderer.unmount();
  });
});
