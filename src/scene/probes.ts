import * as THREE from 'three';
import { isRegionId, type Side } from '../domain/regions.ts';
import type { BodyMesh } from './bodyMesh.ts';

/**
 * Probes for the end-to-end tests and the benchmark: where on screen an area half can be
 * clicked (the tests then click there with a real mouse, so the whole path pointer → raycast →
 * area → store is exercised), and how many draw calls the body takes. Read-only. Loaded only
 * under automation (`navigator.webdriver`), in a chunk of its own.
 */
export interface ReferralExplorerProbes {
  /** A visible point of the area half in viewport pixels, or null if none is visible. */
  screenPointOf: (region: string, side: Side) => { x: number; y: number } | null;
  /** Draw calls the body mesh took in the last frame that drew it. */
  bodyDrawCalls: () => number | undefined;
  /** The X markers drawn now: how many, and the labels of the numbered ones, in order. */
  markers: () => { count: number; labels: string[] };
  /** The renderer's counters: frames drawn, and the GPU objects it holds (a leak shows here). */
  renderer: () => { frames: number; geometries: number; textures: number; programs: number };
  /** Where the camera is, in metres (the same view after a restore has the same numbers). */
  cameraPosition: () => [number, number, number];
}

declare global {
  interface Window {
    __referralExplorer?: ReferralExplorerProbes;
  }
}

export function installProbes({
  mesh,
  camera,
  gl,
  scene,
  invalidate,
}: {
  mesh: BodyMesh;
  camera: THREE.Camera;
  gl: THREE.WebGLRenderer;
  scene: THREE.Scene;
  invalidate: () => void;
}): () => void {
  const raycaster = new THREE.Raycaster();
  let drawCalls: number | undefined;
  // Count the body's own draw calls: the renderer's counter just before and after it renders.
  const body = scene.getObjectByName('body');
  if (body) {
    let before = 0;
    body.onBeforeRender = () => {
      before = gl.info.render.calls;
    };
    // three calls onAfterRender right after issuing the mesh's draw calls.
    body.onAfterRender = () => {
      drawCalls = gl.info.render.calls - before;
    };
    invalidate();
  }
  const probes: ReferralExplorerProbes = {
    screenPointOf: (region, side) => {
      if (!isRegionId(region)) return null;
      const rect = gl.domElement.getBoundingClientRect();
      for (const c of mesh.areaCentroids({ region, side }).slice(0, 400)) {
        const ndc = c.clone().project(camera);
        if (Math.abs(ndc.x) > 0.98 || Math.abs(ndc.y) > 0.98) continue;
        raycaster.setFromCamera(new THREE.Vector2(ndc.x, ndc.y), camera);
        const hit = mesh.raycast(raycaster);
        if (hit?.area?.region !== region || hit.area.side !== side) continue;
        return {
          x: rect.left + ((ndc.x + 1) / 2) * rect.width,
          y: rect.top + ((1 - ndc.y) / 2) * rect.height,
        };
      }
      return null;
    },
    bodyDrawCalls: () => drawCalls,
    renderer: () => ({
      frames: gl.info.render.frame,
      geometries: gl.info.memory.geometries,
      textures: gl.info.memory.textures,
      programs: gl.info.programs?.length ?? 0,
    }),
    cameraPosition: () => camera.position.toArray() as [number, number, number],
    markers: () => {
      const group = scene.getObjectByName('trigger-point-markers');
      const markers = group?.children ?? [];
      return {
        count: markers.length,
        labels: markers.map((m) => String(m.userData.label ?? '')).filter(Boolean),
      };
    },
  };
  window.__referralExplorer = probes;
  return () => {
    if (window.__referralExplorer === probes) delete window.__referralExplorer;
    if (body) {
      body.onBeforeRender = () => {};
      body.onAfterRender = () => {};
    }
  };
}
