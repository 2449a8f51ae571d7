// Runs before every end-to-end file: whatever a test does, a request that left the app's
// origin, or a page's report of a Content Security Policy violation, fails it (the browser
// helper records both; see launch()).
import { afterEach, expect } from 'vitest';
import { takeCspViolations, takeOffOriginRequests } from './browser.ts';

afterEach(() => {
  expect(takeOffOriginRequests(), 'requests that left the app’s origin (blocked)').toEqual([]);
  expect(takeCspViolations(), 'Content Security Policy violations').toEqual([]);
});
