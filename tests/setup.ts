// Shared setup for unit and component tests. Component tests opt into jsdom with a
// `// @vitest-environment jsdom` docblock; the matchers are harmless in Node.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
