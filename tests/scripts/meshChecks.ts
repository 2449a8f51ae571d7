/** Checks shared by the tests of every build of the body model. */
import {
  BufferAttribute,
  BufferGeometry,
  DoubleSide,
  Mesh,
  MeshBasicMaterial,
  Raycaster,
  Vector3,
} from 'three';

/**
 * Directed edges that break closedness: after welding by position, every edge must be used by
 * exactly two triangles, once in each direction. Returns the offending edges (empty if closed).
 */
export function openEdges(positions: ArrayLike<number>, indices: ArrayLike<number>): string[] {
  const weld = new Map<string, number>();
  const id = (v: number): number => {
    const key = `${positions[v * 3]},${positions[v * 3 + 1]},${positions[v * 3 + 2]}`;
    let w = weld.get(key);
    if (w === undefined) {
      w = weld.size;
      weld.set(key, w);
    }
    return w;
  };
  const directed = new Map<string, number>();
  for (let t = 0; t < indices.length; t += 3) {
    const w = [
      id(indices[t] as number),
      id(indices[t + 1] as number),
      id(indices[t + 2] as number),
    ];
    for (let e = 0; e < 3; e++) {
      const key = `${w[e]}>${w[(e + 1) % 3]}`;
      directed.set(key, (directed.get(key) ?? 0) + 1);
    }
  }
  const bad: string[] = [];
  for (const [key, count] of directed) {
    const [a, b] = key.split('>');
    if (count !== 1 || directed.get(`${b}>${a}`) !== 1) bad.push(key);
  }
  return bad;
}

/**
 * Vertices without a mirror image: a vertex at (-x, y, z) carrying the same region on the other
 * side (codes differ only in their lowest bit) and the same muscle. Returns their indices.
 */
export function unmirrored(
  positions: ArrayLike<number>,
  codes: ArrayLike<number>,
  muscles: ArrayLike<number>,
): number[] {
  const n = codes.length;
  const keys = new Set<string>();
  for (let v = 0; v < n; v++)
    keys.add(
      `${positions[v * 3]},${positions[v * 3 + 1]},${positions[v * 3 + 2]},${codes[v]},${muscles[v]}`,
    );
  const missing: number[] = [];
  for (let v = 0; v < n; v++) {
    const x = -(positions[v * 3] as number) || 0;
    const code = (codes[v] as number) ^ 1;
    if (!keys.has(`${x},${positions[v * 3 + 1]},${positions[v * 3 + 2]},${code},${muscles[v]}`))
      missing.push(v);
  }
  return missing;
}

/**
 * Rays across a limb that get straight through it. Each is cast level, from every side, at a
 * point within `reach` of a vertical axis at (x, z), so the skin must stop it; one that gets
 * through has found a see-through gap (a tunnel under a tendon, say), which a closed mesh can
 * still have. Returns where rays got through (empty if none).
 */
export function seeThrough(
  mesh: { readonly geometry: Mesh['geometry'] },
  [x, z]: readonly [number, number],
  [bottom, top]: readonly [number, number],
  reach: number,
): string[] {
  // Only the skin near the axis can stop these rays: cast them at that part alone.
  const geometry = mesh.geometry;
  const index = geometry.getIndex();
  const position = geometry.getAttribute('position');
  if (!index || !position) throw new Error('an indexed mesh is needed');
  const near: number[] = [];
  const pad = reach + 0.1;
  const inBox = (v: number): boolean =>
    Math.abs(position.getX(v) - x) < pad &&
    Math.abs(position.getZ(v) - z) < pad &&
    position.getY(v) > bottom - 0.05 &&
    position.getY(v) < top + 0.05;
  for (let t = 0; t < index.count; t += 3) {
    const corners = [index.getX(t), index.getX(t + 1), index.getX(t + 2)];
    if (!corners.every(inBox)) continue;
    for (const v of corners) near.push(position.getX(v), position.getY(v), position.getZ(v));
  }
  const part = new BufferGeometry();
  part.setAttribute('position', new BufferAttribute(new Float32Array(near), 3));
  const skin = new Mesh(part, new MeshBasicMaterial({ side: DoubleSide }));
  const raycaster = new Raycaster();
  const through: string[] = [];
  for (let a = 0; a < 36; a++) {
    const yaw = (a / 36) * 2 * Math.PI;
    const toward = new Vector3(-Math.sin(yaw), 0, -Math.cos(yaw));
    const across = new Vector3(Math.cos(yaw), 0, -Math.sin(yaw));
    for (let y = bottom; y <= top; y += (top - bottom) / 28) {
      for (let k = -reach; k <= reach + 1e-9; k += reach / 8) {
        const from = new Vector3(x, y, z).addScaledVector(across, k).addScaledVector(toward, -1);
        raycaster.set(from, toward);
        if (!raycaster.intersectObject(skin, false)[0])
          through.push(`from ${Math.round((yaw * 180) / Math.PI)}° at y ${y.toFixed(3)}`);
      }
    }
  }
  return through;
}
