/** Checks shared by the tests of every build of the body model. */

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
