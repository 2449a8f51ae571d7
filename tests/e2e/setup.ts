// Runs before every end-to-end file: whatever a test does, a request that left the app's
// origin fails it (the browser helper blocks and records each one; see launch()).
import { afterEach, expect } from 'vitest';
import { takeOffOriginRequests } from './browser.ts';

afterEach(() => {
  expect(takeOffOriginRequests(), 'requests that left the app’s origin (blocked)').toEqual([]);
});
