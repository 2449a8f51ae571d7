/**
 * Performance marks for the benchmark (`npm run bench` reads them through the browser's
 * performance timeline). A mark costs next to nothing, so they stay in production; each name
 * keeps only its latest mark, so a long session does not pile them up.
 */

/** Names the app marks, read by scripts/bench/browser.ts. */
export const MARKS = {
  /** The first frame with the body in it has been rendered (once per page). */
  bodyDrawn: 'body-drawn',
  /** A click on the body landed on an area; at the time of the click event itself. */
  areaClick: 'area-click',
  /** The ranked list (or what stands in for it) has been painted after a change. */
  resultsPainted: 'results-painted',
  /** A trigger point's referral pattern has been rendered on the body after it was chosen. */
  patternDrawn: 'pattern-drawn',
} as const;

/** Marks `name` now, or at `startTime` (an event's timeStamp), replacing its previous mark. */
export function mark(name: string, startTime?: number): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(name);
  performance.mark(name, startTime === undefined ? undefined : { startTime });
}

/**
 * Marks `name` once the current change has been painted: a frame callback runs just before the
 * browser paints, and a message posted from it is handled just after.
 */
export function markAfterPaint(name: string): () => void {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') {
    return () => {};
  }
  let cancelled = false;
  const id = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) mark(name);
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(id);
  };
}
