/**
 * Registers the service worker that keeps the whole app on the device (scripts/build/pwa.ts)
 * and offers a new version when one is deployed. It waits for the page's load event and then
 * fetches Workbox's small window library (a chunk of its own), so the first paint does not
 * wait for it; no inline script is needed (the page's Content Security Policy allows none). In
 * development virtual:pwa-register does nothing.
 */
import { registerSW } from 'virtual:pwa-register';
import { useUpdateStore } from '../state/updateStore.ts';

/** How often an open app asks whether a new version was deployed (browsers also ask on load). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const updateServiceWorker = registerSW({
    onNeedRefresh: () => useUpdateStore.getState().offer(() => updateServiceWorker(true)),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // An app left open for days (installed on a phone) still hears of a new version.
      setInterval(() => {
        if (navigator.onLine && !registration.installing) void registration.update();
      }, CHECK_EVERY_MS);
    },
    onRegisterError: (error: unknown) => {
      // Without a service worker the app still works online; say why in the console only.
      console.warn('The app could not be kept for offline use:', error);
    },
  });
}
