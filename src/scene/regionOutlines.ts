import type * as THREE from 'three';

/**
 * The outline of the part of the body whose `attribute` (a per-vertex label: `_region` or
 * `_muscle`) equals `code`, as line segments (pairs of points), pushed a little out along the
 * surface normal so the line sits on the skin instead of inside it. The body mesh is cut along
 * region and muscle borders, so an outline is the set of the part's triangle edges that no other
 * triangle of the same part shares.
 */
export function labelBorder(
  geometry: THREE.BufferGeometry,
  attribute: '_region' | '_muscle',
  code: number,
  lift = 0.0015,
): Float32Array {
  // Hovering recomputes an outline every time the pointer crosses a border: scan the mesh once
  // per part and keep the answer (the geometry never changes once loaded).
  const key = `${attribute}:${code}:${lift}`;
  let cache = borders.get(geometry);
  if (!cache) borders.set(geometry, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;
  const border = computeBorder(geometry, attribute, code, lift);
  cache.set(key, border);
  return border;
}

const borders = new WeakMap<THREE.BufferGeometry, Map<string, Float32Array>>();

function computeBorder(
  geometry: THREE.BufferGeometry,
  attribute: '_region' | '_muscle',
  code: number,
  lift: number,
): Float32Array {
  const index = geometry.getIndex();
  const regions = geometry.getAttribute(attribute);
  const position = geometry.getAttribute('position');
  const normal = geometry.getAttribute('normal');
  if (!index || !regions || !position) return new Float32Array();
  const counts = new Map<number, number>();
  const vertexCount = position.count;
  const key = (a: number, b: number) => (a < b ? a * vertexCount + b : b * vertexCount + a);
  for (let i = 0; i < index.count; i += 3) {
    const a = index.getX(i);
    if (regions.getX(a) !== code) continue;
    const b = index.getX(i + 1);
    const c = index.getX(i + 2);
    for (const k of [key(a, b), key(b, c), key(c, a)]) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const out: number[] = [];
  const push = (v: number) => {
    const nx = normal ? normal.getX(v) : 0;
    const ny = normal ? normal.getY(v) : 0;
    const nz = normal ? normal.getZ(v) : 0;
    out.push(
      position.getX(v) + nx * lift,
      position.getY(v) + ny * lift,
      position.getZ(v) + nz * lift,
    );
  };
  for (const [k, n] of counts) {
    if (n !== 1) continue;
    const a = Math.floor(k / vertexCount);
    const b = k % vertexCount;
    push(a);
    push(b);
  }
  return new Float32Array(out);
}
