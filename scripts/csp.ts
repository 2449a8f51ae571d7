/**
 * The Content Security Policy the built app runs under, delivered as a `<meta>` tag in
 * dist/index.html (see vite.config.ts; the development server goes without it, since React's
 * hot reload needs an inline script). Hosts can send the same text as a
 * `Content-Security-Policy` header, adding `frame-ancestors 'none'`, which a meta tag cannot
 * carry (README, "Hosting").
 *
 * - scripts: only the app's own files; no inline script, no eval. `'wasm-unsafe-eval'` is
 *   there for one reason: the body model is meshopt-compressed and three's MeshoptDecoder
 *   compiles its small WebAssembly decoder in the page.
 * - styles: only the app's own stylesheet (React writes `style` through the CSSOM, which a
 *   policy does not govern); three, drei and Vite add no `<style>` element in the build.
 * - connections: the app's own origin only; nothing is sent anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
