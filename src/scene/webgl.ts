/**
 * Whether this browser can give us a WebGL 2 context (three needs it). Asked once, and without
 * three, so a browser that cannot draw the body never downloads the code that would.
 */
let answer: boolean | undefined;

export function canUseWebGL(): boolean {
  if (answer === undefined) {
    try {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2');
      answer = Boolean(gl);
      // Give the probe's context back at once: browsers allow only a few at a time.
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      answer = false;
    }
  }
  return answer;
}
