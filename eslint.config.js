// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Import restrictions that keep the layers pointing one way (see README, "Layers"). */
const three = [
  { group: ['three', 'three/*'], message: 'Only src/scene may import three.' },
  { group: ['@react-three/*'], message: 'Only src/scene may import React Three Fiber.' },
];
const react = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'], message: 'The domain and data are pure TypeScript: no React, no stores.' },
];
const layer = (name, why) => ({ group: [`**/${name}/*`, `**/${name}`], message: why });
const scripts = layer('scripts', 'The app never imports the build-time scripts: they run in Node.');
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement'].map(
  (name) => ({ name, message: 'The domain and data run in Node: no DOM.' }),
);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'public', '.scratch', 'bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'Named exports only: no export *.' }],
    },
  },
  {
    files: ['src/domain/**', 'data/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [scripts, ...three, ...react, layer('state', 'domain/data must not import state.'), layer('scene', 'domain/data must not import scene.'), layer('ui', 'domain/data must not import ui.'), layer('app', 'domain/data must not import app.')] }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [scripts, ...three, ...react, layer('data', 'The domain never imports the dataset: data depends on domain.'), layer('state', 'domain must not import state.'), layer('scene', 'domain must not import scene.'), layer('ui', 'domain must not import ui.'), layer('app', 'domain must not import app.')] }],
    },
  },
  {
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [scripts, ...three, layer('scene', 'state must not import scene.'), layer('ui', 'state must not import ui.'), layer('app', 'state must not import app.')] }],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [scripts, ...three, layer('scene', 'ui and scene talk only through state.'), layer('app', 'ui must not import app.')] }],
    },
  },
  {
    files: ['src/scene/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [scripts, layer('ui', 'scene and ui talk only through state.'), layer('app', 'scene must not import app.')] }],
    },
  },
  {
    // Every end-to-end page comes from tests/e2e/browser.ts's launch(), which blocks and reports
    // any request that leaves the app's origin: no test file launches a browser of its own.
    files: ['tests/e2e/**'],
    ignores: ['tests/e2e/browser.ts', 'tests/e2e/globalSetup.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'playwright-core', importNames: ['chromium', 'firefox', 'webkit', 'default'], message: 'Launch through launch() in tests/e2e/browser.ts: it keeps every page on the app\'s origin.' }] }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
