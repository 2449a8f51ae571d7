import * as THREE from 'three';
import { isRegionId, regionCode, type Side } from '../domain/regions.ts';

/**
 * Hooks for the end-to-end tests: where on screen a region half can be clicked. The tests then
 * click there with a real mouse, so the whole path (pointer → raycast → region → store) is
 * exercised. Read-only: nothing here changes the app.
 */
export interface ReferralExplorerTestHooks {
  /** A visible point of the region half in viewport pixels, or null if none is visible. */
  screenPointOf: (region: string, side: Side) => { x: number; y: number } | null;
}

declare global {
  interface Window {
    __referralExplorer?: ReferralExplorerTestHooks;
    /** performance.now() when the body was first drawn (for the benchmark). */
    __referralExplorerFirstFrame?: number;
    /** Draw calls it took to draw the body the first time (budget: 1). */
    __referralExplorerBodyDrawCalls?: number;
  }
}

/**
 * Records when the body is first drawn, and how many draw calls drawing it took (the renderer's
 * call counter read just before and just after the body mesh renders).
 */
export function recordFirstFrame(mesh: THREE.Mesh, renderer: THREE.WebGLRenderer): void {
  let before = 0;
  mesh.onBeforeRender = () => {
    before = renderer.info.render.calls;
  };
  mesh.onAfterRender = () => {
    mesh.onBeforeRender = () => {};
    mesh.onAfterRender = () => {};
    window.__referralExplorerFirstFrame = performance.now();
    // three calls onAfterRender right after issuing the mesh's draw calls.
    window.__referralExplorerBodyDrawCalls = renderer.info.render.calls - before;
  };
}

export function installTestHooks(
  mesh: THREE.Mesh,
  camera: THREE.Camera,
  canvas: HTMLCanvasElement,
): () => void {
  const raycaster = new THREE.Raycaster();
  const hooks: ReferralExplorerTestHooks = {
    screenPointOf: (region, side) => {
      if (!isRegionId(region)) return null;
      const code = regionCode({ region, side });
      const geometry = mesh.geometry;
      const index = geometry.getIndex();
      const position = geometry.getAttribute('position');
      const regions = geometry.getAttribute('_region');
      if (!index || !position || !regions) return null;
      // Candidate points: triangle centroids of this region, nearest the region's centroid first.
      const centroids: THREE.Vector3[] = [];
      const sum = new THREE.Vector3();
      const v = new THREE.Vector3();
      for (let i = 0; i < index.count; i += 3) {
        const a = index.getX(i);
        if (Math.round(regions.getX(a)) !== code) continue;
        const c = new THREE.Vector3();
        for (let k = 0; k < 3; k++) {
          const vi = index.getX(i + k);
          c.add(v.set(position.getX(vi), position.getY(vi), position.getZ(vi)));
        }
        c.divideScalar(3);
        centroids.push(c);
        sum.add(c);
      }
      if (centroids.length === 0) return null;
      const mean = sum.divideScalar(centroids.length);
      centroids.sort((p, q) => p.distanceToSquared(mean) - q.distanceToSquared(mean));
      const rect = canvas.getBoundingClientRect();
      for (const c of centroids.slice(0, 400)) {
        const ndc = c.clone().project(camera);
        if (Math.abs(ndc.x) > 0.98 || Math.abs(ndc.y) > 0.98) continue;
        raycaster.setFromCamera(new THREE.Vector2(ndc.x, ndc.y), camera);
        const hit = raycaster.intersectObject(mesh, false)[0];
        if (!hit?.face || Math.round(regions.getX(hit.face.a)) !== code) continue;
        return {
          x: rect.left + ((ndc.x + 1) / 2) * rect.width,
          y: rect.top + ((1 - ndc.y) / 2) * rect.height,
        };
      }
      return null;
    },
  };
  window.__referralExplorer = hooks;
  return () => {
    if (window.__referralExplorer === hooks) delete window.__referralExplorer;
  };
}
