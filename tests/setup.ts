// Shared setup for unit and component tests. Component tests opt into jsdom with a
// `// @vitest-environment jsdom` docblock; the matchers are harmless in Node.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});

// Components read their words from the message catalogues: load English before any test
// renders, as the app does before it first paints, and its warnings, which the app loads when
// first needed (a test of that wait takes them out of the store itself).
const { loadSafety, setLocale } = await import('../src/state/i18n.ts');
await setLocale('en');
await loadSafety();
