/** Message catalogues, compiled at build by scripts/i18n/catalogPlugin.ts. */
declare module '*.json?catalog' {
  export const shape: unknown;
  export const messages: Record<string, unknown>;
}
declare module '*.json?catalog&pseudo' {
  export const shape: unknown;
  export const messages: Record<string, unknown>;
}
